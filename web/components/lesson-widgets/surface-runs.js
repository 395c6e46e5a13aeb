// The runs a surface-path widget shows, and the learner's changes to them:
// which controls apply, the optimizerPath options a run has after the
// changes, its settings in words, and where a surface's minima lie. Plain
// JS, no DOM.
import { formatNumber, tidy } from '../../domain/widget-math.js';

export const OPTIMIZER_NAMES = { sgd: 'SGD', rmsprop: 'RMSprop', adam: 'Adam' };
export const DEFAULT_RATE = { sgd: 0.01, rmsprop: 0.001, adam: 0.001 }; // the engine's defaults
const DEFAULT_STEPS = 100;

/** The optimizer of a run's path as an object: { type, learningRate?, ... }. */
export function baseOptimizer(run) {
  const optimizer = run.path?.optimizer ?? 'sgd';
  return typeof optimizer === 'string' ? { type: optimizer } : { type: 'sgd', ...optimizer };
}

const hasMomentum = (run) => {
  const o = baseOptimizer(run);
  return o.type === 'sgd' && (o.momentum ?? 0) > 0;
};
const hasNoise = (run) => (run.path?.gradientNoise ?? 0) > 0;

/**
 * The runs a global slider moves: β moves the runs that use momentum (or
 * every SGD run when none does), the noise moves the noisy runs (or all).
 */
export function betaTargets(runs) {
  const some = runs.filter(hasMomentum);
  return some.length ? some : runs.filter((run) => baseOptimizer(run).type === 'sgd');
}
export function noiseTargets(runs) {
  const some = runs.filter(hasNoise);
  return some.length ? some : runs;
}

/**
 * The controls to offer: config.controls when the lesson lists them, else
 * rate, optimizer, steps and start always, β when a run uses momentum and
 * noise when a run is noisy.
 */
export function controlsFor(config, runs) {
  if (Array.isArray(config?.controls)) return new Set(config.controls);
  const controls = ['learningRate', 'optimizer', 'steps', 'start'];
  if (runs.some(hasMomentum)) controls.push('momentum');
  if (runs.some(hasNoise)) controls.push('noise');
  return new Set(controls);
}

/**
 * The optimizerPath options of `run` after the learner's changes: `edit`
 * ({ type?, learningRate?, steps?, start? } for this run), and the global β
 * and noise (null: unchanged) when this run is among their targets.
 */
export function pathOptions(
  run,
  edit = {},
  { beta = null, noise = null, betaApplies = false, noiseApplies = false } = {},
) {
  const base = baseOptimizer(run);
  const type = edit.type ?? base.type;
  let optimizer;
  if (type === base.type) optimizer = { ...base };
  else {
    optimizer = { type, learningRate: base.learningRate ?? DEFAULT_RATE[base.type] };
    if (base.schedule) optimizer.schedule = base.schedule;
  }
  if (edit.learningRate !== undefined) optimizer.learningRate = edit.learningRate;
  if (beta !== null && betaApplies && type === 'sgd') {
    // The averaged form v = βv + (1-β)g is sgd with dampening = β: keep it tied to β.
    const averaged = base.type === 'sgd' && (base.momentum ?? 0) > 0 && base.dampening === base.momentum;
    optimizer.momentum = beta;
    if (averaged) optimizer.dampening = beta;
  }
  const options = { optimizer, steps: edit.steps ?? run.path?.steps ?? DEFAULT_STEPS };
  const gradientNoise = noise !== null && noiseApplies ? noise : run.path?.gradientNoise;
  if (gradientNoise !== undefined) options.gradientNoise = gradientNoise;
  const start = edit.start ?? run.path?.start;
  if (start) options.start = [...start];
  if (run.path?.seed !== undefined) options.seed = run.path.seed;
  return options;
}

/** A run's settings in words: "SGD · rate 0.1 · β 0.9 (averaged) · noise 0.3". */
export function describeOptions({ optimizer, gradientNoise, start }) {
  const parts = [
    OPTIMIZER_NAMES[optimizer.type] ?? optimizer.type,
    `rate ${tidy(optimizer.learningRate ?? DEFAULT_RATE[optimizer.type])}`,
  ];
  if (optimizer.type === 'sgd' && (optimizer.momentum ?? 0) > 0) {
    const form =
      optimizer.dampening === optimizer.momentum
        ? 'v = βv + (1−β)g'
        : optimizer.dampening
          ? `dampening ${optimizer.dampening}`
          : 'v = βv + g';
    parts.push(`β ${tidy(optimizer.momentum)}, ${form}`);
  }
  if (optimizer.schedule && optimizer.schedule.type !== 'constant') parts.push(`${optimizer.schedule.type} decay`);
  if (gradientNoise) parts.push(`gradient noise ${tidy(gradientNoise)}`);
  if (start) parts.push(`start (${formatNumber(start[0])}, ${formatNumber(start[1])})`);
  return parts.join(' · ');
}

/**
 * The surface's minima: the engine's global minimum, plus every grid cell
 * within 0.1% of the value range of it that is the lowest within a tenth of
 * the window around it (the saddle has two minima; a curved valley's floor,
 * sampled on a grid, has false local minima that this radius rules out).
 * [{ w1, w2 }], the engine's minimum first.
 */
export function findMinima(surface) {
  const {
    values,
    nx,
    ny,
    window: [x0, x1, y0, y1],
    minimum,
  } = surface;
  const minima = [{ w1: minimum.w1, w2: minimum.w2 }];
  let lo = Infinity;
  let hi = -Infinity;
  for (const v of values) {
    lo = Math.min(lo, v);
    hi = Math.max(hi, v);
  }
  const tolerance = lo + (hi - lo) * 1e-3;
  const radius = Math.max(1, Math.round(0.1 * Math.min(nx, ny)));
  const lowestAround = (r, c, v) => {
    for (let rr = Math.max(0, r - radius); rr <= Math.min(ny - 1, r + radius); rr++)
      for (let cc = Math.max(0, c - radius); cc <= Math.min(nx - 1, c + radius); cc++)
        if (values[rr * nx + cc] < v) return false;
    return true;
  };
  for (let r = 1; r < ny - 1; r++) {
    for (let c = 1; c < nx - 1; c++) {
      const v = values[r * nx + c];
      if (v > tolerance || !lowestAround(r, c, v)) continue;
      const w1 = x0 + ((c + 0.5) * (x1 - x0)) / nx;
      const w2 = y1 - ((r + 0.5) * (y1 - y0)) / ny; // row 0 is the top
      const apart = (m) => Math.hypot((m.w1 - w1) / (x1 - x0), (m.w2 - w2) / (y1 - y0)) > 0.1;
      if (minima.every(apart)) minima.push({ w1, w2 });
    }
  }
  return minima;
}
