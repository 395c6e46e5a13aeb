// <dp-weight-histogram>: a histogram of every kernel weight of each run
// ({ runs: [label, ...], nearZero = 0.01 }), on shared bins, with the share of
// weights whose |w| < nearZero — the count the regularization claim test
// uses — and the weight norm √Σw². Biases are left out: penalties act on
// kernels only.
import { html, css } from 'lit';
import { LessonWidget } from './lesson-widget.js';
import { widgetStyles } from './widget-styles.js';
import { sizeCanvas, plotFrame, drawAxes, seriesColor, FrameScheduler } from '../plots/plot-canvas.js';
import { formatNumber } from '../../domain/widget-math.js';
import { percent, runView } from './run-view.js';
import { cssColor, CLASS_COLORS } from '../base/colors.js';

const HEIGHT = 150;
const BINS = 41;
const MARGIN = { left: 40, right: 8, top: 8, bottom: 30 };
const NEAR_ZERO_FILL = cssColor(CLASS_COLORS[0], 0.18);

/** Every kernel weight of a run (getWeights() is kernel, bias per dense layer). */
export function kernelWeights(weights) {
  return weights.filter((_, i) => i % 2 === 0).flatMap((kernel) => Array.from(kernel));
}

/** { count, nearZero (share with |w| < threshold), norm } of a list of weights. */
export function weightStats(values, threshold) {
  let near = 0;
  let squares = 0;
  for (const v of values) {
    if (Math.abs(v) < threshold) near += 1;
    squares += v * v;
  }
  return { count: values.length, nearZero: values.length ? near / values.length : 0, norm: Math.sqrt(squares) };
}

class WeightHistogram extends LessonWidget {
  static styles = [
    widgetStyles,
    css`
      .grid {
        display: grid;
        grid-template-columns: repeat(auto-fill, minmax(min(100%, 12rem), 1fr));
        gap: 0.8rem 1rem;
      }
      figure {
        margin: 0;
        min-width: 0;
      }
      figcaption {
        font-size: 0.85rem;
      }
      /* A phone: two histograms a row, so the four compare at a glance and the knobs stay near. */
      @container (max-width: 30rem) {
        .grid {
          grid-template-columns: repeat(2, minmax(0, 1fr));
          gap: 0.6rem 0.5rem;
        }
        figcaption {
          font-size: 0.75rem;
        }
      }
    `,
  ];

  #draw = new FrameScheduler(() => this.#paint());

  get #threshold() {
    return this.config?.nearZero ?? 0.01;
  }

  render() {
    const labels = this.config?.runs ?? [];
    const threshold = this.#threshold;
    const done = labels.some((label) => this.results?.[label]);
    return html`
      <h3 class="title">Kernel weights after training</h3>
      <p class="hint">
        How many weights have each value. The shaded band is |w| < ${threshold}: weights that are practically zero.
        ${done ? '' : 'Run the experiment to fill the histograms.'}
      </p>
      <div class="grid">
        ${labels.map((label, i) => {
          const stats = this.#stats(label);
          return html`<figure>
            <figcaption>
              <span class="swatch" style="background: ${seriesColor(i)}"></span><strong>${label}</strong>
            </figcaption>
            <canvas
              data-label=${label}
              role="img"
              aria-label=${stats ? `${label}: ${stats.count} kernel weights, ${percent(stats.nearZero)} with |w| < ${threshold}, norm ${formatNumber(stats.norm)}` : `${label}: not trained yet`}
            ></canvas>
            <figcaption class="readout">
              ${stats ? `${percent(stats.nearZero)} of ${stats.count} with |w| < ${threshold} · norm ${formatNumber(stats.norm)}` : '—'}
            </figcaption>
          </figure>`;
        })}
      </div>
    `;
  }

  updated() {
    this.#draw.request();
  }

  #weights(label) {
    const view = runView(this.results, null, label);
    return view.weights ? kernelWeights(view.weights) : null;
  }

  #stats(label) {
    const values = this.#weights(label);
    return values ? weightStats(values, this.#threshold) : null;
  }

  #paint() {
    if (!this.width) return;
    const labels = this.config?.runs ?? [];
    const all = labels.map((label) => this.#weights(label));
    // Shared bins over the range that holds 99% of all weights, so one outlier does not squash the rest.
    const magnitudes = all
      .flatMap((values) => values ?? [])
      .map(Math.abs)
      .sort((a, b) => a - b);
    const extent = Math.max(0.05, magnitudes.length ? magnitudes[Math.floor(0.99 * (magnitudes.length - 1))] : 1);
    const binWidth = (2 * extent) / BINS;
    const canvases = this.renderRoot.querySelectorAll('canvas');
    canvases.forEach((canvas, i) => {
      const width = canvas.getBoundingClientRect().width || 200;
      const ctx = sizeCanvas(canvas, width, HEIGHT);
      const values = all[i];
      const counts = new Array(BINS).fill(0);
      for (const v of values ?? []) counts[Math.min(BINS - 1, Math.max(0, Math.floor((v + extent) / binWidth)))] += 1;
      const share = counts.map((c) => (values?.length ? c / values.length : 0));
      const frame = plotFrame(width, HEIGHT, MARGIN, [-extent, extent], [0, Math.max(0.05, ...share) * 1.05]);
      const threshold = this.#threshold;
      ctx.fillStyle = NEAR_ZERO_FILL;
      ctx.fillRect(frame.x(-threshold), frame.top, Math.max(2, frame.x(threshold) - frame.x(-threshold)), frame.height);
      drawAxes(ctx, frame, { xTicks: 4, yTicks: 3, formatY: (v) => `${Math.round(v * 100)}%` });
      ctx.fillStyle = seriesColor(i);
      share.forEach((s, b) => {
        if (s === 0) return;
        const x0 = frame.x(-extent + b * binWidth);
        const x1 = frame.x(-extent + (b + 1) * binWidth);
        const top = frame.y(s);
        ctx.fillRect(x0 + 0.5, top, Math.max(1, x1 - x0 - 1), frame.bottom - top);
      });
    });
  }
}

customElements.define('dp-weight-histogram', WeightHistogram);
