// <dp-loss-explorer>: drag a prediction and a label and read every listed
// loss's value and gradient live ({ losses: ['binary_crossentropy', 'mse', ...] }).
// A probability p in (0, 1) against a label 0 or 1 — the categorical losses
// read p as the two-class row (1 − p, p) — or, for mse and mae, a regression
// value against a real target. Each loss has a small plot of L over the
// prediction with the current point and its slope dL/dp. The math, with
// Keras's 1e-7 clipping, is widget-math.js's.
import { html, nothing } from 'lit';
import { LessonWidget } from './lesson-widget.js';
import { widgetStyles } from './widget-styles.js';
import { lossExplorerStyles } from './loss-explorer-styles.js';
import {
  BINARY_LOSSES,
  EPSILON,
  twoClassCrossentropy,
  formatNumber,
  probabilityFromLogit,
  logitFromProbability,
} from '../../domain/widget-math.js';
import {
  sizeCanvas,
  plotFrame,
  drawAxes,
  drawCursorLine,
  strokeFunction,
  seriesColor,
  FONT,
} from '../plots/plot-canvas.js';
import { ACCENT, MUTED, PAPER } from '../base/colors.js';
import '../tex/formula.js';
import { numberInput, rangeInput } from '../base/fields.js';

const PLOT_HEIGHT = 130;
const MARGIN = { left: 34, right: 8, top: 8, bottom: 30 };
const LOGIT_LIMIT = 18; // the slider reaches p = 1.5e-8, below the clip
const REGRESSION_RANGE = [-4, 4];
const P_MIN = 1e-9;
const SLOPE_COLOR = seriesColor(0);
const CROSS_ENTROPIES = new Set([
  'binary_crossentropy',
  'categorical_crossentropy',
  'sparse_categorical_crossentropy',
  'nll',
]);

// The categorical losses read p as the row (1 - p, p): their slope in p
// depends on which entry is the true one.
const twoClassSlope = (y) =>
  y === 1
    ? String.raw`\frac{\partial L}{\partial p} = -\frac{1}{p}`
    : String.raw`\frac{\partial L}{\partial p} = \frac{1}{1-p}`;

// Each loss: its title, its formula and slope (functions of the label y, a
// pair so that they can wrap on a phone), and { value, gradient } at (p, y).
const LOSSES = {
  binary_crossentropy: {
    title: 'Binary cross-entropy',
    tex: () => [
      String.raw`L = -\big[y \log p + (1-y)\log(1-p)\big]`,
      String.raw`\frac{\partial L}{\partial p} = \frac{p - y}{p\,(1-p)}`,
    ],
    score: BINARY_LOSSES.binary_crossentropy,
    note: () => 'label y: 0 or 1',
  },
  categorical_crossentropy: {
    title: 'Categorical cross-entropy (one-hot)',
    tex: (y) => [String.raw`L = -\sum_j y_j \log \hat y_j, \quad \hat y = (1-p,\ p)`, twoClassSlope(y)],
    score: (p, y) => twoClassCrossentropy(p, y),
    note: (y) => `label one-hot: (${1 - y}, ${y})`,
  },
  sparse_categorical_crossentropy: {
    title: 'Sparse categorical cross-entropy',
    tex: (y) => [String.raw`L = -\log \hat y_c, \quad \hat y = (1-p,\ p)`, twoClassSlope(y)],
    score: (p, y) => twoClassCrossentropy(p, y, true),
    note: (y) => `label as a class index: c = ${y}`,
  },
  nll: {
    title: 'Negative log-likelihood',
    tex: (y) => [String.raw`L = -\log \hat y_c, \quad \hat y = (1-p,\ p)`, twoClassSlope(y)],
    score: (p, y) => twoClassCrossentropy(p, y, true),
    note: (y) => `label as a class index: c = ${y}`,
  },
  mse: {
    title: 'Mean squared error',
    tex: () => [String.raw`L = (p - y)^2`, String.raw`\frac{\partial L}{\partial p} = 2\,(p - y)`],
    regressionTex: [String.raw`L = (\hat y - y)^2`, String.raw`\frac{\partial L}{\partial \hat y} = 2\,(\hat y - y)`],
    score: BINARY_LOSSES.mse,
    note: () => 'any label',
  },
  mae: {
    title: 'Mean absolute error',
    tex: () => [String.raw`L = |p - y|`, String.raw`\frac{\partial L}{\partial p} = \operatorname{sign}(p - y)`],
    regressionTex: [
      String.raw`L = |\hat y - y|`,
      String.raw`\frac{\partial L}{\partial \hat y} = \operatorname{sign}(\hat y - y)`,
    ],
    score: BINARY_LOSSES.mae,
    note: () => 'any label',
  },
};

class LossExplorer extends LessonWidget {
  static properties = {
    mode: { state: true },
    p: { state: true },
    label: { state: true },
    prediction: { state: true },
    target: { state: true },
  };

