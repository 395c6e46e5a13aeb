// The math the lesson widgets draw, in plain JS (no Lit, no DOM) so that Node
// tests can check it: activations, softmax, a dense net's forward pass,
// losses and their gradients, and learning-rate schedules, each with the same
// formula as the engine file named beside it (engine/activations/*.hpp,
// engine/layers/dense.cpp, engine/losses/*.hpp, engine/schedules.cpp).

import { scheduleOf } from './optimizers.js';

// ---- Activations (engine/activations/*.hpp) ----

// erf(x) by Abramowitz & Stegun 7.1.26 (|error| < 1.5e-7, float32's own scale).
export function erf(x) {
  const sign = x < 0 ? -1 : 1;
  const ax = Math.abs(x);
  const t = 1 / (1 + 0.3275911 * ax);
  const poly = t * (0.254829592 + t * (-0.284496736 + t * (1.421413741 + t * (-1.453152027 + t * 1.061405429))));
  return sign * (1 - poly * Math.exp(-ax * ax));
}

const INV_SQRT2 = Math.SQRT1_2;
const INV_SQRT_2PI = 0.3989422804014327;
const LEAKY_SLOPE = 0.2; // Keras's default negative slope

/**
 * Element-wise activations: value(z) and derivative(z). The derivative is
 * written in terms of a = f(z) where the engine writes it so.
 */
export const ACTIVATIONS = {
  relu: {
    // relu(z) = max(0, z)
    value: (z) => (z > 0 ? z : 0),
    // relu'(z) = 1 if z > 0 else 0
    derivative: (z) => (z > 0 ? 1 : 0),
  },
  sigmoid: {
    // sigmoid(z) = 1 / (1 + e^-z), written to avoid overflow of e^-z for z << 0
    value: (z) => (z >= 0 ? 1 / (1 + Math.exp(-z)) : Math.exp(z) / (1 + Math.exp(z))),
    // sigmoid'(z) = a (1 - a)
    derivative: (z) => {
      const a = ACTIVATIONS.sigmoid.value(z);
      return a * (1 - a);
    },
  },
  tanh: {
    // tanh(z) = (e^z - e^-z) / (e^z + e^-z)
    value: (z) => Math.tanh(z),
    // tanh'(z) = 1 - a^2
    derivative: (z) => {
      const a = Math.tanh(z);
      return 1 - a * a;
    },
  },
  linear: {
    // linear(z) = z
    value: (z) => z,
    // linear'(z) = 1
    derivative: () => 1,
  },
  leaky_relu: {
    // leaky_relu(z) = z if z > 0 else 0.2 z
    value: (z) => (z > 0 ? z : LEAKY_SLOPE * z),
    // leaky_relu'(z) = 1 if z > 0 else 0.2
    derivative: (z) => (z > 0 ? 1 : LEAKY_SLOPE),
  },
  elu: {
    // elu(z) = z if z > 0 else e^z - 1   (alpha = 1, Keras's default)
    value: (z) => (z > 0 ? z : Math.expm1(z)),
    // elu'(z) = 1 if z > 0 else a + 1
    derivative: (z) => (z > 0 ? 1 : Math.expm1(z) + 1),
  },
  gelu: {
    // gelu(z) = z Phi(z) = 0.5 z (1 + erf(z / sqrt 2))   (exact form, Keras's default)
    value: (z) => 0.5 * z * (1 + erf(z * INV_SQRT2)),
    // gelu'(z) = Phi(z) + z phi(z)
    derivative: (z) => 0.5 * (1 + erf(z * INV_SQRT2)) + z * INV_SQRT_2PI * Math.exp(-0.5 * z * z),
  },
};

/** a_j = e^(z_j - max z) / sum_k e^(z_k - max z); writes into `out` (default: a new array). */
export function softmax(scores, out = new Array(scores.length)) {
  let top = -Infinity;
  for (const z of scores) top = z > top ? z : top;
  let sum = 0;
  for (let j = 0; j < scores.length; j++) sum += out[j] = Math.exp(scores[j] - top);
  for (let j = 0; j < scores.length; j++) out[j] /= sum;
  return out;
}

// ---- A dense net's forward pass (engine/layers/dense.cpp) ----

/** [inputs, units of each dense layer] */
export function layerWidths(spec) {
  return [spec.inputs, ...spec.layers.filter((layer) => layer.type === 'dense').map((layer) => layer.units)];
}

