// web/components/plots/ — the canvas plots: the input plane, curves, network
// diagrams, the data's samples and confusion matrix.
//
// <dp-boundary-plot>: the input plane coloured by what the network predicts
// there (the decision boundary), or by one neuron's output while it is
// previewed, with the data points on top. While a draw
// class is chosen, a click (or the arrow keys and Enter) adds a point of that
// class: fires 'draw-point' with { x1, x2 }.
import { LitElement, html, css, nothing } from 'lit';
import { sharedStyles } from '../base/shared-styles.js';
import { CLASS_COLORS, cssColor, writeDiverging, NEUTRAL, PAPER, INK } from '../base/colors.js';
import { paintNeuron, paintOutputs } from './plane-paint.js';
import { BOUNDARY_GRID, NEURON_GRID, PLANE_EXTENT } from '../../domain/plane.js';

const KEY_STEP = 0.05; // plane units the drawing cursor moves per arrow key

class BoundaryPlot extends LitElement {
  static properties = {
    shape: { attribute: false },
    shown: { attribute: false },
    boundary: { attribute: false },
    /** A neuron shown instead of the boundary: { values: [NEURON_GRID², units], units, unit, outputTask }, or null. */
    neuron: { attribute: false },
    showTestData: { type: Boolean },
    discretize: { type: Boolean },
    /** The class a click adds, or null when drawing is off. */
    drawClass: { attribute: false },
    size: { state: true },
    cursor: { state: true },
  };

  static styles = [
    sharedStyles,
    css`
      :host {
        display: block;
      }
      .frame {
        position: relative;
        width: 100%;
        max-width: 22rem;
        aspect-ratio: 1;
        border: 1px solid var(--line);
        border-radius: 4px;
        overflow: hidden;
      }
      .frame.drawing {
        cursor: crosshair;
      }
      canvas {
        display: block;
        width: 100%;
        height: 100%;
      }
    `,
  ];

  #heatmap = document.createElement('canvas');
  #neuronMap = document.createElement('canvas');
  #resizeObserver = new ResizeObserver(([entry]) => (this.size = Math.floor(entry.contentRect.width) || this.size));

  constructor() {
    super();
    this.#heatmap.width = this.#heatmap.height = BOUNDARY_GRID;
    this.#neuronMap.width = this.#neuronMap.height = NEURON_GRID;
    this.cursor = { x1: 0, x2: 0 };
  }

  firstUpdated() {
    this.#resizeObserver.observe(this.renderRoot.querySelector('.frame'));
  }

  disconnectedCallback() {
    super.disconnectedCallback();
    this.#resizeObserver.disconnect();
  }

  render() {
    const drawing = this.#drawing();
    return html`<div
      class="frame ${drawing ? 'drawing' : ''}"
      tabindex=${drawing ? '0' : nothing}
      role=${drawing ? 'application' : nothing}
      aria-label=${
        drawing
          ? `Drawing area. Click, or move with the arrow keys and press Enter, to add a point of class ${this.drawClass}.`
          : nothing
      }
      @click=${this.#onClick}
      @keydown=${this.#onKey}
      @focus=${() => this.requestUpdate()}
      @blur=${() => this.requestUpdate()}
    >
      <canvas
        role=${drawing ? nothing : 'img'}
        aria-hidden=${drawing ? 'true' : nothing}
        aria-label=${
          this.neuron
            ? 'One neuron’s output over the input plane (blue positive, orange negative); dots are the data.'
            : 'Decision boundary: the background shows what the network predicts at each point of the input plane; dots are the data.'
        }
      ></canvas>
    </div>`;
  }

  updated() {
    const canvas = this.renderRoot.querySelector('canvas');
    const ratio = window.devicePixelRatio || 1;
    const size = Math.max(1, Math.round((this.size ?? 300) * ratio));
    if (canvas.width !== size) canvas.width = canvas.height = size;
    const ctx = canvas.getContext('2d');
    this.#drawHeatmap(ctx, size);
    this.#drawPoints(ctx, size, ratio);
    if (this.#drawing() && this.matches(':focus-within')) this.#drawCursor(ctx, size, ratio);
  }

  #drawing() {
    return this.drawClass !== null && this.drawClass !== undefined;
  }

