// A lesson's live figure, as data (the contract is written out in
// docs/lessons.md). A lesson that declares
//   lead:        two sentences shown above the figure
//   figure:      { widget, controls: [control, ...], runs: (values) => [run, ...] }
//   tryThis:     [{ label: 'β = 0.99 ▶', set: { beta: 0.99 }, notice: 'what to notice' }, ...]
//   predictions: [{ prompt, set?, choices: [text, ...], answer: (results) => index }, ...]
//   experiment:  figureExperiment(figure)   (the runs of the defaults, which the claim is measured on)
// gets its figure drawn on load and redrawn whenever a control moves. A control is
//   { id, label, kind: 'slider', values: [v, ...], default, format? }   (a slider over listed values)
//   { id, label, kind: 'select', choices: [{ value, label }, ...], default }
//   { id, label, kind: 'toggle', default: true | false }
// `runs(values)` is pure: control values in, experiment runs (web/experiments
// shape) out, with labels that do not depend on the values, so the claim
// measure and the widgets find them whatever the learner set.

const KINDS = ['slider', 'select', 'toggle'];

/** The values a control accepts. */
export function allowedValues(control) {
  if (control.kind === 'slider') return control.values;
  if (control.kind === 'select') return control.choices.map((choice) => choice.value);
  if (control.kind === 'toggle') return [false, true];
  throw new Error(`control ${control.id}: kind must be one of ${KINDS.join(', ')}`);
}

/** A control's value as the learner reads it. */
export function valueText(control, value) {
  if (control.kind === 'select') return control.choices.find((choice) => choice.value === value)?.label ?? '';
  if (control.kind === 'toggle') return value ? 'on' : 'off';
  return (control.format ?? String)(value);
}

/** { [control id]: its default } */
export function figureDefaults(figure) {
  return Object.fromEntries(figure.controls.map((control) => [control.id, control.default]));
}

/**
 * The defaults with `changes` applied, every value checked: an unknown id or a
 * value the control does not offer is an Error naming the field and what it allows.
 */
export function figureValues(figure, changes = {}) {
  const values = figureDefaults(figure);
  for (const [id, value] of Object.entries(changes)) {
    const control = figure.controls.find((c) => c.id === id);
    if (!control)
      throw new Error(
        `figure setting "${id}" does not exist; the settings are ${figure.controls.map((c) => c.id).join(', ')}`,
      );
    const allowed = allowedValues(control);
    if (!allowed.includes(value))
      throw new Error(`figure setting "${id}" must be one of ${allowed.map(String).join(', ')}, not ${String(value)}`);
    values[id] = value;
  }
  return values;
}

/** The experiment of the figure's defaults: what the claim states and its test asserts. */
export function figureExperiment(figure) {
  return { runs: figure.runs(figureDefaults(figure)) };
}

/** The controls whose value differs from its default: [{ control, value, default }]. */
export function changedSettings(figure, values) {
  return figure.controls
    .filter((control) => values[control.id] !== control.default)
    .map((control) => ({ control, value: values[control.id], default: control.default }));
}

/** "β 0.99 (the lesson's 0.9), rate 0.04 (the lesson's 0.3)", or '' for the defaults. */
export function describeChanges(figure, values) {
  return changedSettings(figure, values)
    .map(
      ({ control, value, default: initial }) =>
        `${control.label} ${valueText(control, value)} (the lesson's ${valueText(control, initial)})`,
    )
    .join(', ');
}
