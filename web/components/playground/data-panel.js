// web/components/playground/ — the playground page's panels: data, network, model,
// optimizer, output, the run bar and quick settings.
//
// <dp-data-panel>: which data (pictured, or a CSV file of the learner's own),
// how many points, how noisy, how it is split, how it is batched and when
// training stops by itself.
import { LitElement, html, css, nothing } from 'lit';
import { sharedStyles } from '../base/shared-styles.js';
import { numberField, selectField, sliderField } from '../base/fields.js';
import { emitEdit } from '../base/edit-event.js';
import { datasetInfo, datasetsFor } from '../../domain/datasets.js';
import { BATCH_SIZES, including } from '../../domain/choices.js';
import { MAX_STOP_EPOCH, POINTS } from '../../domain/playground-state.js';
import { withBatchSize, withData, withStopAtEpoch } from '../../domain/state-edits.js';
import { drawnPreview, localPreview } from './dataset-chooser.js';
import './csv-loader.js';

const NOISE_LEVELS = [0, 5, 10, 15, 20, 25, 30, 35, 40, 45, 50];
const TRAIN_PERCENTS = [10, 20, 30, 40, 50, 60, 70, 80, 90];

class DataPanel extends LitElement {
  static properties = {
    state: { attribute: false },
    /** Training rows, to tell when a batch is the whole set. */
    trainRows: { type: Number },
    /** The data sets' thumbnails, from the worker (null until they come). */
    previews: { attribute: false },
  };

  static styles = [
    sharedStyles,
    css`
      :host {
        display: block;
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
      details {
        margin-bottom: 0.75rem;
      }
      summary {
        cursor: pointer;
        font-size: 0.875rem;
        margin-bottom: 0.3rem;
      }
    `,
  ];

  /** The last file trained on in this page ({ descriptor, data }, as 'local-data' carries it), or null. */
  #loaded = null;

  constructor() {
    super();
    // The loader's event passes through on its way to the page: the chooser can return to that file later.
    this.addEventListener('local-data', (event) => {
      this.#loaded = event.detail;
    });
  }

  #chooseDataset(name, edit) {
    if (name !== 'local') return edit({ dataset: name });
    const detail = this.#loaded;
    this.dispatchEvent(new CustomEvent('local-data', { detail, bubbles: true, composed: true }));
  }

  render() {
    const { state } = this;
    const { data } = state;
    const info = datasetInfo(data);
    const sampled = data.dataset !== 'custom';
    const edit = (patch) => emitEdit(this, withData(state, patch));
    const names = datasetsFor(info.problem);
    return html`
      <dp-dataset-chooser
        .names=${this.#loaded ? [...names, 'local'] : names}
        .value=${data.dataset}
        .previews=${this.previews}
        .ownPreviews=${{ custom: drawnPreview(data.drawn), local: this.#loaded && localPreview(this.#loaded.data) }}
        @dataset-change=${(event) => this.#chooseDataset(event.detail, edit)}
      ></dp-dataset-chooser>
      <details ?open=${data.dataset === 'local'}>
        <summary>Bring your own data (CSV)</summary>
        <dp-csv-loader></dp-csv-loader>
      </details>
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
        info.generated
          ? numberField({
              label: 'Points (training and test)',
              value: data.points,
              min: POINTS.min,
              max: POINTS.max,
              step: 1,
              onChange: (points) => edit({ points }),
            })
          : nothing
      }
      ${
        info.generated
          ? sliderField({
              label: 'Noise',
              value: data.noise,
              values: NOISE_LEVELS,
              onChange: (noise) => edit({ noise }),
            })
          : nothing
      }
      ${
        sampled
          ? sliderField({
              label: 'Training data',
              value: data.trainPercent,
              values: TRAIN_PERCENTS,
              format: (percent) =>
                percent === data.trainPercent && this.trainRows > 0
                  ? `${percent}% (${this.trainRows} points)`
                  : `${percent}%`,
              onChange: (trainPercent) => edit({ trainPercent }),
            })
          : nothing
      }
      ${sliderField({
        label: 'Batch size',
        value: state.batchSize,
        values: including(BATCH_SIZES, state.batchSize),
        format: (size) =>
          this.trainRows > 0 && size >= this.trainRows ? `${size} (all: full-batch GD)` : String(size),
        onChange: (batchSize) => emitEdit(this, withBatchSize(state, batchSize)),
      })}
      ${numberField({
        label: 'Stop at epoch',
        value: state.stopAtEpoch,
        min: 0,
        max: MAX_STOP_EPOCH,
        step: 1,
        hint: 'Training pauses there by itself (0: never); Play goes on past it.',
        onChange: (epoch) => emitEdit(this, withStopAtEpoch(state, epoch)),
      })}
      ${
        sampled
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
