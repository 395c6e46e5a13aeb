// <dp-depth-sweep>: test accuracy against the number of hidden layers
// ({ runs: [label, ...] }, one run per depth), a bar per depth with the
// chance level marked, and the decision boundary each depth draws, captioned
// with its hidden neurons and its number of weights.
import { html, css, nothing } from 'lit';
import { LessonWidget } from './lesson-widget.js';
import { widgetStyles } from './widget-styles.js';
import { sizeCanvas, plotFrame, drawAxes, seriesColor, FONT, FrameScheduler } from '../plots/plot-canvas.js';
import { MUTED, INK } from '../base/colors.js';
import { percent, runRows, testAccuracy } from './run-view.js';
import { hiddenNeurons, parameterCount } from '../../domain/widget-math.js';
import '../plots/boundary-plot.js';

const HEIGHT = 220;
const MARGIN = { left: 52, right: 12, top: 16, bottom: 34 };

const hiddenLayers = (run) => run.spec.layers.filter((layer) => layer.type === 'dense').length - 1;

class DepthSweep extends LessonWidget {
  static styles = [
    widgetStyles,
    css`
      .grid {
        display: grid;
        grid-template-columns: repeat(auto-fit, minmax(min(100%, 8rem), 1fr));
        gap: 0.8rem;
        margin-top: 0.8rem;
      }
      figure {
        margin: 0;
        min-width: 0;
      }
      figcaption {
        font-size: 0.85rem;
        margin-top: 0.3rem;
      }
      .placeholder {
        aspect-ratio: 1;
        display: grid;
        place-items: center;
        border: 1px dashed var(--line);
        border-radius: 4px;
        color: var(--muted);
        font-size: 0.85rem;
        background: var(--panel);
        text-align: center;
        padding: 0.4rem;
      }
    `,
  ];

  #draw = new FrameScheduler(() => this.#paint());

  render() {
    const rows = this.#rows();
    return html`
      <h3 class="title">Test accuracy against depth</h3>
      <p class="hint">
        The same budget, spread over more and more hidden layers; under each boundary, its hidden neurons and its number
        of weights (biases included). The dashed line is chance.
      </p>
      <canvas role="img" aria-label=${this.#describe(rows)}></canvas>
      <div class="grid">
        ${rows.map(
          ({ label, run, view, accuracy }) =>
            html`<figure>
              ${
                view.points
                  ? html`<dp-boundary-plot
                      .shape=${view.shape}
                      .shown=${view.points}
                      .boundary=${view.boundary}
                      .drawClass=${null}
                    ></dp-boundary-plot>`
                  : html`<div class="placeholder">
                      ${this.lesson?.figure ? 'Training in your browser…' : 'Run the experiment to draw this boundary.'}
                    </div>`
              }
              <figcaption>
                <strong>${label}</strong> (${hiddenNeurons(run.spec)}, ${parameterCount(run.spec)} weights)
                ${accuracy !== null ? html`<br />test accuracy <span class="readout">${percent(accuracy)}</span>` : nothing}
              </figcaption>
            </figure>`,
        )}
      </div>
    `;
  }

  updated() {
    this.#draw.request();
  }

  #rows() {
    return runRows(this.lesson, this.results, this.progress, this.config?.runs ?? []).map((row) => ({
      ...row,
      depth: hiddenLayers(row.run),
      accuracy: testAccuracy(row.view),
    }));
  }

  #paint() {
    const canvas = this.renderRoot.querySelector('canvas');
    if (!canvas || !this.width) return;
    const rows = this.#rows();
    const ctx = sizeCanvas(canvas, this.width, HEIGHT);
    const frame = plotFrame(this.width, HEIGHT, MARGIN, [-0.5, rows.length - 0.5], [0, 1]);
    drawAxes(ctx, frame, {
      xTicks: 0,
      xLabel: 'hidden layers',
      yLabel: 'test accuracy',
      formatX: () => '',
      formatY: (v) => `${Math.round(v * 100)}%`,
    });
    const slot = frame.width / rows.length;
    const barWidth = Math.min(56, slot * 0.55);
    ctx.font = FONT;
    ctx.textAlign = 'center';
    rows.forEach(({ depth, accuracy, view }, i) => {
      const x = frame.x(i);
      ctx.fillStyle = MUTED;
      ctx.textBaseline = 'top';
      ctx.fillText(String(depth), x, frame.bottom + 4);
      if (accuracy === null) return;
      const top = frame.y(accuracy);
      ctx.globalAlpha = view.state === 'done' ? 1 : 0.6;
      ctx.fillStyle = seriesColor(1);
      ctx.fillRect(x - barWidth / 2, top, barWidth, frame.bottom - top);
      ctx.globalAlpha = 1;
      ctx.fillStyle = INK;
      ctx.textBaseline = 'bottom';
      ctx.fillText(percent(accuracy), x, top - 2);
    });
    const classes = rows.find((row) => row.view.shape)?.view.shape.classes || 2;
    const chance = frame.y(1 / classes);
    ctx.strokeStyle = MUTED;
    ctx.setLineDash([4, 4]);
    ctx.beginPath();
    ctx.moveTo(frame.left, chance);
    ctx.lineTo(frame.right, chance);
    ctx.stroke();
    ctx.setLineDash([]);
  }

  #describe(rows) {
    const parts = rows.map(
      ({ depth, accuracy }) => `${depth} hidden layers: ${accuracy === null ? 'not trained yet' : percent(accuracy)}`,
    );
    return `Bar chart of test accuracy by depth. ${parts.join('; ')}.`;
  }
}

customElements.define('dp-depth-sweep', DepthSweep);
