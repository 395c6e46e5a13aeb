// <dp-softmax-bars>: the probability bars of a softmax output over k classes
// ({ classes: 3 }). Drag a bar (or use the arrow and Page keys on it, or type
// a probability) and the other classes share what is left in their old
// ratios, as if only that class's score had moved. Pick the true class and
// watch its negative log-likelihood -log p_true, on a curve that explodes as
// p_true → 0 and as a bar beside it.
import { html, css } from 'lit';
import { LessonWidget } from './lesson-widget.js';
import { widgetStyles } from './widget-styles.js';
import { softmax, setSoftmaxProbability, clipProbability, EPSILON, formatNumber } from '../../domain/widget-math.js';
import { sizeCanvas, plotFrame, drawAxes, strokeFunction, seriesColor, FONT } from '../plots/plot-canvas.js';
import { ACCENT, DANGER, MUTED, PAPER, LINE } from '../base/colors.js';
import '../tex/formula.js';
import { numberInput } from '../base/fields.js';

const HEIGHT = 180;
const BAR_COLUMN = 44; // the loss bar to the right of the curve
const MARGIN = { left: 34, right: 12 + BAR_COLUMN, top: 10, bottom: 30 };
const POINTER_LIMIT = 1e-4; // a pointer reaches p in [1e-4, 1 - 1e-4]; keys and typing go further
const LOG_STEP = 10 ** 0.25; // below 0.1 the arrow keys move by a quarter of a decade
const CLIP_LOSS = -Math.log(EPSILON);
const TEX = String.raw`L = -\log \hat y_c = -\log \frac{e^{z_c}}{\sum_k e^{z_k}}`;

// One arrow-key step for a probability: ±0.02 above 0.1, ×/÷ 10^¼ below.
function nudgeProbability(p, up) {
  if (up) return p >= 0.1 ? Math.min(p + 0.02, 0.999) : Math.min(p * LOG_STEP, 0.1);
  return p > 0.1 ? Math.max(p - 0.02, 0.1) : Math.max(p / LOG_STEP, 1e-9);
}

class SoftmaxBars extends LessonWidget {
  static properties = {
    scores: { state: true },
    trueClass: { state: true },
  };

  static styles = [
    widgetStyles,
    css`
      .rows {
        display: grid;
        grid-template-columns: auto minmax(0, 1fr);
        align-items: center;
        gap: 0.2rem 0.6rem;
        margin: 0.5rem 0;
      }
      .row {
        display: contents;
      }
      .row .check {
        margin: 0;
      }
      .track {
        position: relative;
        height: 1.9rem;
        background: var(--page);
        border: 1px solid var(--line);
        border-radius: 4px;
        cursor: ew-resize;
        touch-action: pan-y;
      }
      .track.true {
        border-color: var(--ink);
        border-width: 2px;
      }
      .fill {
        position: absolute;
        inset: 0 auto 0 0;
        border-radius: 3px 0 0 3px;
      }
      .meta {
        grid-column: 2;
        display: flex;
        flex-wrap: wrap;
        align-items: center;
        gap: 0.2rem 0.8rem;
        font-size: 0.8rem;
        color: var(--muted);
        margin-bottom: 0.4rem;
      }
      .meta input[type='number'] {
        width: 6rem;
        min-height: 1.7rem;
        padding: 0.1rem 0.3rem;
      }
      .loss {
        font-size: 1rem;
        margin: 0.4rem 0;
      }
      .loss strong {
        font-size: 1.15rem;
      }
    `,
  ];

  constructor() {
    super();
    this.scores = null;
    this.trueClass = 0;
  }

  willUpdate() {
    const k = Math.max(2, Math.min(10, Math.round(this.config?.classes ?? 3)));
    if (this.scores?.length !== k) {
      // A model that leans to class 0 but is not sure: p ≈ (0.6, 0.25, 0.15, ...).
      this.scores = Array.from({ length: k }, (_, j) => (j === 0 ? 1.4 : j === 1 ? 0.5 : 0));
      this.trueClass = Math.min(this.trueClass, k - 1);
    }
  }

