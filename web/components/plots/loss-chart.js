// <dp-loss-chart>: training and test loss per epoch (uPlot), like
// TensorFlow Playground's small curve above the output.
import { LitElement, html, css, unsafeCSS } from 'lit';
import uPlot from 'uplot';
import uPlotStyles from 'uplot/dist/uPlot.min.css?inline';
import { sharedStyles } from '../base/shared-styles.js';

const HEIGHT = 130;
const MAX_POINTS = 1500; // longer runs are drawn from every k-th epoch
const TRAIN_COLOR = '#8a9199';
const TEST_COLOR = '#1f2328';

class LossChart extends LitElement {
  static properties = {
    /** { loss: number[], valLoss: number[] }, one entry per epoch. */
    history: { attribute: false },
  };

  static styles = [
    sharedStyles,
    unsafeCSS(uPlotStyles),
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
      .chart {
        min-height: ${HEIGHT}px;
      }
    `,
  ];

  #plot = null;
  // The plot is made at its first size, once the page has laid the chart out
  // (no layout forced in the middle of rendering), and follows later sizes.
  #resizeObserver = new ResizeObserver(([entry]) => {
    const width = Math.floor(entry.contentRect.width);
    if (width === 0) return;
    if (this.#plot) this.#plot.setSize({ width, height: HEIGHT });
    else this.#plot = this.#makePlot(entry.target, width);
  });

  render() {
    return html`
      <div class="legend" aria-hidden="true">
        <span><span class="swatch" style="background: ${TEST_COLOR}"></span>Test loss</span>
        <span><span class="swatch" style="background: ${TRAIN_COLOR}"></span>Training loss</span>
      </div>
      <div class="chart" role="img" aria-label=${this.#description()}></div>
    `;
  }

  firstUpdated() {
    this.#resizeObserver.observe(this.renderRoot.querySelector('.chart'));
  }

  updated(changed) {
    if (changed.has('history') && this.#plot) this.#plot.setData(this.#series());
  }

  #makePlot(container, width) {
    return new uPlot(
      {
        width,
        height: HEIGHT,
        legend: { show: false },
        cursor: { show: false },
        scales: { x: { time: false }, y: { range: (plot, min, max) => [0, max > 0 ? max * 1.05 : 1] } },
        axes: [
          { stroke: '#5b6168', grid: { stroke: '#eceff1' }, ticks: { show: false }, size: 28 },
          { stroke: '#5b6168', grid: { stroke: '#eceff1' }, ticks: { show: false }, size: 40 },
        ],
        series: [{}, { stroke: TEST_COLOR, width: 2 }, { stroke: TRAIN_COLOR, width: 2 }],
      },
      this.#series(),
      container,
    );
  }

  connectedCallback() {
    super.connectedCallback();
    // Back in the page after a removal: a new plot at the new size.
    if (this.hasUpdated) this.#resizeObserver.observe(this.renderRoot.querySelector('.chart'));
  }

  disconnectedCallback() {
    super.disconnectedCallback();
    this.#resizeObserver.disconnect();
    this.#plot?.destroy();
    this.#plot = null;
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
    return [epochs, test, train];
  }

  #description() {
    const { loss = [], valLoss = [] } = this.history ?? {};
    if (loss.length === 0) return 'Loss curve: no epochs trained yet.';
    const last = (values) => (values.length ? values.at(-1).toFixed(3) : 'none');
    return `Loss curve over ${loss.length} epochs; last training loss ${last(loss)}, last test loss ${last(valLoss)}.`;
  }
}

customElements.define('dp-loss-chart', LossChart);
