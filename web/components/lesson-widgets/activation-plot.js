// web/components/lesson-widgets/ — the widgets a lesson places on its page, their
// types (widget-types.js) and the registry that maps each type to its element.
//
// <dp-activation-plot>: an activation's curve and derivative on [-5, 5]
// ({ activations: ['relu', 'sigmoid', 'tanh', 'linear', 'softmax', ...] }),
// computed with the engine's formulas (widget-math.js), with the saturated
// ends of sigmoid and tanh shaded. Softmax, which works on a whole row of
// scores, is shown as three score sliders turned into probability bars.
import { html, css, nothing } from 'lit';
import { LessonWidget } from './lesson-widget.js';
import { widgetStyles } from './widget-styles.js';
import { ACTIVATIONS, softmax, formatNumber } from '../../domain/widget-math.js';
import { sizeCanvas, plotFrame, drawAxes, strokeFunction, drawCursorLine, seriesColor } from '../plots/plot-canvas.js';
import { MUTED, PAPER, SHADE } from '../base/colors.js';
import '../tex/formula.js';
import { rangeInput } from '../base/fields.js';

const HEIGHT = 240;
const MARGIN = { left: 40, right: 14, top: 10, bottom: 34 };
const Z_RANGE = [-5, 5];
const SATURATED = 0.05; // a slope below this counts as saturated
const VALUE_COLOR = seriesColor(1);
const SLOPE_COLOR = seriesColor(0);
const ALL = ['relu', 'sigmoid', 'tanh', 'linear', 'leaky_relu', 'elu', 'gelu', 'softmax'];
const SHOWS_SATURATION = new Set(['sigmoid', 'tanh']);

const NAMES = {
  relu: 'ReLU',
  sigmoid: 'sigmoid',
  tanh: 'tanh',
  linear: 'linear',
  leaky_relu: 'leaky ReLU',
  elu: 'ELU',
  gelu: 'GELU',
  softmax: 'softmax',
};

// Each activation's formula and its derivative's, set apart so they can wrap on a phone.
const TEX = {
  relu: [String.raw`f(z) = \max(0, z)`, String.raw`f'(z) = \begin{cases} 1 & z > 0 \\ 0 & z \le 0 \end{cases}`],
  sigmoid: [String.raw`\sigma(z) = \frac{1}{1 + e^{-z}}`, String.raw`\sigma'(z) = \sigma(z)\,\big(1 - \sigma(z)\big)`],
  tanh: [String.raw`\tanh z = \frac{e^{z} - e^{-z}}{e^{z} + e^{-z}}`, String.raw`\tanh'(z) = 1 - \tanh^2 z`],
  linear: [String.raw`f(z) = z`, String.raw`f'(z) = 1`],
  leaky_relu: [
    String.raw`f(z) = \begin{cases} z & z > 0 \\ 0.2\,z & z \le 0 \end{cases}`,
    String.raw`f'(z) = \begin{cases} 1 & z > 0 \\ 0.2 & z \le 0 \end{cases}`,
  ],
  elu: [
    String.raw`f(z) = \begin{cases} z & z > 0 \\ e^{z} - 1 & z \le 0 \end{cases}`,
    String.raw`f'(z) = \begin{cases} 1 & z > 0 \\ e^{z} & z \le 0 \end{cases}`,
  ],
  gelu: [
    String.raw`f(z) = z\,\Phi(z) = \tfrac{z}{2}\Big(1 + \operatorname{erf}\tfrac{z}{\sqrt 2}\Big)`,
    String.raw`f'(z) = \Phi(z) + z\,\varphi(z)`,
  ],
  softmax: [String.raw`p_j = \frac{e^{z_j}}{\sum_k e^{z_k}}`, String.raw`\sum_j p_j = 1`],
};

class ActivationPlot extends LessonWidget {
  static properties = {
    selected: { state: true },
    z: { state: true },
    scores: { state: true },
  };

