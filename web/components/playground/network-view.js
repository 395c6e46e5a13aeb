// <dp-network-view>: the network as TensorFlow Playground draws it — input
// features (click to switch them on and off), hidden layers (add and remove
// layers and neurons, pick each layer's activation and dropout), the output
// layer — with every neuron's thumbnail over the input plane and the
// weights as lines. The network shrinks to fit its panel, however deep.
// Pointing at a neuron shows its weights below the diagram (and fires
// 'neuron-preview' for the output plot); pointing at a weight shows its
// value, and with `editWeights` a new one can be typed in ('weight-edit').
// An exercise names the controls it leaves `free`: the others show their
// values as text, and the inputs are the state's features alone, fixed.
import { LitElement, html, nothing } from 'lit';
import { sharedStyles } from '../base/shared-styles.js';
import { emitEdit } from '../base/edit-event.js';
import { INPUT_COLUMN_SHARE, networkLayout } from '../plots/network-layout.js';
import { MAX_EDGES_PER_LAYER, drawNetwork } from '../plots/network-drawing.js';
import { neuronDetail, neuronDetailStyles } from '../neurons/neuron-detail.js';
import { networkViewStyles } from './network-view-styles.js';
import { describeNetwork, paintAtlas } from './network-atlas.js';
import { FEATURES } from '../../domain/features.js';
import { datasetInfo } from '../../domain/datasets.js';
import { DROPOUT_RATES, HIDDEN_ACTIVATIONS, MAX_HIDDEN_LAYERS, MAX_UNITS, including } from '../../domain/choices.js';
import { hiddenLayers, outputLayer } from '../../domain/network-spec.js';
import { withFeatures, withHidden } from '../../domain/state-edits.js';
import './network-handles.js';

const NEW_LAYER_UNITS = 4;
/** Columns narrower than this (CSS pixels) get compact heads: stacked buttons, short labels. */
const COMPACT_COLUMN = 76;

class NetworkView extends LitElement {
  static properties = {
    state: { attribute: false },
    shape: { attribute: false },
    snapshot: { attribute: false },
    /** The controls a learner may use ('layers', 'units', 'activation', 'dropout'); every one when undefined. */
    free: { attribute: false },
    /** Whether a weight can be given a new value (the page then hears 'weight-edit'). */
    editWeights: { type: Boolean },
    width: { state: true },
    /** The neuron pointed at: { layer, unit, name }, or null. */
    inspected: { state: true },
  };

  static styles = [sharedStyles, neuronDetailStyles, networkViewStyles];

  #atlas = document.createElement('canvas'); // every neuron's thumbnail, a row per layer
  // What render() laid out, for updated() to draw once the canvas is in place.
  #layout = null;
  #picture = null;
  #resizeObserver = new ResizeObserver(([entry]) => (this.width = Math.floor(entry.contentRect.width) || this.width));

  firstUpdated() {
    this.#resizeObserver.observe(this.renderRoot.querySelector('.diagram'));
  }

  disconnectedCallback() {
    super.disconnectedCallback();
    this.#resizeObserver.disconnect();
  }

