// <dp-neuron-inspector>: the trained network of one run ({ run }). Hover,
// focus or click a neuron to see what it computes at a probe point of the
// plane — its inputs, its weights, the weighted sum z = Σ wᵢaᵢ + b and its
// activation a = g(z) — beside its thumbnail: its output over the whole
// input plane. Click the thumbnail (or use the sliders) to move the probe.
import { html, css, nothing } from 'lit';
import { LessonWidget } from './lesson-widget.js';
import { widgetStyles } from './widget-styles.js';
import { FrameScheduler, sizeCanvas } from '../plots/plot-canvas.js';
import { formatNumber, forwardPass, layerActivations, layerWidths } from '../../domain/widget-math.js';
import { runOf, runView } from './run-view.js';
import { drawRunNetwork, featuresOf } from './network-picture.js';
import { paintNeuron, paintUnit } from '../plots/plane-paint.js';
import { neuronDetail, neuronDetailStyles, neuronName } from '../neurons/neuron-detail.js';
import { FEATURES, featureRows } from '../../domain/features.js';
import { NEURON_GRID, PLANE_EXTENT, planeGrid } from '../../domain/plane.js';
import { INK, PAPER } from '../base/colors.js';
import { rangeInput } from '../base/fields.js';

const THUMBNAIL = 168;
// Node spacing in the diagram: big enough to read each neuron's square.
const PITCH = 56;
const FEATURE_LABELS = Object.fromEntries(FEATURES.map((f) => [f.id, f.label]));
const f3 = (v) => formatNumber(v, 3);

class NeuronInspector extends LessonWidget {
  static properties = {
    selected: { state: true },
    probe: { state: true },
  };

  static styles = [
    widgetStyles,
    neuronDetailStyles,
    css`
      .layout {
        display: grid;
        grid-template-columns: minmax(0, 1.3fr) minmax(15rem, 1fr);
        gap: 1rem;
        align-items: start;
      }
      @container (max-width: 40rem) {
        .layout {
          grid-template-columns: minmax(0, 1fr);
        }
      }
      .diagram {
        position: relative;
      }
      .node,
      .node[aria-pressed='true'] {
        position: absolute;
        padding: 0;
        min-height: 0;
        border: 0;
        background: transparent;
        cursor: pointer;
      }
      .node:focus-visible {
        outline-offset: 3px;
      }
      .detail h4 {
        margin: 0 0 0.4rem;
        font-size: 1rem;
      }
      .thumb {
        width: ${THUMBNAIL}px;
        max-width: 100%;
        aspect-ratio: 1;
        border: 1px solid var(--line);
        border-radius: 4px;
        cursor: crosshair;
      }
      .detail h4::first-letter {
        text-transform: uppercase;
      }
    `,
  ];

  #atlas = document.createElement('canvas');
  #draw = new FrameScheduler(() => this.#paint());
  #layout = null;

  constructor() {
    super();
    this.selected = { column: 1, index: 0 };
    this.probe = [0.5, 0.3];
  }

  // A live figure may redraw a narrower net: a neuron it no longer has gives way to the first of the next layer.
  willUpdate() {
    const run = runOf(this.lesson, this.config?.run);
    const { column, index } = this.selected;
    const widths = run ? layerWidths(run.spec) : [];
    if (run && !(column < widths.length && index < widths[column])) this.selected = { column: 1, index: 0 };
  }

  render() {
    const run = runOf(this.lesson, this.config?.run);
    if (!run) return nothing;
    const view = runView(this.results, null, run.label);
    const trained = view.state === 'done';
    return html`
      <h3 class="title">Inside the network: ${run.label}</h3>
      <p class="hint">
        ${
          trained
            ? 'Hover, focus or click a neuron to see what it computes at the probe point. Each square shows the neuron’s output over the input plane.'
            : this.lesson?.figure
              ? 'Training in your browser…'
              : 'Run the experiment to train this network; then hover a neuron to see its weights, its sum and its activation.'
        }
      </p>
      <div class="layout">
        <div class="diagram">
          <canvas
            role="img"
            aria-label="Network diagram of ${run.label}: ${layerWidths(run.spec).join('-')} neurons."
          ></canvas>
          ${trained ? this.#nodeButtons(run) : nothing}
        </div>
        ${trained ? this.#detail(run, view) : nothing}
      </div>
    `;
  }

  updated() {
    this.#draw.request();
  }

