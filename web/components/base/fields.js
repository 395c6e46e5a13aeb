// The one set of controls every setting uses — the playground's panels, the
// lesson widgets, the exercises: a slider, a number box and a select, each as
// a bare input (for a layout that places its own label) and as a labelled
// field. Every setting is a native control (keyboard and screen-reader ready)
// that looks the same everywhere. A field's control also carries the label as
// its aria-label, so that its name is the label alone (a wrapping label would
// otherwise lend it the control's current value too).
import { html, nothing } from 'lit';

/** A range input; onInput hears each number it moves to. valueText is what it announces. */
export function rangeInput({ id, label, value, min, max, step, valueText, onInput }) {
  return html`<input
    id=${id ?? nothing}
    type="range"
    aria-label=${label ?? nothing}
    min=${min}
    max=${max}
    step=${step}
    .value=${String(value)}
    aria-valuetext=${valueText ?? nothing}
    @input=${(event) => onInput(Number(event.target.value))}
  />`;
}

/** A slider over a list of values; shows and announces the chosen value's text. */
export function sliderField({ label, value, values, format = String, onChange }) {
  const index = Math.max(0, values.indexOf(value));
  return html`<label class="field">
    <span>${label}: <output>${format(values[index])}</output></span>
    ${rangeInput({ label, value: index, min: 0, max: values.length - 1, step: 1, valueText: format(values[index]), onInput: (i) => onChange(values[i]) })}
  </label>`;
}

// What a number box says of a value it refuses.
function refusal(min, max) {
  if (min !== undefined && max !== undefined) return `Enter a number from ${min} to ${max}`;
  if (min !== undefined) return `Enter a number of at least ${min}`;
  if (max !== undefined) return `Enter a number of at most ${max}`;
  return 'Enter a number';
}

/**
 * A number box. onChange hears only numbers within [min, max] (either bound
 * may be left out); anything else is refused in words (the browser's
 * validation message) and the box keeps it for the learner to fix.
 */
export function numberInput({ id, label, value, min, max, step = 'any', onChange }) {
  return html`<input
    id=${id ?? nothing}
    type="number"
    aria-label=${label ?? nothing}
    .value=${String(value)}
    min=${min ?? nothing}
    max=${max ?? nothing}
    step=${step}
    @change=${(event) => {
      const input = event.target;
      const number = input.valueAsNumber;
      const fits = Number.isFinite(number) && !(number < min) && !(number > max);
      input.setCustomValidity(fits ? '' : refusal(min, max));
      if (fits) onChange(number);
      else input.reportValidity();
    }}
  />`;
}

export function numberField({ label, value, min, max, step, onChange, hint }) {
  return html`<label class="field">
    <span>${label}</span>
    ${numberInput({ label, value, min, max, step, onChange })}
    ${hint ? html`<span class="hint">${hint}</span>` : nothing}
  </label>`;
}

/** options: [{ value, label }]; onChange gets the chosen option's value (its original type). */
export function selectInput({ id, label, value, options, onChange, disabled = false }) {
  const chosen = options.findIndex((option) => option.value === value);
  return html`<select
    id=${id ?? nothing}
    aria-label=${label ?? nothing}
    ?disabled=${disabled}
    @change=${(event) => onChange(options[event.target.selectedIndex].value)}
  >
    ${options.map((option, i) => html`<option ?selected=${i === chosen}>${option.label}</option>`)}
  </select>`;
}

export function selectField({ label, value, options, onChange, disabled = false }) {
  return html`<label class="field">
    <span>${label}</span>
    ${selectInput({ label, value, options, onChange, disabled })}
  </label>`;
}

export function checkField({ label, checked, onChange, disabled = false }) {
  return html`<label class="check">
    <input
      type="checkbox"
      .checked=${checked}
      ?disabled=${disabled}
      @change=${(event) => onChange(event.target.checked)}
    />
    <span>${label}</span>
  </label>`;
}
