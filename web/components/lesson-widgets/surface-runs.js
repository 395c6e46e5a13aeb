// The runs a surface-path widget shows: a run's path options in words, and
// where a surface's minima lie. Plain JS, no DOM.
import { formatNumber, tidy } from '../../domain/widget-math.js';

const OPTIMIZER_NAMES = { sgd: 'SGD', rmsprop: 'RMSprop', adam: 'Adam' };
const DEFAULT_RATE = { sgd: 0.01, rmsprop: 0.001, adam: 0.001 }; // the engine's defaults

/**
 * A run's path options (run.path: { optimizer, gradientNoise?, start?, ... }, the optimizer
 * a name or { type?, learningRate?, momentum?, ... }) in words: "SGD · rate 3 · β 0.9, v = βv + (1−β)g".
 */
export function describeOptions({ optimizer: named = 'sgd', gradientNoise, start }) {
  const optimizer = typeof named === 'string' ? { type: named } : { type: 'sgd', ...named };
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
