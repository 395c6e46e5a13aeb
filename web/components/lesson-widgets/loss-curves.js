// <dp-loss-curves>: training and test loss per epoch of several train runs
// ({ runs: [label, ...], metric?: 'loss' | 'accuracy' }), one colour per run,
// solid for test and dashed for training, growing while they train. A run
// that diverged says so in the legend.
import { html, css, nothing } from 'lit';
import { LessonWidget } from './lesson-widget.js';
import { widgetStyles } from './widget-styles.js';
import { drawCurves, epochNumbers } from '../plots/curve-plot.js';
import { seriesColor, FrameScheduler } from '../plots/plot-canvas.js';
import { formatNumber } from '../../domain/widget-math.js';
import { runOf, runView } from './run-view.js';

const HEIGHT = 240;
const KEYS = { loss: ['valLoss', 'loss'], accuracy: ['valAccuracy', 'accuracy'] };

class LossCurves extends LessonWidget {
  static properties = { log: { state: true } };

  static styles = [
    widgetStyles,
    css`
      .legend li {
        display: flex;
        align-items: baseline;
        gap: 0.1rem;
      }
      .key {
        display: flex;
        gap: 1rem;
        font-size: 0.8rem;
        color: var(--muted);
      }
      .dashes {
        display: inline-block;
        width: 1.3rem;
        border-top: 2px dashed var(--muted);
        vertical-align: middle;
        margin-right: 0.3rem;
      }
      .solid {
        display: inline-block;
        width: 1.3rem;
        border-top: 2px solid var(--muted);
        vertical-align: middle;
        margin-right: 0.3rem;
      }
    `,
  ];

  #draw = new FrameScheduler(() => this.#paint());

  constructor() {
    super();
    this.log = false;
  }

  get #metric() {
    return this.config?.metric === 'accuracy' ? 'accuracy' : 'loss';
  }

  render() {
    const labels = this.config?.runs ?? [];
    const metric = this.#metric;
    const views = labels.map((label) => runView(this.results, this.progress, label));
    const started = views.some((view) => view.state !== 'waiting');
    return html`
      <h3 class="title">${metric === 'loss' ? 'Loss' : 'Accuracy'} per epoch</h3>
      <div class="toolbar">
        <span class="key"
          ><span><span class="solid"></span>test</span><span><span class="dashes"></span>training</span></span
        >
        ${
          metric === 'loss'
            ? html`<label class="check"
                ><input type="checkbox" .checked=${this.log} @change=${(e) => (this.log = e.target.checked)} />Log
                scale</label
              >`
            : nothing
        }
      </div>
      <canvas role="img" aria-label=${this.#describe(labels, views)}></canvas>
      ${started ? nothing : html`<p class="hint">Run the experiment to draw the curves.</p>`}
      <ul class="legend">
        ${labels.map((label, i) => html`<li><span class="swatch" style="background: ${seriesColor(i)}"></span>${label}${this.#note(views[i])}${this.#same(labels, views, i)}</li>`)}
      </ul>
    `;
  }

  updated() {
    this.#draw.request();
  }

  #note(view) {
    const diverged = view.result?.history.diverged;
    if (diverged)
      return html`<span class="danger">&nbsp;— diverged in epoch ${diverged.epoch + 1}, step ${diverged.step}</span>`;
    const [testKey, trainKey] = KEYS[this.#metric];
    const history = view.history;
    if (!history?.[trainKey]?.length) return nothing;
    const last = (key) => (history[key]?.length ? formatNumber(history[key].at(-1)) : '—');
    return html`<span class="readout muted">&nbsp;test ${last(testKey)}, training ${last(trainKey)}</span>`;
  }

  // Curves drawn on top of an earlier run's identical ones would hide it: say so.
  #same(labels, views, i) {
    const keys = KEYS[this.#metric];
    const equal = (a, b) =>
      keys.every(
        (key) =>
          a?.[key]?.length > 0 &&
          a[key].length === b?.[key]?.length &&
          a[key].every((v, t) => Math.abs(v - b[key][t]) < 1e-4),
      );
    const twin = views.findIndex((view, j) => j < i && equal(view.history, views[i].history));
    return twin < 0
      ? nothing
      : html`<span class="muted">&nbsp;(the same curves as ${labels[twin]}, drawn over them)</span>`;
  }

  #paint() {
    const canvas = this.renderRoot.querySelector('canvas');
    if (!canvas || !this.width) return;
    const labels = this.config?.runs ?? [];
    const [testKey, trainKey] = KEYS[this.#metric];
    const series = [];
    let xMax = 1;
    labels.forEach((label, i) => {
      const view = runView(this.results, this.progress, label);
      xMax = Math.max(xMax, view.epochs || runOf(this.lesson, label)?.fit?.epochs || 1);
      if (!view.history) return;
      const color = seriesColor(i);
      for (const [key, dash] of [
        [trainKey, [5, 4]],
        [testKey, []],
      ]) {
        const ys = view.history[key] ?? [];
        series.push({ xs: epochNumbers(ys.length), ys, color, dash });
      }
    });
    drawCurves(canvas, this.width, HEIGHT, series, {
      xMax,
      xLabel: 'epoch',
      yLabel: this.#metric,
      log: this.log && this.#metric === 'loss',
    });
  }

  #describe(labels, views) {
    const [testKey, trainKey] = KEYS[this.#metric];
    const parts = labels.map((label, i) => {
      const h = views[i].history;
      if (views[i].result?.history.diverged) return `${label}: diverged`;
      if (!h?.[trainKey]?.length) return `${label}: not trained yet`;
      return `${label}: after ${h[trainKey].length} epochs, training ${formatNumber(h[trainKey].at(-1))}, test ${h[testKey]?.length ? formatNumber(h[testKey].at(-1)) : 'none'}`;
    });
    return `${this.#metric === 'loss' ? 'Loss' : 'Accuracy'} curves. ${parts.join('; ')}.`;
  }
}

customElements.define('dp-loss-curves', LossCurves);
