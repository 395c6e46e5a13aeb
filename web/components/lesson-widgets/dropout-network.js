// <dp-dropout-network>: the network of one run with dropout ({ run }) while
// it trains: every frame of the training shows the units dropout switched
// off for that step crossed out, so they flicker as training goes on. After
// training, dropout is off (inference uses every unit); "Replay" shows the
// recorded frames again.
import { html, css, nothing } from 'lit';
import { LessonWidget } from './lesson-widget.js';
import { widgetStyles } from './widget-styles.js';
import { FrameScheduler } from '../plots/plot-canvas.js';
import { runOf, runView } from './run-view.js';
import { drawRunNetwork } from './network-picture.js';

const MAX_RECORDED = 120;
const REPLAY_MS = 120;

class DropoutNetwork extends LessonWidget {
  static properties = { replaying: { state: true } };

  static styles = [
    widgetStyles,
    css`
      .diagram {
        overflow-x: auto;
      }
      canvas {
        min-width: 26rem;
      }
      .status {
        min-height: 1.4em;
      }
    `,
  ];

  #atlas = document.createElement('canvas');
  #draw = new FrameScheduler(() => this.#paint());
  #recorded = [];
  #replayTimer = 0;
  #replayIndex = 0;

  constructor() {
    super();
    this.replaying = false;
  }

  willUpdate(changed) {
    if (!changed.has('progress')) return;
    const frame = this.progress?.[this.config?.run];
    if (!frame) {
      if (Object.keys(this.progress ?? {}).length === 0) this.#recorded = [];
      return;
    }
    if (frame.dropped && this.#recorded.at(-1)?.epoch !== frame.epoch) {
      this.#recorded.push(runView(null, this.progress, this.config.run));
      if (this.#recorded.length > MAX_RECORDED) this.#recorded.shift();
    }
  }

  disconnectedCallback() {
    super.disconnectedCallback();
    this.#stopReplay();
  }

  render() {
    const view = this.#view();
    return html`
      <h3 class="title">Dropout at work: ${this.config?.run}</h3>
      <p class="hint">
        Each square is a neuron, drawn as its output over the input plane. While the net trains, the units dropout
        switches off for a step are crossed out.
      </p>
      <div class="diagram"><canvas role="img" aria-label=${this.#describe(view)}></canvas></div>
      <p class="status">${this.#status(view)}</p>
      ${
        this.results?.[this.config?.run] && this.#recorded.length
          ? html`<button type="button" ?disabled=${this.replaying} @click=${this.#replay}>Replay the training</button>`
          : nothing
      }
    `;
  }

  updated() {
    this.#draw.request();
  }

  #view() {
    if (this.replaying) return this.#recorded[this.#replayIndex];
    return runView(this.results, this.progress, this.config?.run);
  }

  #status(view) {
    if (view.state === 'waiting') return 'Run the experiment to watch the units flicker.';
    if (view.state === 'training') {
      const counts = (view.dropped ?? []).map((mask, i) => {
        const off = mask.reduce((n, keep) => n + (keep === 0 ? 1 : 0), 0);
        return `layer ${i + 1}: ${off} of ${mask.length} dropped`;
      });
      return `Epoch ${view.epoch} of ${view.epochs}${counts.length ? ` — in this step ${counts.join(', ')}` : ''}.`;
    }
    return 'Trained. At inference dropout is off: every unit takes part, and none is crossed out.';
  }

  #paint() {
    const canvas = this.renderRoot.querySelector('canvas');
    const run = runOf(this.lesson, this.config?.run);
    if (!canvas || !run || !this.width) return;
    drawRunNetwork(canvas, Math.max(this.width, 416), run, this.#view(), this.#atlas);
  }

  #replay() {
    this.#stopReplay();
    this.#replayIndex = 0;
    this.replaying = true;
    this.#replayTimer = setInterval(() => {
      this.#replayIndex += 1;
      if (this.#replayIndex >= this.#recorded.length) this.#stopReplay();
      else this.requestUpdate();
    }, REPLAY_MS);
  }

  #stopReplay() {
    clearInterval(this.#replayTimer);
    this.replaying = false;
  }

  #describe(view) {
    const run = runOf(this.lesson, this.config?.run);
    const sizes = run
      ? run.spec.layers
          .filter((l) => l.type === 'dense')
          .map((l) => l.units)
          .join('-')
      : '';
    return `Network diagram of the ${sizes} net. ${this.#status(view)}`;
  }
}

customElements.define('dp-dropout-network', DropoutNetwork);