  render() {
    const { state } = this;
    const hidden = hiddenLayers(state.spec);
    const picture = describeNetwork(state, this.shape, this.snapshot, this.#features());
    const layout = networkLayout(
      this.width ?? 600,
      picture.columns.map((column) => column.nodes.length),
    );
    this.#layout = layout;
    this.#picture = picture;
    const compact = layout.width / (picture.columns.length - 1 + INPUT_COLUMN_SHARE) < COMPACT_COLUMN;
    return html`
      <div class="layers-bar">
        ${
          this.#can('layers')
            ? html`<button
                  type="button"
                  aria-label="Add a hidden layer"
                  ?disabled=${hidden.length >= MAX_HIDDEN_LAYERS}
                  @click=${() => this.#addLayer(hidden)}
                >
                  +
                </button>
                <button
                  type="button"
                  aria-label="Remove the last hidden layer"
                  ?disabled=${hidden.length === 0}
                  @click=${() => this.#edit(hidden.slice(0, -1))}
                >
                  −
                </button>`
            : nothing
        }
        <span>${hidden.length} hidden ${hidden.length === 1 ? 'layer' : 'layers'}</span>
      </div>
      ${this.#widthNote()}
      <div
        class="heads ${compact ? 'compact' : ''}"
        style="grid-template-columns: ${INPUT_COLUMN_SHARE}fr repeat(${picture.columns.length - 1}, minmax(0, 1fr))"
      >
        <div class="head">${this.#inputHead()}</div>
        ${hidden.map((layer, i) => html`<div class="head">${this.#hiddenHead(hidden, layer, i, compact)}</div>`)}
        <div class="head"><strong>Output</strong><span>${outputLayer(state.spec).activation}</span></div>
      </div>
      <div class="diagram">
        <canvas role="img" aria-label=${this.#summary(hidden)} style="height: ${layout.height}px"></canvas>
        ${this.#inputLabels(layout)} ${this.#outputLabels(layout)}
        <dp-network-handles
          .layout=${layout}
          .picture=${picture}
          ?editable=${this.editWeights}
          @neuron-preview=${(event) => (this.inspected = event.detail)}
        ></dp-network-handles>
      </div>
      ${
        picture.kernels.some((kernel) => kernel?.length > MAX_EDGES_PER_LAYER)
          ? html`<p class="hint">
              Lines show the ${MAX_EDGES_PER_LAYER} largest weights between each pair of layers; point at a neuron to
              read all of its weights.
            </p>`
          : nothing
      }
      <div class="inspected" aria-live="polite">${this.#inspectedNeuron(picture)}</div>
    `;
  }

  updated() {
    paintAtlas(this.#atlas, this.#picture, this.snapshot, this.#features(), this.shape?.task);
    const canvas = this.renderRoot.querySelector('canvas');
    const ratio = window.devicePixelRatio || 1;
    canvas.width = Math.round(this.#layout.width * ratio);
    canvas.height = Math.round(this.#layout.height * ratio);
    const ctx = canvas.getContext('2d');
    ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
    drawNetwork(ctx, this.#layout, this.#picture, this.#atlas, this.#picture.thumbnailSize);
  }

  // Why a data set's hidden layers start wide (see withData()).
  #widthNote() {
    const { label, inputs, leastHiddenUnits } = datasetInfo(this.state.data);
    if (!leastHiddenUnits) return nothing;
    return html`<p class="hint">
      On ${label.toLowerCase()}, hidden layers start with at least ${leastHiddenUnits} neurons: fewer would squeeze the
      ${inputs} inputs through a bottleneck that loses what tells the classes apart.
    </p>`;
  }

  #can(control) {
    return !this.free || this.free.includes(control);
  }

  /** The input features drawn: all that the playground offers, or an exercise's fixed ones. */
  #features() {
    return this.free ? FEATURES.filter(({ id }) => this.state.features.includes(id)) : FEATURES;
  }

  // The weights of the neuron pointed at, or what pointing does.
  #inspectedNeuron(picture) {
    const { layer, unit, name } = this.inspected ?? {};
    const kernel = picture.kernels[layer];
    const bias = this.snapshot?.weights?.[2 * layer + 1];
    if (!kernel || !bias)
      return html`<p class="hint">
        Point at a neuron (or tab to it) to see its weights and its output on the plot; point at a line to read its
        weight${this.editWeights ? ', and click it to change it' : ''}.
      </p>`;
    const sources = picture.columns[layer].nodes
      .map((node, i) => ({ row: node.row, name: picture.columns[layer].names[i] }))
      .filter((source) => source.row >= 0)
      .sort((a, b) => a.row - b.row);
    const units = picture.widths[layer + 1];
    const activations = [...hiddenLayers(this.state.spec), outputLayer(this.state.spec)].map((l) => l.activation);
    return html`<h3>${name}</h3>
      ${neuronDetail({
        inputs: sources.map((source) => ({ name: source.name })),
        weights: sources.map((source) => kernel[source.row * units + unit]),
        bias: bias[unit],
        activation: activations[layer],
      })}`;
  }

  #inputHead() {
    const { state } = this;
    if (datasetInfo(state.data).planar)
      return html`<strong>Features</strong><span>${this.free ? 'fixed' : 'click to use'}</span>`;
    return html`<strong>Inputs</strong
      ><span>${state.spec.inputs} ${state.data.dataset === 'digits' ? 'pixels' : 'measurements'}</span>`;
  }

  #hiddenHead(hidden, layer, i, compact) {
    const n = i + 1;
    const change = (patch) => this.#edit(hidden.map((l, j) => (j === i ? { ...l, ...patch } : l)));
    const percent = (rate) => `${Math.round(rate * 100)}%`;
    const dropText = (rate) => (rate === 0 ? 'no drop' : `drop ${percent(rate)}`);
    const dropOption = (rate) => (compact ? percent(rate) : dropText(rate));
    return html`
      ${
        this.#can('units')
          ? html`<div class="units">
              <button
                type="button"
                aria-label="Remove a neuron from hidden layer ${n}"
                ?disabled=${layer.units <= 1}
                @click=${() => change({ units: layer.units - 1 })}
              >
                −
              </button>
              <button
                type="button"
                aria-label="Add a neuron to hidden layer ${n}"
                ?disabled=${layer.units >= MAX_UNITS}
                @click=${() => change({ units: layer.units + 1 })}
              >
                +
              </button>
            </div>`
          : nothing
      }
      <span>${layer.units} <span class="word">${layer.units === 1 ? 'neuron' : 'neurons'}</span></span>
      ${
        this.#can('activation')
          ? html`<select
              aria-label="Activation of hidden layer ${n}"
              @change=${(event) => change({ activation: event.target.value })}
            >
              ${including(HIDDEN_ACTIVATIONS, layer.activation).map((name) => html`<option ?selected=${name === layer.activation}>${name}</option>`)}
            </select>`
          : html`<span>${layer.activation}</span>`
      }
      ${
        this.#can('dropout')
          ? html`<select
              aria-label="Dropout after hidden layer ${n}"
              @change=${(event) => change({ dropout: Number(event.target.value) })}
            >
              ${including(DROPOUT_RATES, layer.dropout).map((rate) => html`<option value=${rate} ?selected=${rate === layer.dropout}>${dropOption(rate)}</option>`)}
            </select>`
          : html`<span>${dropText(layer.dropout)}</span>`
      }
    `;
  }

  #inputLabels(layout) {
    const { state } = this;
    const column = layout.columns[0];
    const box = (i) =>
      `top: ${column.nodes[i].y - column.pitch / 2}px; height: ${column.pitch}px; width: ${column.nodes[i].x + column.size / 2 + 4}px; padding-right: ${column.size + 10}px`;
    if (datasetInfo(state.data).planar && this.free) {
      return this.#features().map(({ label }, i) => html`<span class="input-label" style=${box(i)}>${label}</span>`);
    }
    if (datasetInfo(state.data).planar) {
      return FEATURES.map(({ id, label }, i) => {
        const on = state.features.includes(id);
        const next = on
          ? state.features.filter((f) => f !== id)
          : FEATURES.map((f) => f.id).filter((f) => f === id || state.features.includes(f));
        return html`<button
          type="button"
          class="input-label"
          style=${box(i)}
          aria-pressed=${String(on)}
          aria-label="Feature ${label}"
          ?disabled=${on && state.features.length === 1}
          @click=${() => emitEdit(this, withFeatures(state, next))}
        >
          ${label}
        </button>`;
      });
    }
    const names = datasetInfo(state.data).inputNames;
    return names ? names.map((name, i) => html`<span class="input-label" style=${box(i)}>${name}</span>`) : nothing;
  }

  #outputLabels(layout) {
    const column = layout.columns.at(-1);
    if (this.shape?.task !== 'multiclass' || column.pitch < 14) return nothing;
    const names = datasetInfo(this.state.data).classNames;
    return column.nodes.map(
      ({ x, y }, k) =>
        html`<span class="output-label" style="left: ${x + column.size / 2 + 4}px; top: ${y}px"
          >${names?.[k] ?? `class ${k}`}</span
        >`,
    );
  }

  #summary(hidden) {
    const sizes = hidden.map((layer) => layer.units);
    const middle = sizes.length ? `hidden layers of ${sizes.join(', ')} neurons` : 'no hidden layer';
    const outputs = outputLayer(this.state.spec).units;
    return `Network: ${this.state.spec.inputs} inputs, ${middle}, ${outputs} ${outputs === 1 ? 'output' : 'outputs'}. Each neuron shows its output over the input plane; blue lines are positive weights, orange negative, thicker is larger.`;
  }

  #addLayer(hidden) {
    const activation = hidden.at(-1)?.activation ?? 'tanh';
    this.#edit([...hidden, { units: NEW_LAYER_UNITS, activation, dropout: 0 }]);
  }

  #edit(hidden) {
    emitEdit(this, withHidden(this.state, hidden));
  }
}

customElements.define('dp-network-view', NetworkView);
