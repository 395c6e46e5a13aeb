// <dp-surface-path>: a 2-D loss surface as a heatmap with the paths of the
// lesson's surface runs ({ surface, runs, lossCurve? }), stepped through one
// update at a time. Paths come from the experiment's results once it ran,
// and from the engine (client.call('optimizerPath', ...), with each run's own
// path options) before that. A path the engine stopped is said in words:
// "diverged at step N".
import { html, nothing } from 'lit';
import { LessonWidget } from './lesson-widget.js';
import { widgetStyles } from './widget-styles.js';
import { paintHeatmap, drawHeatmap, drawMinima, drawPathLine, drawPathMarkers } from './surface-drawing.js';
import { formatNumber } from '../../domain/widget-math.js';
import { sizeCanvas, plotFrame, drawAxes, seriesColor } from '../plots/plot-canvas.js';
import { describeOptions, findMinima } from './surface-runs.js';
import { surfacePathStyles } from './surface-path-styles.js';
import { PathStepper } from './path-stepper.js';
import './path-loss.js';

const GRID = 256; // heatmap cells per side
const MAX_MAP = 440; // CSS pixels
const MARGIN = { left: 34, right: 6, top: 6, bottom: 32 };

const SURFACE_TITLES = {
  bowl: 'the bowl',
  valley: 'the narrow valley',
  rosenbrock: "Rosenbrock's curved valley",
  saddle: 'the saddle',
  local_minimum: 'the double well',
};

class SurfacePath extends LessonWidget {
  static properties = {
    surface: { state: true },
    paths: { state: true },
    error: { state: true },
  };

  static styles = [widgetStyles, surfacePathStyles];

  #heatmap = null; // { surface, canvas } painted once per surface
  #surfaceLoading = null;
  #minima = [];
  #cache = new Map(); // run label → { key, path } computed by the engine
  #busy = false;
  #dirty = false;
  #stepper = new PathStepper(this, () => this.#maxStep);

  constructor() {
    super();
    this.surface = null;
    this.paths = [];
    this.error = '';
  }

  // ---- The runs and their options ----