/** Weights and biases of the dense layers: n·m + m for a layer from n inputs to m neurons. */
export function parameterCount(spec) {
  const widths = layerWidths(spec);
  return widths.slice(1).reduce((count, m, i) => count + widths[i] * m + m, 0);
}

/** The hidden dense layers as a learner reads them: "12 + 12 neurons", or "no hidden neurons". */
export function hiddenNeurons(spec) {
  const hidden = layerWidths(spec).slice(1, -1);
  return hidden.length ? `${hidden.join(' + ')} neurons` : 'no hidden neurons';
}

/** The activation of each dense layer. */
export function layerActivations(spec) {
  return spec.layers.filter((layer) => layer.type === 'dense').map((layer) => layer.activation ?? 'linear');
}

/** Every dense layer's sums and activations at one input row (dropout is off at inference): [{ z, a }] per layer. */
export function forwardPass(spec, weights, input) {
  const widths = layerWidths(spec);
  let a = Array.from(input);
  return layerActivations(spec).map((name, d) => {
    const kernel = weights[2 * d];
    const bias = weights[2 * d + 1];
    const units = widths[d + 1];
    // z_j = sum_i a_i W_ij + b_j;  a_j = g(z_j)
    const z = Array.from({ length: units }, (_, j) =>
      a.reduce((sum, v, i) => sum + v * kernel[i * units + j], bias[j]),
    );
    a = name === 'softmax' ? softmax(z) : z.map((v) => ACTIVATIONS[name].value(v));
    return { z, a };
  });
}

/**
 * Changes scores[k] so that softmax(scores)[k] becomes q, leaving the other
 * scores alone: the other probabilities keep their ratios and share 1 - q.
 * z_k = log(q / (1 - q)) + log sum_{j != k} e^{z_j}
 */
export function setSoftmaxProbability(scores, k, q) {
  const p = Math.min(Math.max(q, 1e-12), 1 - 1e-12);
  let top = -Infinity;
  for (let j = 0; j < scores.length; j++) if (j !== k) top = Math.max(top, scores[j]);
  if (top === -Infinity) return scores; // a single class always has probability 1
  let sum = 0;
  for (let j = 0; j < scores.length; j++) if (j !== k) sum += Math.exp(scores[j] - top);
  scores[k] = Math.log(p) - Math.log1p(-p) + top + Math.log(sum);
  return scores;
}

// ---- Losses for one example (engine/losses/*.hpp; batch of one row) ----

/** Keras clips probabilities to [EPSILON, 1 - EPSILON] before taking logs. */
export const EPSILON = 1e-7;
export const clipProbability = (p) => (p < EPSILON ? EPSILON : p > 1 - EPSILON ? 1 - EPSILON : p);
const inRange = (p) => p > EPSILON && p < 1 - EPSILON;

/** Binary losses of one prediction p against one label y: { value, gradient: dL/dp }. */
export const BINARY_LOSSES = {
  binary_crossentropy: (p, y) => {
    const q = clipProbability(p);
    return {
      // L = -(y log p + (1 - y) log(1 - p)), p clipped to [eps, 1 - eps]
      value: -(y * Math.log(q) + (1 - y) * Math.log(1 - q)),
      // dL/dp = (p - y) / (p (1 - p)); zero where p was clipped
      gradient: inRange(p) ? (p - y) / (p * (1 - p)) : 0,
    };
  },
  mse: (p, y) => ({
    // L = (p - y)^2
    value: (p - y) * (p - y),
    // dL/dp = 2 (p - y)
    gradient: 2 * (p - y),
  }),
  mae: (p, y) => ({
    // L = |p - y|
    value: Math.abs(p - y),
    // dL/dp = sign(p - y), sign(0) = 0
    gradient: p > y ? 1 : p < y ? -1 : 0,
  }),
};

/**
 * Categorical cross-entropy of one probability row p against a one-hot (or
 * probability) row y: { value, gradient: dL/dp_j per j }. Like Keras, the row
 * is first renormalized to sum to 1, then clipped.
 */
export function categoricalCrossentropy(p, y) {
  let total = 0;
  for (const v of p) total += v;
  let value = 0;
  let keptLabels = 0;
  for (let j = 0; j < p.length; j++) {
    // L = -sum_j y_j log(p_j / sum_k p_k)
    if (y[j] !== 0) value -= y[j] * Math.log(clipProbability(p[j] / total));
    if (inRange(p[j] / total)) keptLabels += y[j];
  }
  // dL/dp_j = -(y_j / p_j - sum_i y_i / S); clipped terms give 0
  const gradient = p.map((pj, j) => -((inRange(pj / total) ? y[j] / pj : 0) - keptLabels / total));
  return { value, gradient };
}

