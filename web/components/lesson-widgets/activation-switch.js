// <dp-activation-switch>: one small net on the plane, retrained live with
// the hidden activation the learner picks ({ runs: [label, ...] }: train runs
// of the lesson's experiment that differ only in their hidden activation).
// A pick trains that run from scratch in the page's worker — through a
// LessonExperiment of the widget's own, so it plays back at the same
// watchable pace as the page's experiment — and draws its decision boundary
// and loss curve as it trains.
import { html, css, nothing } from 'lit';
import { LessonWidget } from './lesson-widget.js';
import { widgetStyles } from './widget-styles.js';
import { formatNumber } from '../../domain/widget-math.js';
import { percent, runOf, runView, testAccuracy } from './run-view.js';
import { LessonExperiment } from '../../worker/lesson-experiment.js';
import '../plots/boundary-plot.js';
import '../plots/loss-chart.js';

class ActivationSwitch extends LessonWidget {
  static properties = { picked: { state: true } };

  static styles = [
    widgetStyles,
    css`
      .live {
        display: grid;
        grid-template-columns: minmax(0, 18rem) minmax(0, 1fr);
        gap: 1rem;
        align-items: start;
      }
      @container (max-width: 34rem) {
        .live {
          grid-template-columns: minmax(0, 1fr);
        }
      }
      .net {
        font-family: var(--mono);
        font-size: 0.8rem;
        color: var(--muted);
        margin: 0 0 0.5rem;
      }
      .status {
        margin: 0.5rem 0 0;
        min-height: 2.6em;
      }
    `,
  ];

  #training = new LessonExperiment(this);

  constructor() {
    super();
    this.picked = null;
  }

  willUpdate(changed) {
    // Another lesson in the same element: forget the net of the last one.
    if (changed.has('lesson') && changed.get('lesson') !== undefined) {
      this.picked = null;
      this.#training.reset();
    }
  }

  render() {
    const labels = this.config?.runs ?? [];
    return html`
      <h3 class="title">Switch the activation of a live net</h3>
      <p class="hint">
        Pick the hidden layers' activation: the same net, from the same start, trains on the circle while you watch.
        With linear units its boundary stays a straight line; with a bend in every unit it can close round the centre.
      </p>
      <div class="toolbar">
        <div class="segmented" role="group" aria-label="Hidden activation">
          ${labels.map(
            (label) =>
              html`<button
                type="button"
                aria-pressed=${String(label === this.picked)}
                ?disabled=${!this.client}
                @click=${() => this.#pick(label)}
              >
                ${label}
              </button>`,
          )}
        </div>
      </div>
      ${this.picked ? this.#live(this.picked) : html`<p class="muted">Pick an activation to train the net.</p>`}
    `;
  }

  #pick(label) {
    if (!this.client || !this.lesson) return;
    this.picked = label;
    this.#training.run(this.client, this.lesson.id, { only: [label] });
  }

  #live(label) {
    const run = runOf(this.lesson, label);
    const view = runView(this.#training.results, this.#training.progress, label);
    return html`
      <p class="net">${run ? describeNet(run) : nothing}</p>
      <div class="live">
        ${
          view.points
            ? html`<dp-boundary-plot
                .shape=${view.shape}
                .shown=${view.points}
                .boundary=${view.boundary}
                .drawClass=${null}
              ></dp-boundary-plot>`
            : html`<div class="placeholder">Starting the engine…</div>`
        }
        <div>
          <dp-loss-chart .history=${view.history ?? { loss: [], valLoss: [] }}></dp-loss-chart>
          <p class="status">${this.#status(label, view)}</p>
          <p class="visually-hidden" role="status">${this.#announcement(label, view)}</p>
        </div>
      </div>
    `;
  }

  #status(label, view) {
    if (this.#training.status === 'failed')
      return html`<span class="error">The net could not be trained: ${this.#training.error}</span>`;
    if (view.state === 'waiting') return html`<span class="muted">Training ${label}…</span>`;
    const accuracy = testAccuracy(view);
    const loss = view.state === 'done' ? view.result.test.loss : view.logs?.valLoss;
    const numbers = html`test accuracy <span class="readout">${accuracy === null ? '–' : percent(accuracy)}</span>, test
      loss <span class="readout">${loss === undefined ? '–' : formatNumber(loss)}</span>`;
    if (view.state === 'done') return html`<strong>${label}</strong> after ${view.epochs} epochs: ${numbers}.`;
    return html`<strong>${label}</strong>, epoch ${view.epoch} of ${view.epochs}: ${numbers}`;
  }

  // What a screen reader hears: the start and the end of a training, not every frame.
  #announcement(label, view) {
    if (this.#training.status === 'failed') return `The net could not be trained: ${this.#training.error}`;
    if (view.state !== 'done') return `Training ${label}.`;
    return `${label} after ${view.epochs} epochs: test accuracy ${percent(view.result.test.accuracy)}.`;
  }
}

// "2 inputs → 6 relu → 6 relu → 1 sigmoid · adam 0.03 · 100 epochs"
function describeNet(run) {
  const layers = run.spec.layers
    .filter((layer) => layer.type === 'dense')
    .map((layer) => `${layer.units} ${layer.activation}`);
  const { type, learningRate } = run.spec.optimizer;
  return `${[`${run.spec.inputs} inputs`, ...layers].join(' → ')} · ${type} ${learningRate} · ${run.fit.epochs} epochs`;
}

customElements.define('dp-activation-switch', ActivationSwitch);