  #drawHeatmap(ctx, size) {
    if (this.neuron) return this.#drawNeuron(ctx, size);
    const { boundary, shape } = this;
    const cells = BOUNDARY_GRID * BOUNDARY_GRID;
    if (!boundary || !shape || boundary.length !== cells * shape.outputs) {
      ctx.fillStyle = cssColor(NEUTRAL);
      ctx.fillRect(0, 0, size, size);
      return;
    }
    const hctx = this.#heatmap.getContext('2d');
    const image = hctx.createImageData(BOUNDARY_GRID, BOUNDARY_GRID);
    paintOutputs(image.data, boundary, shape.outputs, shape.task, this.discretize);
    hctx.putImageData(image, 0, 0);
    ctx.imageSmoothingEnabled = !this.discretize;
    ctx.drawImage(this.#heatmap, 0, 0, size, size);
  }

  #drawNeuron(ctx, size) {
    const { values, units, unit, outputTask } = this.neuron;
    const nctx = this.#neuronMap.getContext('2d');
    const image = nctx.createImageData(NEURON_GRID, NEURON_GRID);
    paintNeuron(image.data, values, units, unit, outputTask);
    nctx.putImageData(image, 0, 0);
    ctx.imageSmoothingEnabled = true;
    ctx.drawImage(this.#neuronMap, 0, 0, size, size);
  }

  #drawPoints(ctx, size, ratio) {
    if (!this.shown || !this.shape) return;
    const radius = Math.max(2.5, size / 110);
    const splits = [{ split: this.shown.train, stroke: PAPER }];
    if (this.showTestData) splits.push({ split: this.shown.test, stroke: INK });
    ctx.lineWidth = ratio;
    for (const { split, stroke } of splits) {
      ctx.strokeStyle = stroke;
      for (let i = 0; i < split.targets.length; i++) {
        const [px, py] = toPixels(split.x[2 * i], split.x[2 * i + 1], size);
        ctx.fillStyle = this.#pointColor(split.targets[i]);
        ctx.beginPath();
        ctx.arc(px, py, radius, 0, 2 * Math.PI);
        ctx.fill();
        ctx.stroke();
      }
    }
  }

  #pointColor(target) {
    if (this.shape.task !== 'regression') return cssColor(CLASS_COLORS[target % CLASS_COLORS.length]);
    const pixel = new Uint8ClampedArray(4);
    writeDiverging(target, pixel, 0);
    // a stronger shade than the background's, so the point stands out
    return cssColor([pixel[0] * 0.8, pixel[1] * 0.8, pixel[2] * 0.8]);
  }

  #drawCursor(ctx, size, ratio) {
    const [px, py] = toPixels(this.cursor.x1, this.cursor.x2, size);
    ctx.strokeStyle = INK;
    ctx.lineWidth = 1.5 * ratio;
    ctx.beginPath();
    ctx.moveTo(px - 8 * ratio, py);
    ctx.lineTo(px + 8 * ratio, py);
    ctx.moveTo(px, py - 8 * ratio);
    ctx.lineTo(px, py + 8 * ratio);
    ctx.stroke();
  }

  #onClick(event) {
    if (!this.#drawing()) return;
    const box = event.currentTarget.getBoundingClientRect();
    const x1 = -PLANE_EXTENT + ((event.clientX - box.left) / box.width) * 2 * PLANE_EXTENT;
    const x2 = PLANE_EXTENT - ((event.clientY - box.top) / box.height) * 2 * PLANE_EXTENT;
    this.#addPoint(x1, x2);
  }

  #onKey(event) {
    if (!this.#drawing()) return;
    const moves = { ArrowLeft: [-1, 0], ArrowRight: [1, 0], ArrowUp: [0, 1], ArrowDown: [0, -1] };
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      this.#addPoint(this.cursor.x1, this.cursor.x2);
    } else if (moves[event.key]) {
      event.preventDefault();
      const [dx, dy] = moves[event.key];
      const clamp = (v) => Math.max(-1, Math.min(1, v));
      this.cursor = { x1: clamp(this.cursor.x1 + dx * KEY_STEP), x2: clamp(this.cursor.x2 + dy * KEY_STEP) };
    }
  }

  #addPoint(x1, x2) {
    const round = (v) => Math.round(Math.max(-PLANE_EXTENT, Math.min(PLANE_EXTENT, v)) * 1000) / 1000;
    this.dispatchEvent(
      new CustomEvent('draw-point', { detail: { x1: round(x1), x2: round(x2) }, bubbles: true, composed: true }),
    );
  }
}

function toPixels(x1, x2, size) {
  return [((x1 + PLANE_EXTENT) / (2 * PLANE_EXTENT)) * size, ((PLANE_EXTENT - x2) / (2 * PLANE_EXTENT)) * size];
}

customElements.define('dp-boundary-plot', BoundaryPlot);