  static styles = [widgetStyles, lossExplorerStyles];

  constructor() {
    super();
    this.mode = 'probability';
    this.p = 0.7;
    this.label = 1;
    this.prediction = 1.5;
    this.target = 0.5;
  }

  get #losses() {
    return (this.config?.losses ?? ['binary_crossentropy', 'mse', 'mae']).filter((name) => LOSSES[name]);
  }

  get #shown() {
    const losses = this.#losses;
    return this.mode === 'regression' ? losses.filter((name) => !CROSS_ENTROPIES.has(name)) : losses;
  }

  get #hasRegression() {
    return this.#losses.some((name) => !CROSS_ENTROPIES.has(name));
  }

  // The current prediction and label, whichever the mode.
  get #point() {
    return this.mode === 'regression' ? [this.prediction, this.target] : [this.p, this.label];
  }

  render() {
    const regression = this.mode === 'regression';
    return html`
      <h3 class="title">Loss explorer</h3>
      ${
        this.#hasRegression
          ? html`<div class="segmented" role="group" aria-label="Kind of prediction">
              <button type="button" aria-pressed=${String(!regression)} @click=${() => (this.mode = 'probability')}>
                A probability (classification)
              </button>
              <button type="button" aria-pressed=${String(regression)} @click=${() => (this.mode = 'regression')}>
                A value (regression)
              </button>
            </div>`
          : nothing
      }
      <div class="controls">${regression ? this.#regressionControls() : this.#probabilityControls()}</div>
      <p class="hint">Drag on any plot to move the prediction. The dashed line is the slope there: the gradient.</p>
      <div class="cards">${this.#shown.map((name) => this.#card(name))}</div>
    `;
  }

  #probabilityControls() {
    const { p } = this;
    const logit = Math.max(-LOGIT_LIMIT, Math.min(LOGIT_LIMIT, logitFromProbability(p)));
    return html`
      <div class="slider">
        <label for="p">Prediction p: the model's probability that the class is 1</label>
        ${rangeInput({
          id: 'p',
          min: -LOGIT_LIMIT,
          max: LOGIT_LIMIT,
          step: 0.05,
          value: logit,
          valueText: `p = ${formatNumber(p, 4)}`,
          onInput: (z) => (this.p = probabilityFromLogit(z)),
        })}
        ${numberInput({
          label: 'Prediction p, typed',
          min: 0,
          max: 1,
          value: formatNumber(p, 4).replace('−', '-'),
          onChange: (value) => (this.p = Math.min(Math.max(value, P_MIN), 1 - P_MIN)),
        })}
      </div>
      <fieldset>
        <legend>True label y</legend>
        <div class="segmented">
          ${[0, 1].map(
            (y) =>
              html`<label class="check">
                <input type="radio" name="label" .checked=${this.label === y} @change=${() => (this.label = y)} />
                y = ${y}
              </label>`,
          )}
        </div>
      </fieldset>
    `;
  }

  #regressionControls() {
    const slider = (id, text, key) =>
      html`<div class="slider">
        <label for=${id}>${text}</label>
        ${rangeInput({
          id,
          min: REGRESSION_RANGE[0],
          max: REGRESSION_RANGE[1],
          step: 0.05,
          value: this[key],
          valueText: formatNumber(this[key], 3),
          onInput: (value) => (this[key] = value),
        })}
        <span class="readout">${this[key].toFixed(2)}</span>
      </div>`;
    return html`${slider('prediction', 'Prediction ŷ', 'prediction')} ${slider('target', 'Target y', 'target')}`;
  }

  #card(name) {
    const loss = LOSSES[name];
    const [x, y] = this.#point;
    const { value, gradient } = loss.score(x, y);
    const regression = this.mode === 'regression';
    const variable = regression ? 'ŷ' : 'p';
    const clipped = CROSS_ENTROPIES.has(name) && !(x > EPSILON && x < 1 - EPSILON);
    return html`<section class="card" aria-label=${loss.title}>
      <h4>${loss.title} <code>${name}</code></h4>
      <div class="formulas">
        ${((regression && loss.regressionTex) || loss.tex(y)).map((tex) => html`<dp-formula .tex=${tex}></dp-formula>`)}
      </div>
      <div class="numbers readout">
        <span>L = ${formatNumber(value, 4)}</span>
        <span>dL/d${variable} = ${formatNumber(gradient, 4)}</span>
      </div>
      <canvas
        data-loss=${name}
        role="img"
        aria-label=${`${loss.title} over the prediction ${variable} for the label ${formatNumber(y, 3)}; now ${formatNumber(value, 4)} at ${variable} = ${formatNumber(x, 4)}.`}
        @pointerdown=${this.#onPointerDown}
        @pointermove=${this.#onPointerMove}
      ></canvas>
      <p class="note">
        ${regression ? 'any real target' : loss.note(y)}${
          clipped
            ? html` —
                <span class="danger"
                  >p is clipped to ${x < 0.5 ? '1e-7' : '1 − 1e-7'}: the loss stops at ${formatNumber(value, 4)} and the
                  gradient is 0</span
                >`
            : nothing
        }
      </p>
    </section>`;
  }

  // The cards' content width: every card in the grid has the same.
  #plotWidth() {
    const card = this.renderRoot.querySelector('.card');
    if (!card) return 0;
    const style = getComputedStyle(card);
    return Math.floor(card.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight));
  }

  #widthFor = { host: 0, mode: '', plot: 0 };

  updated() {
    if (!this.width) return;
    // Measured again only when the layout can have changed, not on every drag.
    if (this.#widthFor.host !== this.width || this.#widthFor.mode !== this.mode) {
      this.#widthFor = { host: this.width, mode: this.mode, plot: this.#plotWidth() };
    }
    const width = this.#widthFor.plot;
    if (!width) return;
    const [x, y] = this.#point;
    const regression = this.mode === 'regression';
    const domain = regression ? REGRESSION_RANGE : [0, 1];
    this.#frames.clear();
    for (const canvas of this.renderRoot.querySelectorAll('canvas[data-loss]')) {
      const name = canvas.dataset.loss;
      const { score } = LOSSES[name];
      const f = (v) => score(regression ? v : Math.min(Math.max(v, P_MIN), 1 - P_MIN), y).value;
      const current = f(x);
      // Cross-entropies are unbounded: the scale grows with the current value, up to the clip's 16.1.
      let top = CROSS_ENTROPIES.has(name) ? Math.max(5, current) : 0;
      if (!CROSS_ENTROPIES.has(name))
        for (let v = domain[0]; v <= domain[1]; v += (domain[1] - domain[0]) / 50) top = Math.max(top, f(v));
      const ctx = sizeCanvas(canvas, width, PLOT_HEIGHT);
      const frame = plotFrame(width, PLOT_HEIGHT, MARGIN, domain, [0, top * 1.1 || 1]);
      this.#frames.set(canvas, frame);
      drawAxes(ctx, frame, { xLabel: regression ? 'prediction ŷ' : 'prediction p', xTicks: 4, yTicks: 3 });
      if (regression) this.#markTarget(ctx, frame, y);
      strokeFunction(ctx, frame, f, { color: ACCENT, width: 2 });
      this.#drawTangent(ctx, frame, x, current, score(x, y).gradient);
    }
  }

  #frames = new Map();

  // The target: a dotted vertical line labelled y.
  #markTarget(ctx, frame, y) {
    const x = frame.x(y);
    drawCursorLine(ctx, frame, x, 2);
    ctx.fillStyle = MUTED;
    ctx.font = FONT;
    ctx.textAlign = 'left';
    ctx.textBaseline = 'top';
    ctx.fillText('target y', x + 3, frame.top + 2);
  }

  // The slope at the current point: a dashed segment through it, and the point.
  #drawTangent(ctx, frame, x, value, gradient) {
    const [d0, d1] = frame.x.domain;
    const half = 0.15 * (d1 - d0);
    ctx.save();
    ctx.beginPath();
    ctx.rect(frame.left, frame.top, frame.width, frame.height);
    ctx.clip();
    ctx.strokeStyle = SLOPE_COLOR;
    ctx.lineWidth = 1.5;
    ctx.setLineDash([5, 3]);
    ctx.beginPath();
    ctx.moveTo(frame.x(x - half), frame.y(value - gradient * half));
    ctx.lineTo(frame.x(x + half), frame.y(value + gradient * half));
    ctx.stroke();
    ctx.restore();
    ctx.fillStyle = SLOPE_COLOR;
    ctx.strokeStyle = PAPER;
    ctx.lineWidth = 1.5;
    ctx.beginPath();
    ctx.arc(frame.x(x), Math.max(frame.top, frame.y(value)), 5, 0, 2 * Math.PI);
    ctx.fill();
    ctx.stroke();
  }

  #onPointerDown = (event) => {
    event.currentTarget.setPointerCapture?.(event.pointerId);
    this.#dragTo(event);
  };

  #onPointerMove = (event) => {
    if (event.buttons) this.#dragTo(event);
  };

  #dragTo(event) {
    const frame = this.#frames.get(event.currentTarget);
    if (!frame) return;
    const v = frame.x.invert(event.offsetX);
    if (this.mode === 'regression') {
      this.prediction = Math.round(Math.min(Math.max(v, REGRESSION_RANGE[0]), REGRESSION_RANGE[1]) * 100) / 100;
    } else {
      this.p = Math.min(Math.max(v, P_MIN), 1 - P_MIN);
    }
  }
}

customElements.define('dp-loss-explorer', LossExplorer);
