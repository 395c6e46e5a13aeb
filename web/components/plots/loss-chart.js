// <dp-loss-chart>: training and test loss per epoch, like TensorFlow
// Playground's small curve above the output, drawn with the canvas plots.
import { LitElement, html, css } from 'lit';
import { sharedStyles } from '../base/shared-styles.js';
import { FAINT, INK } from '../base/colors.js';
import { drawCurves } from './curve-plot.js';
import { observeWidth } from './plot-canvas.js';

const HEIGHT = 130;
const MARGIN = { left: 40, right: 6, top: 6, bottom: 20 };
const MAX_POINTS = 1500; // longer runs are drawn from every k-th epoch
const TRAIN_COLOR = FAINT;
const TEST_COLOR = INK;

class LossChart extends LitElement {
  static properties = {
    /** { loss: number[], valLoss: number[] }, one entry per epoch. */
    history: { attribute: false },
    width: { state: true },
  };

  static styles = [
    sharedStyles,
    css`
      :host {
        display: block;
      }
      .legend {
        display: flex;
        gap: 1rem;
        font-size: 0.8rem;
        color: var(--muted);
      }
      .swatch {
        display: inline-block;
        width: 1rem;
        height: 3px;
        vertical-align: middle;
        margin-right: 0.3rem;
      }
      canvas {
        display: block;
        width: 100%;
        height: ${HEIGHT}px;
      }
    `,
  ];

  #widthObserver = null;

  constructor() {
    super();
    this.width = 0;
  }

  render() {
    return html`
      <div class="legend" aria-hidden="true">
        <span><span class="swatch" style="background: ${TEST_COLOR}"></span>Test loss</span>
        <span><span class="swatch" style="background: ${TRAIN_COLOR}"></span>Training loss</span>
      </div>
      <canvas role="img" aria-label=${this.#description()}></canvas>
    `;
  }

  // The chart is drawn at the width the page laid it out at (no layout forced in the middle of rendering).
  firstUpdated() {
    this.#observe();
  }

  connectedCallback() {
    super.connectedCallback();
    if (this.hasUpdated) this.#observe();
  }

  disconnectedCallback() {
    super.disconnectedCallback();
    this.#widthObserver?.disconnect();
  }

  #observe() {
    this.#widthObserver?.disconnect();
    this.#widthObserver = observeWidth(this.renderRoot.querySelector('canvas'), (width) => (this.width = width));
  }

  updated() {
    if (this.width === 0) return;
    const { epochs, test, train } = this.#series();
    drawCurves(
      this.renderRoot.querySelector('canvas'),
      this.width,
      HEIGHT,
      [
        { xs: epochs, ys: test, color: TEST_COLOR },
        { xs: epochs, ys: train, color: TRAIN_COLOR },
      ],
      { margin: MARGIN, yTicks: 3 },
    );
  }

  #series() {
    const { loss = [], valLoss = [] } = this.history ?? {};
    const stride = Math.max(1, Math.ceil(loss.length / MAX_POINTS));
    const epochs = [];
    const test = [];
    const train = [];
    for (let i = 0; i < loss.length; i += stride) {
      epochs.push(i + 1);
      test.push(valLoss[i] ?? null);
      train.push(loss[i]);
    }
    return { epochs, test, train };
  }

  #description() {
    const { loss = [], valLoss = [] } = this.history ?? {};
    if (loss.length === 0) return 'Loss curve: no epochs trained yet.';
    const last = (values) => (values.length ? values.at(-1).toFixed(3) : 'none');
    return `Loss curve over ${loss.length} epochs; last training loss ${last(loss)}, last test loss ${last(valLoss)}.`;
  }
}

customElements.define('dp-loss-chart', LossChart);
