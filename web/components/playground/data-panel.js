// web/components/playground/ — the playground page's panels: data, network, model,
// optimizer, output, the run bar and quick settings.
//
// <dp-data-panel>: which data, how noisy, how it is split, how it is batched.
import { LitElement, html, css, nothing } from 'lit';
import { sharedStyles } from '../base/shared-styles.js';
import { numberField, selectField, sliderField } from '../base/fields.js';
import { emitEdit } from '../base/edit-event.js';
import { DATASETS, datasetsFor } from '../../domain/datasets.js';
import { BATCH_SIZES } from '../../domain/choices.js';
import { withBatchSize, withData } from '../../domain/state-edits.js';

const NOISE_LEVELS = [0, 5, 10, 15, 20, 25, 30, 35, 40, 45, 50];
const TRAIN_PERCENTS = [10, 20, 30, 40, 50, 60, 70, 80, 90];

class DataPanel extends LitElement {
  static properties = {
    state: { attribute: false },
    /** Training rows, to tell when a batch is the whole set. */
    trainRows: { type: Number },
  };

  static styles = [
    sharedStyles,
    css`
      :host {
        display: block;
      }
      fieldset {
        border: 0;
        padding: 0;
        margin: 0 0 0.75rem;
        display: grid;
        grid-template-columns: repeat(auto-fill, minmax(7.5rem, 1fr));
        gap: 0.3rem;
      }
      legend {
        font-size: 0.875rem;
        margin-bottom: 0.3rem;
      }
      .choice {
        display: flex;
        align-items: center;
        gap: 0.35rem;
        border: 1px solid var(--line);
        border-radius: var(--radius);
        padding: 0.3rem 0.45rem;
        font-size: 0.85rem;
        cursor: pointer;
      }
      .choice:has(input:checked) {
        border-color: var(--accent);
        background: var(--accent-soft);
      }
      .seed {
        display: flex;
        flex-wrap: wrap;
        align-items: end;
        gap: 0 0.5rem;
      }
      .seed input {
        width: 6rem;
      }
      .seed button {
        margin-bottom: 0.6rem;
      }
    `,
  ];

  render() {
    const { state } = this;
    const { data } = state;
    const info = DATASETS[data.dataset];
    const generated = data.dataset !== 'custom';
    const edit = (patch) => emitEdit(this, withData(state, patch));
    return html`
      <fieldset>
        <legend>Which data set?</legend>
        ${datasetsFor(info.problem).map(
          (name) =>
            html`<label class="choice">
              <input
                type="radio"
                name="dataset"
                .checked=${name === data.dataset}
                @change=${() => edit({ dataset: name })}
              />
              ${DATASETS[name].label}
            </label>`,
        )}
      </fieldset>
      ${
        info.classes.length > 1
          ? selectField({
              label: 'Classes',
              value: data.classes,
              options: info.classes.map((value) => ({ value, label: String(value) })),
              onChange: (classes) => edit({ classes }),
            })
          : nothing
      }
      ${
        generated && info.planar
          ? sliderField({
              label: 'Noise',
              value: data.noise,
              values: NOISE_LEVELS,
              onChange: (noise) => edit({ noise }),
            })
          : nothing
      }
      ${
        generated
          ? sliderField({
              label: 'Training data',
              value: data.trainPercent,
              values: TRAIN_PERCENTS,
              format: (percent) => `${percent}%`,
              onChange: (trainPercent) => edit({ trainPercent }),
            })
          : nothing
      }
      ${sliderField({
        label: 'Batch size',
        value: state.batchSize,
        values: BATCH_SIZES,
        format: (size) =>
          this.trainRows > 0 && size >= this.trainRows ? `${size} (all: full-batch GD)` : String(size),
        onChange: (batchSize) => emitEdit(this, withBatchSize(state, batchSize)),
      })}
      ${
        generated
          ? html`<div class="seed">
              ${numberField({ label: 'Data seed', value: data.seed, min: 0, step: 1, onChange: (seed) => edit({ seed }) })}
              <button type="button" @click=${() => edit({ seed: data.seed + 1 })}>Regenerate</button>
            </div>`
          : html`<p class="hint">Click the plot to add points of the chosen class; they are all training data.</p>`
      }
    `;
  }
}

customElements.define('dp-data-panel', DataPanel);
