// What the claim measures share: number formats for the facts, a named
// check, the searches over loss curves and results, and the thresholds and
// check functions that the Node claim tests also apply to means over seeds.
import { BOUNDARY_GRID, PLANE_EXTENT } from '../domain/plane.js';

export const pct = (v) => `${(100 * v).toFixed(1)}%`;
export const fixed = (v, digits = 3) => v.toFixed(digits);
export const sci = (v) => (v === 0 ? '0' : v.toExponential(1).replace('e-', 'e−'));
export const small = (v) => (Math.abs(v) >= 0.001 ? fixed(v, 4) : sci(v));
export const steps = (n) => (Number.isFinite(n) ? `${n} steps` : 'never');
export const check = (name, holds, measured) => ({ name, holds: Boolean(holds), measured });

/** The first index where `values` drops below `target` (Infinity: never). */
export const firstBelow = (values, target) => {
  const i = values.findIndex((v) => v < target);
  return i < 0 ? Infinity : i;
};
/** The index from which `values` stays below `target` for good (Infinity: it ends at or above it). */
export const staysBelow = (values, target) => {
  for (let i = values.length - 1; i >= 0; i--) if (values[i] >= target) return i + 1 < values.length ? i + 1 : Infinity;
  return 0;
};
/** Jitter of a curve around its trend: mean |L[t+1] - 2 L[t] + L[t-1]| over its second half. */
export const jitter = (curve) => {
  const half = curve.slice(Math.floor(curve.length / 2));
  let sum = 0;
  for (let t = 1; t < half.length - 1; t++) sum += Math.abs(half[t + 1] - 2 * half[t] + half[t - 1]);
  return half.length > 2 ? sum / (half.length - 2) : 0;
};
export const accuracy = (results, label) => results[label].test.accuracy;
/** getWeights() is kernel, bias per dense layer: the kernels only. */
export const kernels = (result) => result.weights.filter((_, i) => i % 2 === 0).flatMap((k) => Array.from(k));

/** The boundary grid's output at a point of the plane (first output unit). */
export function outputAt(result, x1, x2) {
  const cell = (v) =>
    Math.min(BOUNDARY_GRID - 1, Math.max(0, Math.floor(((v + PLANE_EXTENT) / (2 * PLANE_EXTENT)) * BOUNDARY_GRID)));
  return result.boundary[(cell(-x2) * BOUNDARY_GRID + cell(x1)) * result.shape.outputs];
}

/** Loss levels the races are run to, shared with the claim tests' averages over seeds. */
export const TARGETS = { 'gd-vs-sgd': 0.3, momentum: 1e-3, optimizers: { valley: 0.01, net: 0.1 } };

/** why-sgd: where a walker ends when it has escaped. */
export const ESCAPED = {
  // the saddle: off the ridge line, down near a minimum (w2 = ±√2, loss 0)
  saddle: (end) => Math.abs(end.w2) > 0.7 && end.loss < 0.5,
  // the double well: over the barrier (w1 = 3t/4, t = 0.4) into the deep basin of w1 = -1, not thrown off to infinity
  local_minimum: (end) => end.w1 < 0.3 && !end.diverged,
};

// The checks of claims that hold on average, written on numbers that one run
// gives and that the claim tests' means over seeds give alike.

/** neural-networks: test accuracies of one neuron on gauss and on circle, and of the net with a hidden layer on circle. */
export function neuronChecks({ gauss, circle, hidden }) {
  return [
    check('one neuron separates the two clouds: above 95%', gauss > 0.95, `gauss ${pct(gauss)}`),
    check('one neuron cannot separate the circle: below 70%', circle < 0.7, `circle ${pct(circle)}`),
    check('the hidden neurons learn the circle: above 90%', hidden > 0.9, `hidden ${pct(hidden)}`),
  ];
}

/** activations: circle test accuracies with linear, relu and tanh hidden units. */
export function hiddenActivationChecks({ linear, relu, tanh }) {
  return [
    check('linear hidden units cannot separate the circle: below 70%', linear < 0.7, `linear ${pct(linear)}`),
    check(
      'relu and tanh hidden units separate the circle: above 95%',
      relu > 0.95 && tanh > 0.95,
      `relu ${pct(relu)}, tanh ${pct(tanh)}`,
    ),
  ];
}

/** gd-vs-sgd: how far GD's final training loss lies above the worse of SGD's and mini-batch's, and the jitter of [GD, mini-batch, SGD]. */
export function raceChecks(lead, [gd, mini, sgd]) {
  return [
    check(
      'after the same passes SGD and mini-batch end at least 0.3 below full-batch GD',
      lead > 0.3,
      `GD ends ${fixed(lead)} above the worse of them`,
    ),
    check(
      "SGD's training loss curve is the noisiest: over 3 times the others' jitter",
      sgd > 3 * Math.max(gd, mini),
      `jitter GD ${sci(gd)}, mini-batch ${sci(mini)}, SGD ${sci(sgd)}`,
    ),
  ];
}

/** regularization: the share of a run's kernel weights with |w| < nearZero, their norm, and its test − training loss gap. */
export function penaltyMeasures(result, nearZero) {
  const w = kernels(result);
  return {
    nearZero: w.filter((v) => Math.abs(v) < nearZero).length / w.length,
    norm: Math.sqrt(w.reduce((s, v) => s + v * v, 0)),
    // evaluate() adds the same penalty to both losses, so the gap is the data losses' gap.
    gap: result.test.loss - result.train.loss,
  };
}

/** regularization's checks on the measures of the runs without penalty, with L1 and with L2 (one run's, or means over seeds). */
export function penaltyChecks([none, l1, l2], nearZero) {
  const listed = (key, show) => `none ${show(none[key])}, L1 ${show(l1[key])}, L2 ${show(l2[key])}`;
  return [
    check(
      `L1 leaves over 3 times as many kernel weights near zero (|w| < ${nearZero}) as L2`,
      l1.nearZero > 3 * l2.nearZero,
      listed('nearZero', pct),
    ),
    check(
      'L2 more than halves the weight norm',
      l2.norm < none.norm / 2,
      listed('norm', (v) => fixed(v, 2)),
    ),
    check(
      'L1 and L2 both narrow the gap between test and training loss',
      l1.gap < none.gap && l2.gap < none.gap,
      listed('gap', fixed),
    ),
  ];
}
