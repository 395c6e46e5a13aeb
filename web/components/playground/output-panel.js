// <dp-output-panel>: how training goes (losses, accuracy, the loss curve)
// and what the network has learned: the decision boundary over the plane for
// 2-D data, or what fits other data (iris: a feature scatter; digits: sample
// images), with a confusion matrix for those. What it draws follows the data
// the worker trains on (which may lag behind the controls by a moment).
import { LitElement, html, css, nothing, unsafeCSS } from 'lit';
import { sharedStyles } from '../base/shared-styles.js';
import { checkField } from '../base/fields.js';
import { emitEdit } from '../base/edit-event.js';
import { classColor, cssColor, NEUTRAL } from '../base/colors.js';
import { classNames, datasetInfo } from '../../domain/datasets.js';
import { MAX_DRAWN_POINTS } from '../../domain/playground-state.js';
import { NEURON_GRID } from '../../domain/plane.js';
import { predictedClasses } from '../../domain/predictions.js';
import { withData, withView } from '../../domain/state-edits.js';
import '../plots/loss-chart.js';
import '../plots/boundary-plot.js';
import '../plots/feature-scatter.js';
import '../plots/digit-samples.js';
import '../plots/confusion-matrix.js';

class OutputPanel extends LitElement {
  static properties = {
    state: { attribute: false },
    data: { attribute: false },
    snapshot: { attribute: false },
    history: { attribute: false },
    /** The neuron the plot shows instead of the output while the network view previews it: { layer, unit, name }, or null. */
    preview: { attribute: false },
    drawClass: { state: true },
  };

  static styles = [
    sharedStyles,
    css`
      :host {
        display: block;
      }
      /* Short rows above the plot: test, then training; loss, then accuracy. */
      dl {
        display: grid;
        grid-template-columns: repeat(4, auto);
        justify-content: start;
        gap: 0 0.6rem;
        margin: 0 0 0.4rem;
        font-size: 0.8rem;
      }
      dl.four dd:nth-of-type(odd) {
        margin-right: 0.6rem;
      }
      dt {
        color: var(--muted);
        white-space: nowrap;
      }
      dd {
        margin: 0;
        font-variant-numeric: tabular-nums;
        font-weight: 600;
      }
      .view {
        display: grid;
        gap: 0.4rem;
        margin-bottom: 0.6rem;
      }
      .toggles {
        margin-top: 0.6rem;
      }
      .legend {
        display: flex;
        flex-wrap: wrap;
        gap: 0.3rem 0.8rem;
        font-size: 0.8rem;
        color: var(--muted);
        align-items: center;
      }
      .legend.previewing {
        margin: 0;
        color: var(--ink);
      }
      .swatch {
        display: inline-block;
        width: 0.75rem;
        height: 0.75rem;
        border-radius: 50%;
        margin-right: 0.25rem;
        vertical-align: -0.1rem;
      }
      .scale {
        display: inline-block;
        width: 7rem;
        height: 0.6rem;
        border-radius: 3px;
        background: linear-gradient(to right, ${unsafeCSS(`${classColor(0)}, ${cssColor(NEUTRAL)}, ${classColor(1)}`)});
      }
      fieldset {
        border: 1px solid var(--line);
        border-radius: var(--radius);
        padding: 0.4rem 0.6rem;
        margin: 0;
        display: flex;
        flex-wrap: wrap;
        gap: 0.3rem 0.8rem;
        align-items: center;
        font-size: 0.85rem;
      }
      legend {
        font-size: 0.8rem;
        color: var(--muted);
      }
      fieldset label {
        display: flex;
        align-items: center;
        gap: 0.25rem;
      }
    `,
  ];

  constructor() {
    super();
    this.drawClass = null;
  }

  render() {
    const shape = this.data?.shape;
    return html`
      ${this.#metrics(shape)}
      <div class="view">${shape ? this.#learnedView(shape) : nothing}</div>
      <dp-loss-chart .history=${this.history}></dp-loss-chart>
      ${shape?.planar ? this.#planeToggles() : nothing}
    `;
  }

