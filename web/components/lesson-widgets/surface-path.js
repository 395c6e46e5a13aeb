// <dp-surface-path>: a 2-D loss surface as a heatmap with the paths of the
// lesson's surface runs ({ surface, runs, controls?, lossCurve? }), stepped through one
// update at a time. Paths come from the experiment's results once it ran,
// and from the engine (client.call('optimizerPath', ...)) before that and
// whenever the learner changes a run's rate, optimizer, steps, start, β or
// noise. A path the engine stopped is said in words: "diverged at step N".
import { html, nothing } from 'lit';
import { LessonWidget } from './lesson-widget.js';
import { widgetStyles } from './widget-styles.js';
import { paintHeatmap, drawHeatmap, drawMinima, drawPathLine, drawPathMarkers } from './surface-drawing.js';
import { formatNumber } from '../../domain/widget-math.js';
import { sizeCanvas, plotFrame, drawAxes, seriesColor } from '../plots/plot-canvas.js';
import {
  OPTIMIZER_NAMES,
  DEFAULT_RATE,
  baseOptimizer,
  betaTargets,
  noiseTargets,
  controlsFor,
  pathOptions,
  describeOptions,
  findMinima,
} from './surface-runs.js';
import { surfaceControls, surfaceControlStyles } from './surface-controls.js';
import { surfacePathStyles } from './surface-path-styles.js';
import { PathStepper } from './path-stepper.js';
import './path-loss.js';

