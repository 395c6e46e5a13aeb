// <dp-true-class-probabilities>: the negative-log-likelihood lesson's figure,
// drawn from its compute(dp) ({ run }: the nll run, whose data names the
// classes). Every training example is a dot on the curve −log p, at the
// probability p the net gives its true class: hollow before training,
// filled in its class's colour after. The loss is the mean height of the
// dots, drawn as a dashed level before and after; under the plot, the four
// ways of computing it on the trained weights, side by side.
import { html } from 'lit';
import { LessonWidget } from './lesson-widget.js';
import { widgetStyles } from './widget-styles.js';
import { runOf } from './run-view.js';
import {
  sizeCanvas,
  plotFrame,
  drawAxes,
  strokeFunction,
  seriesColor,
  FrameScheduler,
  FONT,
} from '../plots/plot-canvas.js';
import { ACCENT, FAINT, MUTED, PAPER_VEIL } from '../base/colors.js';
import { classNames } from '../../domain/datasets.js';
import { clipProbability, formatNumber } from '../../domain/widget-math.js';

const HEIGHT = 260;
const MARGIN = { left: 40, right: 12, top: 10, bottom: 34 };
const RADIUS = 4;

// −log p, with p clipped as the engine clips a probability given on its own.
const surprise = (p) => -Math.log(clipProbability(p));
// A loss as the lesson's text quotes it: 1.27, 0.31, 0.027.
const lossText = (v) => formatNumber(v, v >= 1 ? 3 : 2);
// How many examples the net gives at least this probability of their true class.
const SURE = 0.9;

class TrueClassProbabilities extends LessonWidget {
  static styles = widgetStyles;

  #draw = new FrameScheduler(() => this.#paint());

  get #computed() {
    return this.results?.compute ?? null;
  }

  // The class names the playground gives this run's data.
  get #names() {
    const run = runOf(this.lesson, this.config?.run);
    if (!run) return [];
    return classNames({ dataset: run.data.name, classes: run.spec.layers.at(-1).units });
  }

  render() {
    const computed = this.#computed;
    return html`
      <h3 class="title">Each training example on −log p of its true class</h3>
      <canvas role="img" aria-label=${this.#describe(computed)}></canvas>
      ${computed ? this.#legend(computed) : html`<p class="hint">Training the net…</p>`}
    `;
  }

  #legend({ before, after }) {
    return html`<ul class="legend">
        ${this.#names.map(
          (name, c) => html`<li><span class="swatch" style="background: ${seriesColor(c)}"></span>${name}</li>`,
        )}
        <li><span class="swatch" style="border: 1.5px solid ${FAINT}; border-radius: 50%"></span>before training</li>
      </ul>
      <p class="readout">
        mean p of the true class ${formatNumber(before.meanTrueProbability, 2)} →
        ${formatNumber(after.meanTrueProbability, 2)}; the loss, mean −log p, ${lossText(before.nll)} →
        ${lossText(after.nll)}; ${after.trueProbabilities.filter((p) => p >= SURE).length} of
        ${after.trueProbabilities.length} at p ≥ ${SURE} after training
      </p>
      <p class="readout muted">
        On the trained weights: nll ${formatNumber(after.nll, 6)}, sparse CCE ${formatNumber(after.sparse, 6)}, one-hot
        CCE ${formatNumber(after.categorical, 6)}, −mean log p by hand ${formatNumber(after.byHand, 6)}
      </p>`;
  }

  updated() {
    this.#draw.request();
  }

  #paint() {
    const canvas = this.renderRoot.querySelector('canvas');
    const computed = this.#computed;
    if (!canvas || !this.width) return;
    const ctx = sizeCanvas(canvas, this.width, HEIGHT);
    const probabilities = computed ? [...computed.before.trueProbabilities, ...computed.after.trueProbabilities] : [];
    const top = Math.max(2.5, ...probabilities.map(surprise)) * 1.08;
    const frame = plotFrame(this.width, HEIGHT, MARGIN, [0, 1], [0, top]);
    drawAxes(ctx, frame, { xLabel: 'probability of the true class', yLabel: '−log p', xTicks: 5, yTicks: 4 });
    strokeFunction(ctx, frame, (p) => surprise(Math.max(p, 1e-9)), { color: MUTED, width: 1.5 });
    if (!computed) return;
    const { before, after, trueClasses } = computed;
    ctx.lineWidth = 1.5;
    ctx.strokeStyle = FAINT;
    for (const p of before.trueProbabilities) {
      ctx.beginPath();
      ctx.arc(frame.x(p), frame.y(surprise(p)), RADIUS, 0, 2 * Math.PI);
      ctx.stroke();
    }
    ctx.globalAlpha = 0.75;
    after.trueProbabilities.forEach((p, i) => {
      ctx.fillStyle = seriesColor(trueClasses[i]);
      ctx.beginPath();
      ctx.arc(frame.x(p), frame.y(surprise(p)), RADIUS, 0, 2 * Math.PI);
      ctx.fill();
    });
    ctx.globalAlpha = 1;
    // Each label where no dot can be: before at the right (low p sits high), after at the left.
    this.#level(ctx, frame, before.nll, `loss before ${lossText(before.nll)}`, 'right');
    this.#level(ctx, frame, after.nll, `loss after ${lossText(after.nll)}`, 'left');
  }

  // A dashed level across the plot at the loss `value`, labelled at its `side` end.
  #level(ctx, frame, value, label, side) {
    const y = frame.y(value);
    ctx.strokeStyle = ACCENT;
    ctx.lineWidth = 1;
    ctx.setLineDash([5, 4]);
    ctx.beginPath();
    ctx.moveTo(frame.left, y);
    ctx.lineTo(frame.right, y);
    ctx.stroke();
    ctx.setLineDash([]);
    ctx.font = FONT;
    ctx.textAlign = 'left';
    ctx.textBaseline = 'bottom';
    const width = ctx.measureText(label).width;
    const x = side === 'left' ? frame.left + 7 : frame.right - 7 - width;
    ctx.fillStyle = PAPER_VEIL;
    ctx.fillRect(x - 3, y - 15, width + 6, 14);
    ctx.fillStyle = ACCENT;
    ctx.fillText(label, x, y - 2);
  }

  #describe(computed) {
    if (!computed) return 'The training examples on the curve −log p, not trained yet.';
    const { before, after } = computed;
    return `${after.trueProbabilities.length} training examples on the curve −log p. Before training the mean probability of the true class is ${formatNumber(before.meanTrueProbability, 2)} and the loss ${lossText(before.nll)}; after, ${formatNumber(after.meanTrueProbability, 2)} and ${lossText(after.nll)}.`;
  }
}

customElements.define('dp-true-class-probabilities', TrueClassProbabilities);