  #nodeButtons(run) {
    const layout = this.#layout;
    if (!layout) return nothing;
    return layout.columns.map((column, c) =>
      column.nodes.map(({ x, y }, i) => {
        const size = column.size + 4;
        return html`<button
          type="button"
          class="node"
          style="left: ${x - size / 2}px; top: ${y - size / 2}px; width: ${size}px; height: ${size}px"
          aria-label=${this.#nodeName(run, c, i)}
          aria-pressed=${String(this.selected.column === c && this.selected.index === i)}
          @mouseenter=${() => (this.selected = { column: c, index: i })}
          @focus=${() => (this.selected = { column: c, index: i })}
          @click=${() => (this.selected = { column: c, index: i })}
        ></button>`;
      }),
    );
  }

  #nodeName(run, column, index) {
    const inputNames = featuresOf(run).map((f) => `input ${FEATURE_LABELS[f]}`);
    return neuronName(layerWidths(run.spec), column, index, inputNames);
  }

  #detail(run, view) {
    const { column, index } = this.selected;
    const features = featuresOf(run);
    const input = featureRows(Float32Array.from(this.probe), features);
    const layers = forwardPass(run.spec, view.weights, input);
    const [p1, p2] = this.probe;
    const probeText = `(${f3(p1)}, ${f3(p2)})`;
    let body;
    if (column === 0) {
      body = html`<p>
        An input holds one feature of the point: at the probe ${probeText} it is
        <span class="readout">${f3(input[index])}</span>.
      </p>`;
    } else {
      const d = column - 1;
      const units = layerWidths(run.spec)[column];
      const kernel = view.weights[2 * d];
      const previous = d === 0 ? Array.from(input) : layers[d - 1].a;
      const names = d === 0 ? features.map((f) => FEATURE_LABELS[f]) : previous.map((_, i) => `a${i + 1} (layer ${d})`);
      body = neuronDetail({
        inputs: previous.map((value, i) => ({ name: names[i], value })),
        weights: previous.map((_, i) => kernel[i * units + index]),
        bias: view.weights[2 * d + 1][index],
        activation: layerActivations(run.spec)[d],
        z: layers[d].z[index],
        a: layers[d].a[index],
      });
    }
    return html`<div class="detail" aria-live="polite">
      <h4>${this.#nodeName(run, column, index)}</h4>
      <canvas
        class="thumb"
        role="img"
        aria-label="This neuron's output over the input plane; the ring marks the probe point."
        @click=${this.#moveProbe}
      ></canvas>
      <div class="slider">
        <label for="probe-x1">Probe x₁ = ${f3(p1)}</label>
        ${rangeInput({ id: 'probe-x1', min: -1.2, max: 1.2, step: 0.05, value: p1, onInput: (x1) => (this.probe = [x1, p2]) })}
        <label for="probe-x2">Probe x₂ = ${f3(p2)}</label>
        ${rangeInput({ id: 'probe-x2', min: -1.2, max: 1.2, step: 0.05, value: p2, onInput: (x2) => (this.probe = [p1, x2]) })}
      </div>
      ${body}
    </div>`;
  }

  #moveProbe(event) {
    const box = event.currentTarget.getBoundingClientRect();
    const round = (v) => Math.round(Math.max(-PLANE_EXTENT, Math.min(PLANE_EXTENT, v)) * 20) / 20;
    this.probe = [
      round(-PLANE_EXTENT + ((event.clientX - box.left) / box.width) * 2 * PLANE_EXTENT),
      round(PLANE_EXTENT - ((event.clientY - box.top) / box.height) * 2 * PLANE_EXTENT),
    ];
  }

  #paint() {
    const run = runOf(this.lesson, this.config?.run);
    const canvas = this.renderRoot.querySelector('.diagram canvas');
    if (!run || !canvas || !this.width) return;
    const view = runView(this.results, null, run.label);
    const width = Math.max(220, canvas.parentElement.clientWidth);
    const highlight = view.state === 'done' ? this.selected : null;
    const layout = drawRunNetwork(canvas, width, run, view, this.#atlas, highlight, PITCH);
    const moved = JSON.stringify(layout.columns) !== JSON.stringify(this.#layout?.columns);
    this.#layout = layout;
    if (moved && view.state === 'done') this.requestUpdate();
    this.#paintThumbnail(run, view);
  }

  #paintThumbnail(run, view) {
    const canvas = this.renderRoot.querySelector('.thumb');
    if (!canvas || !view.neurons) return;
    const { column, index } = this.selected;
    const widths = layerWidths(run.spec);
    const size = NEURON_GRID;
    const tile = new ImageData(size, size);
    const outputTask = column === widths.length - 1 ? (view.shape?.task ?? 'binary') : null;
    if (column === 0) paintUnit(tile.data, featureRows(planeGrid(size), featuresOf(run)), widths[0], index);
    else paintNeuron(tile.data, view.neurons[column - 1], widths[column], index, outputTask);
    const small = document.createElement('canvas');
    small.width = small.height = size;
    small.getContext('2d').putImageData(tile, 0, 0);
    const ctx = sizeCanvas(canvas, THUMBNAIL, THUMBNAIL);
    ctx.imageSmoothingEnabled = true;
    ctx.drawImage(small, 0, 0, THUMBNAIL, THUMBNAIL);
    const px = ((this.probe[0] + PLANE_EXTENT) / (2 * PLANE_EXTENT)) * THUMBNAIL;
    const py = ((PLANE_EXTENT - this.probe[1]) / (2 * PLANE_EXTENT)) * THUMBNAIL;
    ctx.lineWidth = 2;
    ctx.strokeStyle = INK;
    ctx.beginPath();
    ctx.arc(px, py, 6, 0, 2 * Math.PI);
    ctx.stroke();
    ctx.strokeStyle = PAPER;
    ctx.lineWidth = 1;
    ctx.beginPath();
    ctx.arc(px, py, 8, 0, 2 * Math.PI);
    ctx.stroke();
  }
}

customElements.define('dp-neuron-inspector', NeuronInspector);