  render() {
    const p = softmax(this.scores);
    const c = this.trueClass;
    const pTrue = p[c];
    const loss = -Math.log(clipProbability(pTrue));
    return html`
      <h3 class="title">Softmax output and −log p of the true class</h3>
      <dp-formula .tex=${TEX}></dp-formula>
      <p class="hint">
        Pick the true class with its round button. Drag a bar, or focus it and use the arrow keys (Page Down divides by
        10, Page Up multiplies by 10): the other classes share the rest in their old ratios, so the probabilities always
        sum to 1.
      </p>
      <div class="segmented" role="group" aria-label="Preset outputs">
        <button type="button" @click=${() => this.#preset('uniform')}>Unsure: 1/${p.length} each</button>
        <button type="button" @click=${() => this.#preset('right')}>Confident and right</button>
        <button type="button" @click=${() => this.#preset('wrong')}>Confident and wrong</button>
      </div>
      <div class="rows" role="group" aria-label="Classes: pick the true class and set each probability">
        ${p.map((pj, j) => this.#row(j, pj, j === c))}
      </div>
      <p class="readout">sum of the probabilities: ${p.reduce((s, v) => s + v, 0).toFixed(3)}</p>
      <p class="loss" aria-live="polite">
        True class ${c}: −log p = −log ${formatNumber(pTrue, 3)} =
        <strong class="readout">${formatNumber(loss, 4)}</strong>
        ${pTrue <= EPSILON ? html`<span class="danger">(p clipped to 1e-7: the most one example can cost)</span>` : ''}
      </p>
      <canvas
        role="img"
        aria-label=${`The curve −log p for p from 0 to 1, rising steeply as p approaches 0; the true class's point is at p = ${formatNumber(pTrue, 3)}, loss ${formatNumber(loss, 3)}. The bar on the right shows the loss.`}
      ></canvas>
    `;
  }

  #row(j, pj, isTrue) {
    // Numbered from 0, as the playground names classes.
    const name = `class ${j}`;
    return html`<div class="row">
      <label class="check">
        <input type="radio" name="true-class" .checked=${isTrue} @change=${() => (this.trueClass = j)} />
        ${isTrue ? html`<strong>${name}</strong>` : name}<span class="visually-hidden"> is the true class</span>
      </label>
      <div
        class="track ${isTrue ? 'true' : ''}"
        role="slider"
        tabindex="0"
        aria-label=${`Probability of ${name}${isTrue ? ', the true class' : ''}`}
        aria-valuemin="0"
        aria-valuemax="1"
        aria-valuenow=${pj}
        aria-valuetext=${formatNumber(pj, 3)}
        @pointerdown=${(e) => this.#dragStart(e, j)}
        @pointermove=${(e) => e.buttons && this.#drag(e, j)}
        @keydown=${(e) => this.#onKey(e, j, pj)}
      >
        <span class="fill" style="width: ${(100 * pj).toFixed(3)}%; background: ${seriesColor(j)}"></span>
      </div>
      <span class="meta">
        ${numberInput({
          label: `Probability of ${name}, typed`,
          min: 0,
          max: 1,
          value: formatNumber(pj, 3).replace('−', '-'),
          onChange: (q) => this.#set(j, Math.min(Math.max(q, 1e-9), 1 - 1e-9)),
        })}
        <span>score z = ${this.scores[j].toFixed(2)}</span>
      </span>
    </div>`;
  }

  #set(j, q) {
    const scores = [...this.scores];
    setSoftmaxProbability(scores, j, q);
    // Keep the scores centred so that they stay readable.
    const mean = scores.reduce((s, v) => s + v, 0) / scores.length;
    this.scores = scores.map((v) => v - mean);
  }

  #dragStart(event, j) {
    event.currentTarget.setPointerCapture?.(event.pointerId);
    event.currentTarget.focus();
    this.#drag(event, j);
  }

  #drag(event, j) {
    const box = event.currentTarget.getBoundingClientRect();
    const q = (event.clientX - box.left) / box.width;
    this.#set(j, Math.min(Math.max(q, POINTER_LIMIT), 1 - POINTER_LIMIT));
  }

  #onKey(event, j, pj) {
    const moves = {
      ArrowUp: () => nudgeProbability(pj, true),
      ArrowRight: () => nudgeProbability(pj, true),
      ArrowDown: () => nudgeProbability(pj, false),
      ArrowLeft: () => nudgeProbability(pj, false),
      PageUp: () => Math.min(pj * 10, 0.999),
      PageDown: () => Math.max(pj / 10, 1e-9),
      Home: () => 0.001,
      End: () => 0.999,
    };
    if (!moves[event.key]) return;
    event.preventDefault();
    this.#set(j, moves[event.key]());
  }

  #preset(kind) {
    const k = this.scores.length;
    const c = this.trueClass;
    if (kind === 'uniform') this.scores = new Array(k).fill(0);
    else {
      const favourite = kind === 'right' ? c : (c + 1) % k;
      this.scores = new Array(k).fill(0);
      this.#set(favourite, 0.98);
    }
  }

  updated() {
    const canvas = this.renderRoot.querySelector('canvas');
    if (!canvas || !this.width) return;
    const pTrue = softmax(this.scores)[this.trueClass];
    const loss = -Math.log(clipProbability(pTrue));
    const top = Math.min(CLIP_LOSS, Math.max(5, loss)) * 1.08;
    const ctx = sizeCanvas(canvas, this.width, HEIGHT);
    const frame = plotFrame(this.width, HEIGHT, MARGIN, [0, 1], [0, top]);
    drawAxes(ctx, frame, { xLabel: 'probability of the true class', yTicks: 4, xTicks: 5 });
    strokeFunction(ctx, frame, (q) => -Math.log(clipProbability(Math.max(q, 1e-9))), { color: ACCENT, width: 2 });
    // The current point, with a drop line to the p axis.
    const px = frame.x(pTrue);
    const py = frame.y(loss);
    ctx.strokeStyle = seriesColor(this.trueClass);
    ctx.setLineDash([3, 3]);
    ctx.beginPath();
    ctx.moveTo(px, frame.bottom);
    ctx.lineTo(px, py);
    ctx.lineTo(frame.right, py);
    ctx.stroke();
    ctx.setLineDash([]);
    ctx.fillStyle = seriesColor(this.trueClass);
    ctx.strokeStyle = PAPER;
    ctx.lineWidth = 1.5;
    ctx.beginPath();
    ctx.arc(px, py, 5, 0, 2 * Math.PI);
    ctx.fill();
    ctx.stroke();
    // The loss as a bar on the same scale.
    const barLeft = frame.right + 14;
    const barWidth = BAR_COLUMN - 16;
    ctx.fillStyle = loss > 4.6 ? DANGER : ACCENT; // -log 0.01 = 4.6
    ctx.fillRect(barLeft, py, barWidth, frame.bottom - py);
    ctx.strokeStyle = LINE;
    ctx.strokeRect(barLeft + 0.5, frame.top + 0.5, barWidth - 1, frame.height - 1);
    ctx.fillStyle = MUTED;
    ctx.font = FONT;
    ctx.textAlign = 'center';
    ctx.textBaseline = 'top';
    ctx.fillText('loss', barLeft + barWidth / 2, frame.bottom + 4);
  }
}

customElements.define('dp-softmax-bars', SoftmaxBars);