  static styles = [
    widgetStyles,
    css`
      canvas {
        touch-action: pan-y;
        cursor: crosshair;
      }
      .formulas {
        display: flex;
        flex-wrap: wrap;
        justify-content: center;
        column-gap: 2.5rem;
        font-size: 0.95rem;
      }
      .classes {
        display: grid;
        grid-template-columns: auto minmax(5rem, 1fr) minmax(6.5rem, 1.5fr);
        align-items: center;
        gap: 0.4rem 0.8rem;
        margin: 0.5rem 0;
      }
      .bar {
        position: relative;
        height: 1.4rem;
        background: var(--page);
        border: 1px solid var(--line);
        border-radius: 3px;
        overflow: hidden;
      }
      .bar > span {
        position: absolute;
        inset: 0 auto 0 0;
        background: var(--bar);
      }
      .bar > b {
        position: relative;
        padding-left: 0.35rem;
        font: 600 0.8rem/1.4rem var(--mono);
      }
      .stack {
        display: flex;
        height: 1.2rem;
        border-radius: 3px;
        overflow: hidden;
        border: 1px solid var(--line);
      }
    `,
  ];

  constructor() {
    super();
    this.z = 1;
    this.scores = [2, 1, 0.1];
    this.selected = null;
  }

  get #choices() {
    const listed = this.config?.activations ?? ALL;
    return listed.filter((name) => name === 'softmax' || ACTIVATIONS[name]);
  }

  get #current() {
    const choices = this.#choices;
    return choices.includes(this.selected) ? this.selected : choices[0];
  }

  render() {
    const current = this.#current;
    return html`
      <h3 class="title">Activation functions</h3>
      <div class="segmented" role="group" aria-label="Activation function">
        ${this.#choices.map(
          (name) =>
            html`<button type="button" aria-pressed=${String(name === current)} @click=${() => (this.selected = name)}>
              ${NAMES[name] ?? name}
            </button>`,
        )}
      </div>
      <div class="formulas">${(TEX[current] ?? []).map((tex) => html`<dp-formula .tex=${tex}></dp-formula>`)}</div>
      ${current === 'softmax' ? this.#softmax() : this.#curve(current)}
    `;
  }

  #curve(name) {
    const { value, derivative } = ACTIVATIONS[name];
    const z = this.z;
    return html`
      <ul class="legend" aria-hidden="true">
        <li><span class="swatch line" style="background: ${VALUE_COLOR}"></span>f(z), the activation</li>
        <li><span class="swatch line" style="background: ${SLOPE_COLOR}"></span>f′(z), its derivative (dashed)</li>
        ${
          SHOWS_SATURATION.has(name)
            ? html`<li><span class="swatch" style="background: ${SHADE}"></span>saturated: f′(z) &lt; ${SATURATED}</li>`
            : nothing
        }
      </ul>
      <canvas
        role="img"
        aria-label=${this.#description(name)}
        @pointerdown=${this.#onPointer}
        @pointermove=${(e) => e.buttons && this.#onPointer(e)}
      ></canvas>
      <div class="slider">
        <label for="z">Input z</label>
        ${rangeInput({ id: 'z', min: Z_RANGE[0], max: Z_RANGE[1], step: 0.1, value: z, valueText: `z = ${z}`, onInput: (value) => (this.z = value) })}
        <span class="readout">z = ${z.toFixed(1)}</span>
      </div>
      <p class="readout" aria-live="polite">
        f(${z.toFixed(1)}) = ${formatNumber(value(z), 4)}, f′(${z.toFixed(1)}) = ${formatNumber(derivative(z), 4)}
        ${
          SHOWS_SATURATION.has(name) && derivative(z) < SATURATED
            ? html`<span class="danger">— saturated: almost no gradient flows back</span>`
            : nothing
        }
      </p>
    `;
  }

  #softmax() {
    const p = softmax(this.scores);
    const sum = p.reduce((s, v) => s + v, 0);
    return html`
      <p class="hint">Drag the scores z; softmax turns them into probabilities that are all positive and sum to 1.</p>
      <div class="classes">
        ${this.scores.map(
          (score, j) => html`
            <span>class ${j + 1}<br /><span class="readout muted">z = ${score.toFixed(1)}</span></span>
            ${rangeInput({
              label: `Score z of class ${j + 1}`,
              min: -5,
              max: 5,
              step: 0.1,
              value: score,
              valueText: `${score.toFixed(1)}, probability ${p[j].toFixed(3)}`,
              onInput: (value) => this.#setScore(j, value),
            })}
            <div class="bar" style="--bar: ${seriesColor(j)}">
              <span style="width: ${(100 * p[j]).toFixed(2)}%; opacity: 0.55"></span>
              <b class="readout">p = ${p[j].toFixed(3)}</b>
            </div>
          `,
        )}
      </div>
      <div class="stack" aria-hidden="true">
        ${p.map((v, j) => html`<span style="width: ${(100 * v).toFixed(2)}%; background: ${seriesColor(j)}"></span>`)}
      </div>
      <p class="readout">p₁ + p₂ + p₃ = ${sum.toFixed(3)}</p>
    `;
  }

  #setScore(j, value) {
    const scores = [...this.scores];
    scores[j] = value;
    this.scores = scores;
  }

  updated() {
    const canvas = this.renderRoot.querySelector('canvas');
    const name = this.#current;
    if (!canvas || !this.width || !ACTIVATIONS[name]) return;
    const { value, derivative } = ACTIVATIONS[name];
    // The y range: both curves on [-5, 5], with 0 and 1 always in view.
    let lo = 0;
    let hi = 1;
    for (let z = Z_RANGE[0]; z <= Z_RANGE[1]; z += 0.05) {
      lo = Math.min(lo, value(z), derivative(z));
      hi = Math.max(hi, value(z), derivative(z));
    }
    const pad = 0.08 * (hi - lo);
    const ctx = sizeCanvas(canvas, this.width, HEIGHT);
    const frame = plotFrame(this.width, HEIGHT, MARGIN, Z_RANGE, [lo - pad, hi + pad]);
    this.#frame = frame;
    if (SHOWS_SATURATION.has(name)) this.#shadeSaturation(ctx, frame, derivative);
    drawAxes(ctx, frame, { xLabel: 'z', xTicks: 10 });
    strokeFunction(ctx, frame, derivative, { color: SLOPE_COLOR, width: 2, dash: [6, 4] });
    strokeFunction(ctx, frame, value, { color: VALUE_COLOR, width: 2.5 });
    // The cursor.
    const px = frame.x(this.z);
    drawCursorLine(ctx, frame, px);
    for (const [f, color] of [
      [derivative, SLOPE_COLOR],
      [value, VALUE_COLOR],
    ]) {
      ctx.fillStyle = color;
      ctx.strokeStyle = PAPER;
      ctx.lineWidth = 1.5;
      ctx.beginPath();
      ctx.arc(px, frame.y(f(this.z)), 4.5, 0, 2 * Math.PI);
      ctx.fill();
      ctx.stroke();
    }
  }

  #frame = null;

  // Shades the z ranges where the derivative is below SATURATED; the label
  // goes where the curves are not: high on the left, low on the right.
  #shadeSaturation(ctx, frame, derivative) {
    const ranges = [];
    let start = null;
    for (let px = frame.left; px <= frame.right + 1; px++) {
      const flat = px <= frame.right && derivative(frame.x.invert(px)) < SATURATED;
      if (flat && start === null) start = px;
      if (!flat && start !== null) {
        ranges.push([start, px]);
        start = null;
      }
    }
    ctx.fillStyle = SHADE;
    for (const [a, b] of ranges) ctx.fillRect(a, frame.top, b - a, frame.height);
    ctx.fillStyle = MUTED;
    ctx.font = '11px system-ui, sans-serif';
    ctx.textAlign = 'center';
    ctx.textBaseline = 'middle';
    for (const [a, b] of ranges) {
      const left = (a + b) / 2 < (frame.left + frame.right) / 2;
      if (b - a > 56) ctx.fillText('saturated', (a + b) / 2, frame.top + frame.height * (left ? 0.12 : 0.75));
    }
  }

  #onPointer(event) {
    if (!this.#frame) return;
    const z = this.#frame.x.invert(event.offsetX);
    this.z = Math.round(Math.min(Math.max(z, Z_RANGE[0]), Z_RANGE[1]) * 10) / 10;
  }

  #description(name) {
    const { value, derivative } = ACTIVATIONS[name];
    const at = (z) => `f(${z}) = ${formatNumber(value(z), 3)}, slope ${formatNumber(derivative(z), 3)}`;
    const saturation = SHOWS_SATURATION.has(name)
      ? ' The shaded ends are saturated: the slope there is below 0.05.'
      : '';
    return `Plot of ${NAMES[name]} and its derivative for z from −5 to 5: ${at(-5)}; ${at(0)}; ${at(5)}.${saturation}`;
  }
}

customElements.define('dp-activation-plot', ActivationPlot);