/** Sparse categorical cross-entropy (= nll): integer label t. { value, gradient: dL/dp_j }. */
export function sparseCategoricalCrossentropy(p, t) {
  // L = -log p_t, p_t clipped; dL/dp_j = -[j = t] / p_t, zero where p_t was clipped
  const gradient = p.map((pj, j) => (j === t && inRange(pj) ? -1 / pj : 0));
  return { value: -Math.log(clipProbability(p[t])), gradient };
}

/**
 * A binary prediction read as the two-class softmax row [1 - p, p] with true
 * class y (0 or 1), scored by the categorical family: { value, gradient: dL/dp }.
 * The gradient follows p through both entries: dL/dp = dL/dp_1 - dL/dp_0.
 */
export function twoClassCrossentropy(p, y, sparse = false) {
  const row = [1 - p, p];
  const { value, gradient } = sparse ? sparseCategoricalCrossentropy(row, y) : categoricalCrossentropy(row, [1 - y, y]);
  return { value, gradient: gradient[1] - gradient[0] };
}

// ---- Learning-rate schedules (engine/schedules.cpp) ----

/**
 * The learning rate at `step`, counted from 0 as Keras does (the engine's
 * optimizer update t uses step t - 1). `schedule`: { type: 'constant' |
 * 'step' | 'exponential' | 'cosine', decaySteps, decayRate, alpha, warmupSteps }
 * with the engine's defaults.
 */
export function scheduleRate(learningRate, schedule, step) {
  const { type, decaySteps, decayRate, alpha, warmupSteps } = scheduleOf({ schedule });
  switch (type) {
    case 'step':
      // lr * rate^floor(step / decay_steps)
      return learningRate * decayRate ** Math.floor(step / decaySteps);
    case 'exponential':
      // lr * rate^(step / decay_steps)
      return learningRate * decayRate ** (step / decaySteps);
    case 'cosine': {
      // warm-up: lr * step / warmup_steps
      if (step < warmupSteps) return (learningRate * step) / warmupSteps;
      // lr * ((1 - alpha) * 0.5 * (1 + cos(pi * min(step', d) / d)) + alpha)
      const progress = Math.min(step - warmupSteps, decaySteps) / decaySteps;
      return learningRate * ((1 - alpha) * 0.5 * (1 + Math.cos(Math.PI * progress)) + alpha);
    }
    default:
      return learningRate;
  }
}

// ---- Scales, ticks and numbers for the plots ----

/** Round tick values covering [min, max], about `count` of them. */
export function niceTicks(min, max, count = 5) {
  if (!(max > min)) return [min];
  const raw = (max - min) / Math.max(1, count);
  const magnitude = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 2.5, 5, 10].map((m) => m * magnitude).find((s) => s >= raw);
  const ticks = [];
  for (let v = Math.ceil(min / step) * step; v <= max + step * 1e-9; v += step)
    ticks.push(Math.abs(v) < step * 1e-9 ? 0 : Number(v.toPrecision(12)));
  return ticks;
}

/** A setting as people write it: 3, not 3.0000000000000004 (0.3 / (1 - 0.9)). */
export const tidy = (v) => Number(v.toPrecision(6));
/** A number for a readout: 3 significant digits, exponent form when tiny or huge. */
export function formatNumber(x, digits = 3) {
  if (!Number.isFinite(x)) return Number.isNaN(x) ? 'NaN' : x > 0 ? '∞' : '−∞';
  const ax = Math.abs(x);
  const text =
    ax !== 0 && (ax < 1e-3 || ax >= 1e5) ? x.toExponential(digits - 1) : Number(x.toPrecision(digits)).toString();
  return text.replace('-', '−');
}

/**
 * How dark a loss value sits on a surface heatmap, in [0, 1]: a log scale
 * between the surface's lowest and highest values, so that valleys show.
 * t = log(1 + (L - min)/s) / log(1 + (max - min)/s), s = (max - min) / spread
 */
export function logLevel(value, min, max, spread = 100) {
  const range = max - min;
  if (!(range > 0)) return 0;
  const s = range / spread;
  const t = Math.log1p(Math.max(0, value - min) / s) / Math.log1p(range / s);
  return t > 1 ? 1 : t;
}

/** The sigmoid and its inverse: the explorer's slider moves p on the logit scale. */
export const probabilityFromLogit = (s) => ACTIVATIONS.sigmoid.value(s);
export const logitFromProbability = (p) => Math.log(p) - Math.log1p(-p);