  get #surfaceName() {
    return this.config?.surface ?? this.#runs[0]?.surface ?? 'bowl';
  }

  // The lesson's runs named in config.runs, worked out again only when the lesson or config changes.
  #runsFor = { config: null, lesson: null, runs: [] };
  get #runs() {
    if (this.#runsFor.config !== this.config || this.#runsFor.lesson !== this.lesson) {
      const labels = this.config?.runs ?? [];
      const runs = this.lesson?.experiment?.runs ?? [];
      this.#runsFor = {
        config: this.config,
        lesson: this.lesson,
        runs: labels.map((label) => runs.find((run) => run.label === label && run.kind === 'surface')).filter(Boolean),
      };
    }
    return this.#runsFor.runs;
  }

  get #maxStep() {
    return Math.max(0, ...this.paths.map(({ path }) => (path ? path.loss.length - 1 : 0)));
  }

  // ---- Loading the surface and the paths ----

  willUpdate(changed) {
    if (changed.has('client') || changed.has('config') || changed.has('lesson')) this.#loadSurface();
    if (changed.has('client') || changed.has('config') || changed.has('lesson') || changed.has('results'))
      this.#recompute();
  }

  async #loadSurface() {
    const name = this.#surfaceName;
    if (!this.client || this.surface?.name === name || this.#surfaceLoading === name) return;
    this.#surfaceLoading = name;
    try {
      const surface = await this.client.call('surface', name, { nx: GRID, ny: GRID });
      if (name !== this.#surfaceName) return;
      this.#minima = findMinima(surface);
      this.surface = { ...surface, name };
    } catch (err) {
      this.error = `Could not compute the surface: ${err.message}`;
    } finally {
      this.#surfaceLoading = null;
    }
  }

  // Brings every path up to date; one pass at a time, repeated while changes keep arriving.
  async #recompute() {
    if (this.#busy) {
      this.#dirty = true;
      return;
    }
    this.#busy = true;
    try {
      do {
        this.#dirty = false;
        const runs = this.#runs;
        const paths = await Promise.all(runs.map((run) => this.#pathOf(run)));
        const grew = this.paths.every(({ path }) => !path);
        this.paths = runs.map((run, i) => ({
          run,
          path: paths[i],
          color: seriesColor(i),
          settings: describeOptions(run.path),
        }));
        if (!this.#stepper.playing || grew) this.#stepper.step = this.#maxStep;
        this.error = '';
      } while (this.#dirty);
    } catch (err) {
      this.error = `Could not compute a path: ${err.message}`;
    } finally {
      this.#busy = false;
    }
  }

  async #pathOf(run) {
    const fromResults = this.results?.[run.label]?.path;
    if (fromResults) return fromResults;
    if (!this.client) return null;
    const key = JSON.stringify([run.surface, run.path]);
    const cached = this.#cache.get(run.label);
    if (cached?.key === key) return cached.path;
    const path = await this.client.call('optimizerPath', run.surface, run.path);
    this.#cache.set(run.label, { key, path });
    return path;
  }

  // ---- Rendering ----

  render() {
    const name = this.#surfaceName;
    return html`
      <h3 class="title">Loss surface: ${SURFACE_TITLES[name] ?? name}</h3>
      <div class="layout">
        <div class="map">
          <canvas role="img" aria-label=${this.#description()}></canvas>
          <div class="scale" aria-hidden="true">
            <span>low loss</span><span class="ramp"></span><span>high loss (log scale)</span>
          </div>
        </div>
        <div>
          ${this.#stepper.toolbar()}
          <ul class="runs" aria-label="Paths">
            ${this.paths.map((entry) => this.#runRow(entry))}
          </ul>
          ${this.config?.lossCurve ? html`<dp-path-loss .paths=${this.paths} .step=${this.#stepper.step}></dp-path-loss>` : nothing}
          ${!this.client && !this.results ? html`<p class="hint">Waiting for the engine…</p>` : nothing}
          ${this.error ? html`<p class="error" role="alert">${this.error}</p>` : nothing}
        </div>
      </div>
    `;
  }

  #runRow({ run, path, color, settings }) {
    if (!path) {
      return html`<li>
        <span class="swatch" style="background: ${color}"></span
        ><span><strong>${run.label}</strong> <span class="muted">computing…</span></span>
      </li>`;
    }
    const last = path.loss.length - 1;
    const at = Math.min(this.#stepper.step, last);
    const diverged = path.diverged ? html` <span class="danger">diverged at step ${last}</span>` : nothing;
    return html`<li>
      <span class="swatch" style="background: ${color}"></span>
      <span>
        <strong>${run.label}</strong>
        <span class="readout"
          >— loss
          ${formatNumber(path.loss[at], 3)}${at < this.#stepper.step && !path.diverged ? ` at step ${at}, its last` : ''}</span
        >${diverged}
        <span class="settings">${settings}</span>
      </span>
    </li>`;
  }

  updated() {
    const canvas = this.renderRoot.querySelector('.map canvas');
    if (!canvas || !this.width) return;
    const width = Math.min(this.width, MAX_MAP);
    const side = width - MARGIN.left - MARGIN.right;
    const height = side + MARGIN.top + MARGIN.bottom;
    canvas.style.width = `${width}px`; // the map stays square when the widget is wider than it
    const ctx = sizeCanvas(canvas, width, height);
    const win = this.surface?.window ?? [-2, 2, -2, 2];
    const frame = plotFrame(width, height, MARGIN, [win[0], win[1]], [win[2], win[3]]);
    if (this.surface && this.#heatmap?.surface !== this.surface)
      this.#heatmap = { surface: this.surface, canvas: paintHeatmap(this.surface) };
    drawHeatmap(ctx, frame, this.#heatmap?.canvas);
    drawAxes(ctx, frame, { xLabel: 'w₁', yLabel: 'w₂', xTicks: 4, yTicks: 4 });
    ctx.save();
    ctx.beginPath();
    ctx.rect(frame.left, frame.top, frame.width, frame.height);
    ctx.clip();
    if (this.surface) drawMinima(ctx, frame, this.#minima);
    const shown = this.paths.filter((entry) => entry.path);
    const busy = shown.length > 3;
    for (const { path, color } of shown) drawPathLine(ctx, frame, path, color, this.#stepper.step, busy);
    for (const { path, color } of shown) drawPathMarkers(ctx, frame, path, color, this.#stepper.step);
    ctx.restore();
  }

  #description() {
    const name = this.#surfaceName;
    const minima = this.#minima.map(({ w1, w2 }) => `(${formatNumber(w1)}, ${formatNumber(w2)})`).join(' and ');
    const paths = this.paths
      .filter(({ path }) => path)
      .map(({ run, path }) => {
        const last = path.loss.length - 1;
        const at = Math.min(this.#stepper.step, last);
        return `${run.label}: loss ${formatNumber(path.loss[at], 3)} at step ${at}${path.diverged ? `, diverged at step ${last}` : ''}`;
      });
    return `Heatmap of the loss over the weights w1 and w2 on ${SURFACE_TITLES[name] ?? name}, light where the loss is low${
      minima ? `, minimum at ${minima}` : ''
    }. ${paths.length ? `Paths: ${paths.join('; ')}.` : 'No paths yet.'}`;
  }
}

customElements.define('dp-surface-path', SurfacePath);