  #metrics(shape) {
    const m = this.snapshot?.metrics ?? {};
    const classification = shape && shape.task !== 'regression';
    const loss = (value) => (Number.isFinite(value) ? value.toFixed(3) : '–');
    const percent = (value) => (Number.isFinite(value) ? `${(value * 100).toFixed(1)}%` : '–');
    return html`<dl class=${classification ? 'four' : 'two'}>
      <dt>Test loss</dt>
      <dd data-metric="test-loss">${loss(m.valLoss)}</dd>
      ${
        classification
          ? html`<dt>Test accuracy</dt>
              <dd data-metric="test-accuracy">${percent(m.valAccuracy)}</dd>`
          : nothing
      }
      <dt>Training loss</dt>
      <dd data-metric="train-loss">${loss(m.loss)}</dd>
      ${
        classification
          ? html`<dt>Training accuracy</dt>
              <dd data-metric="train-accuracy">${percent(m.accuracy)}</dd>`
          : nothing
      }
    </dl>`;
  }

  #learnedView(shape) {
    if (shape.planar) return this.#plane(shape);
    // Regression off the plane (a loaded file's): nothing to picture but the loss.
    if (shape.task === 'regression')
      return html`<p class="hint">
        The losses measure how far the predictions are from the targets (scaled onto −1…1).
      </p>`;
    const { data, snapshot } = this;
    const names = classNames(data.settings);
    const outputs = snapshot?.testOutputs;
    const predicted =
      outputs?.length === data.shown.test.targets.length * shape.outputs
        ? predictedClasses(outputs, shape.outputs)
        : null;
    const view =
      data.settings.dataset === 'digits'
        ? html`<dp-digit-samples
            .images=${data.shown.test.x}
            .targets=${data.shown.test.targets}
            .predicted=${predicted}
          ></dp-digit-samples>`
        : html`<dp-feature-scatter
            .x=${data.shown.test.x}
            .targets=${data.shown.test.targets}
            .predicted=${predicted}
            .featureNames=${datasetInfo(data.settings).inputNames}
          ></dp-feature-scatter>`;
    return html`${view}
    ${
      predicted
        ? html`<dp-confusion-matrix
            .classNames=${names}
            .targets=${data.shown.test.targets}
            .predicted=${predicted}
          ></dp-confusion-matrix>`
        : nothing
    }`;
  }

  #plane(shape) {
    const { state, data, snapshot } = this;
    const { view } = state;
    const neuron = this.#previewedNeuron(shape);
    return html`
      <dp-boundary-plot
        .shape=${shape}
        .shown=${data.shown}
        .boundary=${snapshot?.boundary}
        .neuron=${neuron}
        ?showTestData=${view.showTestData}
        ?discretize=${view.discretize}
        .drawClass=${this.drawClass !== null && this.drawClass < shape.classes ? this.drawClass : null}
        @draw-point=${(event) => this.#addPoint(event.detail)}
      ></dp-boundary-plot>
      ${
        neuron
          ? html`<p class="legend previewing" role="status">
              Showing ${this.preview.name}: its output over the plane (blue positive, orange negative). Move away to see
              the network's output again.
            </p>`
          : this.#legend(shape)
      }
      ${shape.task === 'regression' ? nothing : this.#drawControls()}
    `;
  }

  // The previewed neuron's outputs over the plane, as the boundary plot draws them.
  #previewedNeuron(shape) {
    const layers = this.snapshot?.neurons;
    const values = layers?.[this.preview?.layer];
    if (!values) return null;
    const units = values.length / (NEURON_GRID * NEURON_GRID);
    if (this.preview.unit >= units) return null;
    const output = this.preview.layer === layers.length - 1;
    return { values, units, unit: this.preview.unit, outputTask: output ? shape.task : null };
  }

  // Under the loss chart: how the plot shows the data and the output.
  #planeToggles() {
    const { state } = this;
    const { view } = state;
    return html`<div class="toggles">
      ${checkField({ label: 'Show test data', checked: view.showTestData, onChange: (showTestData) => emitEdit(this, withView(state, { showTestData })) })}
      ${checkField({ label: 'Discretize output', checked: view.discretize, onChange: (discretize) => emitEdit(this, withView(state, { discretize })) })}
    </div>`;
  }

  #legend(shape) {
    if (shape.task === 'regression') {
      return html`<div class="legend">
        <span>−1</span><span class="scale" aria-hidden="true"></span><span>+1</span><span>predicted value</span>
      </div>`;
    }
    return html`<div class="legend">
      ${classNames(this.data.settings).map((name, k) => html`<span><span class="swatch" style="background: ${classColor(k)}" aria-hidden="true"></span>${name}</span>`)}
    </div>`;
  }

  #drawControls() {
    const { drawn } = this.state.data;
    const full = drawn.length >= MAX_DRAWN_POINTS;
    const choice = (value, label, swatch) =>
      html`<label>
        <input
          type="radio"
          name="draw"
          .checked=${this.drawClass === value}
          ?disabled=${full && value !== null}
          @change=${() => (this.drawClass = value)}
        />
        ${swatch ? html`<span class="swatch" style="background: ${classColor(value)}" aria-hidden="true"></span>` : nothing}${label}
      </label>`;
    return html`<fieldset>
      <legend>Click on the plot to add a point of</legend>
      ${choice(null, 'nothing (off)', false)} ${classNames(this.data.settings).map((name, k) => choice(k, name, true))}
      <button
        type="button"
        ?disabled=${drawn.length === 0}
        @click=${() => emitEdit(this, withData(this.state, { drawn: [] }))}
      >
        Clear drawn points (${drawn.length})
      </button>
    </fieldset>`;
  }

  #addPoint({ x1, x2 }) {
    const { drawn } = this.state.data;
    if (drawn.length >= MAX_DRAWN_POINTS) return;
    emitEdit(this, withData(this.state, { drawn: [...drawn, [x1, x2, this.drawClass]] }));
  }
}

customElements.define('dp-output-panel', OutputPanel);
