// The settings panel of <dp-surface-path>: which run to change, its
// optimizer, learning rate (a slider over round rates plus a typed value), steps
// and start, and the sliders for β and gradient noise that move every run
// they concern. A template function: the element owns the state.
import { html, css, nothing } from 'lit';
import { numberInput, rangeInput, selectInput } from '../base/fields.js';
import { tidy } from '../../domain/widget-math.js';

// The rates the slider stops at: round values, and the ones the lessons ask for (0.45, 1.05, ...).
const RATES = [
  0.0001, 0.0003, 0.001, 0.003, 0.01, 0.02, 0.03, 0.05, 0.1, 0.2, 0.3, 0.4, 0.45, 0.5, 0.6, 0.7, 0.8, 0.9, 1, 1.05, 1.1,
  1.5, 2, 3, 5, 10,
];
const nearestRate = (rate) =>
  RATES.reduce((best, r, i) => (Math.abs(Math.log(r / rate)) < Math.abs(Math.log(RATES[best] / rate)) ? i : best), 0);
const MAX_STEPS = 5000;
const MAX_BETA = 0.999; // the engine needs momentum < 1
const MAX_NOISE = 5;

export const surfaceControlStyles = css`
  details {
    border-top: 1px solid var(--line);
    padding-top: 0.5rem;
    margin-top: 0.5rem;
  }
  summary {
    cursor: pointer;
    font-weight: 600;
    font-size: 0.9rem;
    margin-bottom: 0.5rem;
  }
  .fields {
    border: 0;
    padding: 0;
    margin: 0;
    min-width: 0;
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(13rem, 1fr));
    gap: 0.2rem 1rem;
  }
  .pair {
    display: flex;
    gap: 0.5rem;
  }
  .pair input {
    flex: 1 1 0;
    min-width: 0;
    max-width: 7rem;
  }
  .label {
    font-size: 0.875rem;
  }
`;

export function surfaceControls(s) {
  const { controls } = s;
  return html`<details open>
    <summary>Try your own settings</summary>
    ${s.disabled ? html`<p class="hint">The settings come alive once the engine has loaded.</p>` : nothing}
    <fieldset class="fields" ?disabled=${s.disabled}>
      ${
        s.runs.length > 1
          ? html`<div class="field">
              <label for="run">Change</label>
              ${selectInput({
                id: 'run',
                value: s.selection,
                options: [
                  ...s.runs.map((run) => ({ value: run.label, label: run.label })),
                  { value: s.all, label: 'every run at once' },
                ],
                onChange: s.onSelect,
              })}
            </div>`
          : nothing
      }
      ${
        controls.has('optimizer')
          ? html`<div class="field">
              <label for="optimizer">Optimizer</label>
              ${selectInput({
                id: 'optimizer',
                value: s.optimizer,
                options: Object.entries(s.optimizerNames).map(([type, name]) => ({ value: type, label: name })),
                onChange: (type) => s.onEdit({ type }),
              })}
            </div>`
          : nothing
      }
      ${
        controls.has('learningRate')
          ? html`<div class="field slider">
              <label for="rate">Learning rate η</label>
              ${rangeInput({
                id: 'rate',
                min: 0,
                max: RATES.length - 1,
                step: 1,
                value: nearestRate(s.learningRate),
                valueText: `learning rate ${tidy(s.learningRate)}`,
                onInput: (i) => s.onEdit({ learningRate: RATES[i] }),
              })}
              ${numberInput({
                label: 'Learning rate η, typed',
                min: 0.00001,
                max: 100,
                value: tidy(s.learningRate),
                onChange: (learningRate) => s.onEdit({ learningRate }),
              })}
            </div>`
          : nothing
      }
      ${
        controls.has('momentum')
          ? html`<div class="field slider">
              <label for="beta">Momentum β of ${s.betaScope}</label>
              ${rangeInput({ id: 'beta', min: 0, max: 0.99, step: 0.01, value: s.beta, valueText: `β ${s.beta}`, onInput: s.onBeta })}
              ${numberInput({ label: 'Momentum β, typed', min: 0, max: MAX_BETA, step: 0.01, value: s.beta, onChange: s.onBeta })}
            </div>`
          : nothing
      }
      ${
        controls.has('noise')
          ? html`<div class="field slider">
              <label for="noise">Gradient noise of ${s.noiseScope}</label>
              ${rangeInput({ id: 'noise', min: 0, max: MAX_NOISE, step: 0.01, value: s.noise, valueText: `noise ${s.noise}`, onInput: s.onNoise })}
              ${numberInput({ label: 'Gradient noise, typed', min: 0, max: 100, value: s.noise, onChange: s.onNoise })}
            </div>`
          : nothing
      }
      ${
        controls.has('steps')
          ? html`<div class="field">
              <label for="steps">Steps</label>
              ${numberInput({ id: 'steps', min: 1, max: MAX_STEPS, step: 1, value: s.steps, onChange: (v) => s.onEdit({ steps: Math.round(v) }) })}
            </div>`
          : nothing
      }
      ${
        controls.has('start')
          ? html`<div class="field">
              <span id="start-label" class="label">Start (w₁, w₂) — or click the map</span>
              <div class="pair" role="group" aria-labelledby="start-label">
                ${[0, 1].map((k) =>
                  numberInput({
                    label: `Start w${k + 1}`,
                    min: -100,
                    max: 100,
                    value: Number(s.start[k].toPrecision(6)),
                    onChange: (v) => s.onEdit({ start: s.start.map((w, i) => (i === k ? v : w)) }),
                  }),
                )}
              </div>
            </div>`
          : nothing
      }
    </fieldset>
    <button type="button" ?disabled=${s.disabled} @click=${s.onReset}>Back to the lesson's settings</button>
  </details>`;
}
