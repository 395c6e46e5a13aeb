// <dp-schedule-plot>: the learning rate over the steps of each configured
// schedule ({ schedules: [{ label, learningRate, schedule, steps }] }), with
// the engine's formulas (widget-math.js: scheduleRate). A step cursor —
// pointer on the plot, or the arrow keys on its slider — reads every rate.
import { html, css, svg } from 'lit';
import { LessonWidget } from './lesson-widget.js';
import { widgetStyles } from './widget-styles.js';
import { scheduleRate, formatNumber } from '../../domain/widget-math.js';
import { sizeCanvas, plotFrame, drawAxes, strokeFunction, drawCursorLine, seriesColor } from '../plots/plot-canvas.js';
import { PAPER } from '../base/colors.js';
import { rangeInput } from '../base/fields.js';

const HEIGHT = 220;
const MARGIN = { left: 48, right: 12, top: 10, bottom: 36 };
const DASHES = [[], [7, 4], [2, 3], [9, 3, 2, 3]];

/** A schedule in words: "×0.5 every 100 steps". */
function describeSchedule({ type = 'constant', decaySteps = 1000, decayRate = 0.96, alpha = 0, warmupSteps = 0 } = {}) {
  switch (type) {
    case 'step':
      return `×${decayRate} every ${decaySteps} steps`;
    case 'exponential':
      return `×${decayRate} per ${decaySteps} steps, smoothly`;
    case 'cosine':
      return `${warmupSteps ? `warm-up over ${warmupSteps} steps, then ` : ''}half a cosine over ${decaySteps} steps${alpha ? ` down to ${alpha}×` : ''}`;
    default:
      return 'the same rate at every step';
  }
}

class SchedulePlot extends LessonWidget {
  static properties = { cursor: { state: true } };

  static styles = [
    widgetStyles,
    css`
      canvas {
        touch-action: pan-y;
        cursor: crosshair;
      }
      .readouts {
        display: grid;
        grid-template-columns: repeat(auto-fill, minmax(12rem, 1fr));
        gap: 0.2rem 1rem;
        list-style: none;
        margin: 0.3rem 0 0;
        padding: 0;
        font-size: 0.85rem;
      }
      .readouts li {
        display: flex;
        align-items: baseline;
        gap: 0.4rem;
      }
      .readouts .value {
        margin-left: auto;
      }
      .describe {
        display: block;
        color: var(--muted);
        font-size: 0.8rem;
      }
    `,
  ];

  constructor() {
    super();
    this.cursor = null; // null: the middle of the run
  }

  get #schedules() {
    return this.config?.schedules ?? [];
  }

  get #steps() {
    return Math.max(1, ...this.#schedules.map((s) => s.steps ?? 1));
  }

  render() {
    const schedules = this.#schedules;
    const last = this.#steps - 1;
    const step = this.#cursorStep;
    return html`
      <h3 class="title">Learning rate over the steps</h3>
      <canvas
        role="img"
        aria-label=${this.#description()}
        @pointerdown=${this.#onPointer}
        @pointermove=${(e) => e.buttons && this.#onPointer(e)}
      ></canvas>
      <div class="slider">
        <label for="step">Read the rates at step</label>
        ${rangeInput({ id: 'step', min: 0, max: last, step: 1, value: step, valueText: `step ${step}`, onInput: (cursor) => (this.cursor = cursor) })}
        <span class="readout">step ${step}</span>
      </div>
      <ul class="readouts">
        ${schedules.map(
          (s, i) =>
            html`<li>
              ${this.#swatch(i)}
              <span>${s.label}<span class="describe">${describeSchedule(s.schedule)}</span></span>
              <span class="value readout">${formatNumber(scheduleRate(s.learningRate, s.schedule, step), 4)}</span>
            </li>`,
        )}
      </ul>
    `;
  }

  get #cursorStep() {
    const last = this.#steps - 1;
    return this.cursor === null ? Math.floor(last / 2) : Math.min(this.cursor, last);
  }

  #swatch(i) {
    const dash = DASHES[i % DASHES.length].join(' ');
    return html`<svg width="22" height="10" aria-hidden="true" style="flex: none">
      ${svg`<line x1="1" y1="5" x2="21" y2="5" stroke=${seriesColor(i)} stroke-width="3" stroke-dasharray=${dash} />`}
    </svg>`;
  }

  updated() {
    const canvas = this.renderRoot.querySelector('canvas');
    if (!canvas || !this.width) return;
    const steps = this.#steps;
    const top = Math.max(...this.#schedules.map((s) => s.learningRate), 1e-9);
    const ctx = sizeCanvas(canvas, this.width, HEIGHT);
    const frame = plotFrame(this.width, HEIGHT, MARGIN, [0, steps], [0, top * 1.1]);
    this.#frame = frame;
    drawAxes(ctx, frame, {
      xLabel: 'step',
      yLabel: 'learning rate',
      xTicks: Math.max(2, Math.floor(frame.width / 70)),
    });
    this.#schedules.forEach((s, i) => {
      strokeFunction(ctx, frame, (x) => scheduleRate(s.learningRate, s.schedule, Math.floor(x)), {
        color: seriesColor(i),
        width: 2.5,
        dash: DASHES[i % DASHES.length],
      });
    });
    // The cursor: a vertical line and a dot on every curve.
    const step = this.#cursorStep;
    const px = frame.x(step + 0.5);
    drawCursorLine(ctx, frame, px);
    this.#schedules.forEach((s, i) => {
      ctx.fillStyle = seriesColor(i);
      ctx.strokeStyle = PAPER;
      ctx.beginPath();
      ctx.arc(px, frame.y(scheduleRate(s.learningRate, s.schedule, step)), 4, 0, 2 * Math.PI);
      ctx.fill();
      ctx.stroke();
    });
  }

  #frame = null;

  #onPointer(event) {
    if (!this.#frame) return;
    const step = Math.floor(this.#frame.x.invert(event.offsetX));
    this.cursor = Math.min(Math.max(step, 0), this.#steps - 1);
  }

  #description() {
    const parts = this.#schedules.map((s) => {
      const end = scheduleRate(s.learningRate, s.schedule, (s.steps ?? 1) - 1);
      return `${s.label}: ${describeSchedule(s.schedule)}, from ${formatNumber(scheduleRate(s.learningRate, s.schedule, 0), 4)} at step 0 to ${formatNumber(end, 4)} at step ${(s.steps ?? 1) - 1}`;
    });
    return `Learning rate against the step for ${parts.length} schedules. ${parts.join('; ')}.`;
  }
}

customElements.define('dp-schedule-plot', SchedulePlot);
