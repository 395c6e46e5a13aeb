// <dp-line-fit>: the loss-functions lesson's figure, drawn from its compute(dp)
// ({ }: it reads results.compute.points and .line). Points on a line, one
// of them moved up (the outlier, ringed), the line that minimizes mean
// squared error on them and the one that minimizes mean absolute error, and
// the line the points came from, dashed. Under it, each fit's slope and
// intercept and how far the outlier moved its predictions.
import { html, css } from 'lit';
import { LessonWidget } from './lesson-widget.js';
import { widgetStyles } from './widget-styles.js';
import { sizeCanvas, plotFrame, drawAxes, strokeFunction, seriesColor, FrameScheduler } from '../plots/plot-canvas.js';
import { DANGER, INK, MUTED, PAPER } from '../base/colors.js';

const HEIGHT = 260;
const MARGIN = { left: 40, right: 12, top: 10, bottom: 34 };
const FITS = [
  { loss: 'mse', name: 'MSE' },
  { loss: 'mae', name: 'MAE' },
];
// The line through the first and last points before the outlier moved: the one they all came from.
function sourceLine({ x, clean }) {
  const w = (clean.at(-1) - clean[0]) / (x.at(-1) - x[0]);
  return (v) => clean[0] + w * (v - x[0]);
}

// Two decimals with a true minus sign, and no −0.00.
const fixed = (v) => (Math.round(v * 100) / 100 || 0).toFixed(2).replace('-', '−');

class LineFit extends LessonWidget {
  static styles = [
    widgetStyles,
    css`
      .legend {
        flex-direction: column;
      }
    `,
  ];

  #draw = new FrameScheduler(() => this.#paint());

  get #computed() {
    return this.results?.compute ?? null;
  }

  render() {
    const computed = this.#computed;
    return html`
      <h3 class="title">One outlier, two losses: the fitted lines</h3>
      <canvas role="img" aria-label=${this.#describe(computed)}></canvas>
      ${computed ? this.#legend(computed) : html`<p class="hint">Fitting the lines…</p>`}
    `;
  }

  #legend({ line, points }) {
    const outlierY = points.withOutlier[points.outlier];
    return html`<ul class="legend">
      ${FITS.map(
        ({ loss, name }, i) =>
          html`<li>
            <span class="swatch line" style="background: ${seriesColor(i)}"></span>${name} fit:
            <span class="readout"
              >slope ${fixed(line[loss].withOutlier.w)}, intercept ${fixed(line[loss].withOutlier.b)}</span
            >
            <span class="muted">— the outlier moved its predictions ${fixed(line[loss].shift)} on average</span>
          </li>`,
      )}
      <li>
        <span class="swatch line" style="background: ${MUTED}"></span>the line the points came from; the outlier
        (ringed) sits at (${fixed(points.x[points.outlier])}, ${fixed(outlierY)})
      </li>
    </ul>`;
  }

  updated() {
    this.#draw.request();
  }

  #paint() {
    const canvas = this.renderRoot.querySelector('canvas');
    const computed = this.#computed;
    if (!canvas || !this.width) return;
    const ctx = sizeCanvas(canvas, this.width, HEIGHT);
    const ys = computed ? computed.points.withOutlier : [];
    const top = Math.max(1, ...ys) + 0.3;
    const bottom = Math.min(-1, ...ys) - 0.3;
    const frame = plotFrame(this.width, HEIGHT, MARGIN, [-1.1, 1.1], [bottom, top]);
    drawAxes(ctx, frame, { xLabel: 'x', yLabel: 'y', xTicks: 5, yTicks: 5 });
    if (!computed) return;
    const { points, line } = computed;
    strokeFunction(ctx, frame, sourceLine(points), { color: MUTED, width: 1.5, dash: [5, 4] });
    FITS.forEach(({ loss }, i) => {
      const { w, b } = line[loss].withOutlier;
      strokeFunction(ctx, frame, (x) => w * x + b, { color: seriesColor(i), width: 2.5 });
    });
    ctx.lineWidth = 1.5;
    points.x.forEach((x, i) => {
      const px = frame.x(x);
      const py = frame.y(points.withOutlier[i]);
      ctx.fillStyle = INK;
      ctx.strokeStyle = PAPER;
      ctx.beginPath();
      ctx.arc(px, py, 4, 0, 2 * Math.PI);
      ctx.fill();
      ctx.stroke();
      if (i !== points.outlier) return;
      ctx.strokeStyle = DANGER;
      ctx.beginPath();
      ctx.arc(px, py, 8, 0, 2 * Math.PI);
      ctx.stroke();
    });
  }

  #describe(computed) {
    if (!computed) return 'The fitted lines, not computed yet.';
    const { points, line } = computed;
    const fits = FITS.map(
      ({ loss, name }) =>
        `${name} line: slope ${fixed(line[loss].withOutlier.w)}, intercept ${fixed(line[loss].withOutlier.b)}`,
    );
    return `${points.x.length} points on a line, one moved up to (${fixed(points.x[points.outlier])}, ${fixed(points.withOutlier[points.outlier])}). ${fits.join('; ')}.`;
  }
}

customElements.define('dp-line-fit', LineFit);
