// The knobs of a lesson's live figure (web/lessons/figure.js): one native
// control per declared control — a slider over its listed values, a select,
// or a checkbox — labelled for screen readers. onChange(id, value) hears
// every move; the page debounces and retrains.
import { html } from 'lit';
import { checkField, selectField, sliderField } from '../base/fields.js';
import { valueText } from '../../lessons/figure.js';

/** The controls of `figure` showing `values`. */
export function figureControls(figure, values, onChange) {
  return figure.controls.map((control) => {
    const value = values[control.id];
    const change = (next) => onChange(control.id, next);
    if (control.kind === 'select')
      return selectField({ label: control.label, value, options: control.choices, onChange: change });
    if (control.kind === 'toggle') return checkField({ label: control.label, checked: value, onChange: change });
    return sliderField({
      label: control.label,
      value,
      values: control.values,
      format: (v) => valueText(control, v),
      onChange: change,
    });
  });
}

/** The Try-this buttons: each sets the controls it names and runs. */
export function tryThisButtons(items, onTry) {
  return items.map(
    (item) => html`<button type="button" class="try" @click=${() => onTry(item)}>${item.label}</button>`,
  );
}
