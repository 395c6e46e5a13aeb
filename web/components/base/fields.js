// Labelled form controls as Lit templates, so every setting in the
// playground is a real <label> around a native control (keyboard and
// screen-reader ready) and looks the same. The control also carries the
// label as its aria-label, so that its name is the label alone (a wrapping
// label would otherwise lend it the control's current value too).
import { html, nothing } from 'lit';

/** options: [{ value, label }]; onChange gets the chosen option's value (its original type). */
export function selectField({ label, value, options, onChange, disabled = false }) {
  const chosen = options.findIndex((option) => option.value === value);
  return html`<label class="field">
    <span>${label}</span>
    <select aria-label=${label} ?disabled=${disabled} @change=${(event) => onChange(options[event.target.selectedIndex].value)}>
      ${options.map((option, i) => html`<option ?selected=${i === chosen}>${option.label}</option>`)}
    </select>
  </label>`;
}

/** A slider over a list of values; shows and announces the chosen value's text. */
export function sliderField({ label, value, values, format = String, onChange }) {
  const index = Math.max(0, values.indexOf(value));
  return html`<label class="field">
    <span>${label}: <output>${format(values[index])}</output></span>
    <input
      type="range"
      aria-label=${label}
      min="0"
      max=${values.length - 1}
      step="1"
      .value=${String(index)}
      aria-valuetext=${format(values[index])}
      @input=${(event) => onChange(values[Number(event.target.value)])}
    />
  </label>`;
}

/** A number box; onChange only hears finite numbers (the engine judges their range). */
export function numberField({ label, value, min, max, step, onChange, hint }) {
  return html`<label class="field">
    <span>${label}</span>
    <input
      type="number"
      aria-label=${label}
      .value=${String(value)}
      min=${min ?? nothing}
      max=${max ?? nothing}
      step=${step ?? 'any'}
      @change=${(event) => {
        const number = event.target.valueAsNumber;
        if (Number.isFinite(number)) onChange(number);
        else event.target.value = String(value);
      }}
    />
    ${hint ? html`<span class="hint">${hint}</span>` : nothing}
  </label>`;
}

export function checkField({ label, checked, onChange, disabled = false }) {
  return html`<label class="check">
    <input type="checkbox" .checked=${checked} ?disabled=${disabled} @change=${(event) => onChange(event.target.checked)} />
    <span>${label}</span>
  </label>`;
}