const GRID = 256; // heatmap cells per side
const MAX_MAP = 440; // CSS pixels
const MARGIN = { left: 34, right: 6, top: 6, bottom: 32 };
const ALL = '*';

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
    selected: { state: true },
    edits: { state: true },
    beta: { state: true },
    noise: { state: true },
    error: { state: true },
  };

  static styles = [widgetStyles, surfaceControlStyles, surfacePathStyles];

  #heatmap = null; // { surface, canvas } painted once per surface
  #surfaceLoading = null;
  #minima = [];
  #frame = null;
  #cache = new Map(); // run label → { key, path } computed by the engine
  #busy = false;
  #dirty = false;
  #stepper = new PathStepper(this, () => this.#maxStep);

  constructor() {
    super();
    this.surface = null;
    this.paths = [];
    this.selected = null;
    this.edits = {};
    this.beta = null;
    this.noise = null;
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

  get #selectedRuns() {
    const runs = this.#runs;
    if (this.#selection === ALL) return runs;
    return runs.filter((run) => run.label === this.#selection);
  }

  get #selection() {
    const runs = this.#runs;
    if (this.selected === ALL || runs.some((run) => run.label === this.selected)) return this.selected;
    return runs.length === 1 ? runs[0].label : (runs[0]?.label ?? ALL);
  }

  // Each run's path options under the current changes, cleared when the changes (or the lesson)
  // change, so that playing, which renders every frame, builds none.
  #options = new Map();
  #optionsOf(run) {
    let options = this.#options.get(run);
    if (!options) {
      const runs = this.#runs;
      options = pathOptions(run, this.edits[run.label], {
        beta: this.beta,
        noise: this.noise,
        betaApplies: betaTargets(runs).includes(run),
        noiseApplies: noiseTargets(runs).includes(run),
      });
      this.#options.set(run, options);
    }
    return options;
  }

  #changed(run) {
    const runs = this.#runs;
    return (
      this.edits[run.label] !== undefined ||
      (this.beta !== null && betaTargets(runs).includes(run)) ||
      (this.noise !== null && noiseTargets(runs).includes(run))
    );
  }

  get #maxStep() {
    return Math.max(0, ...this.paths.map(({ path }) => (path ? path.loss.length - 1 : 0)));
  }

  // ---- Loading the surface and the paths ----

  willUpdate(changed) {
    if (changed.has('config') || changed.has('lesson')) this.#options.clear();
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
        this.paths = runs.map((run, i) => ({ run, path: paths[i], color: seriesColor(i) }));
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
    if (fromResults && !this.#changed(run)) return fromResults;
    if (!this.client) return null;
    const options = this.#optionsOf(run);
    const key = JSON.stringify(options);
    const cached = this.#cache.get(run.label);
    if (cached?.key === key) return cached.path;
    const path = await this.client.call('optimizerPath', run.surface, options);
    this.#cache.set(run.label, { key, path });
    return path;
  }

  // ---- The learner's changes ----

  #edit(change) {
    const edits = { ...this.edits };
    for (const run of this.#selectedRuns) edits[run.label] = { ...edits[run.label], ...change };
    this.edits = edits;
    this.#settingsChanged();
  }

  #setGlobal(name, value) {
    this[name] = value;
    this.#settingsChanged();
  }

  #reset() {
    this.edits = {};
    this.beta = null;
    this.noise = null;
    this.#settingsChanged();
  }

  #settingsChanged() {
    this.#options.clear();
    this.#recompute();
  }

  // ---- Rendering ----

  render() {
    const runs = this.#runs;
    const name = this.#surfaceName;
    return html`
      <h3 class="title">Loss surface: ${SURFACE_TITLES[name] ?? name}</h3>
      <div class="layout">
        <div class="map">
          <canvas role="img" aria-label=${this.#description()} @click=${this.#onMapClick}></canvas>
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
          ${runs.length ? this.#controls(runs) : nothing}
        </div>
      </div>
    `;
  }

  #runRow({ run, path, color }) {
    const options = this.#optionsOf(run);
    const settings = describeOptions(options);
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
        <strong>${run.label}</strong>${this.#changed(run) ? html` <span class="muted">(your settings)</span>` : nothing}
        <span class="readout"
          >— loss
          ${formatNumber(path.loss[at], 3)}${at < this.#stepper.step && !path.diverged ? ` at step ${at}, its last` : ''}</span
        >${diverged}
        <span class="settings">${settings}</span>
      </span>
    </li>`;
  }

  #controls(runs) {
    const selected = this.#selectedRuns;
    const first = selected[0] ?? runs[0];
    const options = this.#optionsOf(first);
    const shown = this.paths.find((entry) => entry.run === first)?.path;
    const start = options.start ?? this.surface?.start ?? (shown ? [shown.w1[0], shown.w2[0]] : [0, 0]);
    const betaRuns = betaTargets(runs);
    const betaNow = this.beta ?? baseOptimizer(betaRuns[0] ?? first).momentum ?? 0;
    const noiseNow = this.noise ?? noiseTargets(runs)[0]?.path?.gradientNoise ?? 0;
    const controls = controlsFor(this.config, runs);
    if (controls.size === 0) return nothing;
    return surfaceControls({
      controls,
      disabled: !this.client,
      runs,
      selection: this.#selection,
      all: ALL,
      optimizer: options.optimizer.type,
      learningRate: options.optimizer.learningRate ?? DEFAULT_RATE[options.optimizer.type],
      steps: options.steps,
      start,
      beta: betaNow,
      betaScope: betaRuns.length === runs.length ? 'every run' : `the momentum runs (${betaRuns.length})`,
      noise: noiseNow,
      noiseScope:
        noiseTargets(runs).length === runs.length ? 'every run' : `the noisy runs (${noiseTargets(runs).length})`,
      optimizerNames: OPTIMIZER_NAMES,
      onSelect: (label) => (this.selected = label),
      onEdit: (change) => this.#edit(change),
      onBeta: (value) => this.#setGlobal('beta', value),
      onNoise: (value) => this.#setGlobal('noise', value),
      onReset: () => this.#reset(),
    });
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
    this.#frame = frame;
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

  #onMapClick = (event) => {
    if (!this.#frame || !controlsFor(this.config, this.#runs).has('start')) return;
    const f = this.#frame;
    const { offsetX, offsetY } = event;
    if (offsetX < f.left || offsetX > f.right || offsetY < f.top || offsetY > f.bottom) return;
    const round = (v) => Math.round(v * 100) / 100;
    this.#edit({ start: [round(f.x.invert(offsetX)), round(f.y.invert(offsetY))] });
  };

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
    }. ${paths.length ? `Paths: ${paths.join('; ')}.` : 'No paths yet.'} Click the map to move the start of the selected run.`;
  }
}

customElements.define('dp-surface-path', SurfacePath);
