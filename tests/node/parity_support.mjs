// Helpers for parity.test.mjs: one small regularized model built twice, in
// our engine and in TF.js Layers (cpu backend), from the same initial weights.
import * as tf from '@tensorflow/tfjs-core';
import * as tfl from '@tensorflow/tfjs-layers';
import '@tensorflow/tfjs-backend-cpu';

export { tf, tfl };

export async function initTf() {
  await tf.setBackend('cpu');
  await tf.ready();
}

// 8 deterministic rows of 3 inputs, and labels derived from them.
export const ROWS = 8;
export const INPUTS = 3;
export const X = Array.from({ length: ROWS }, (_, i) =>
  Array.from({ length: INPUTS }, (_, j) => Math.round(1000 * 1.5 * Math.sin(1.3 * i + 0.7 * j + 0.4)) / 1000),
);
const CLASSES = [0, 2, 1, 1, 0, 2, 2, 0];

const HIDDEN_REG = { l1: 1e-2, l2: 1e-2 };
const OUTPUT_REG = { l1: 5e-3, l2: 2e-2 };

// Per loss: output width and activation, labels (ours flat, TF.js as a 2-D tensor), TF.js name.
export const LOSSES = {
  binary_crossentropy: {
    units: 2,
    activation: 'sigmoid',
    tf: 'binaryCrossentropy',
    y: X.map(([a, b, c]) => [a + b > 0 ? 1 : 0, b * c > 0.1 ? 1 : 0]),
  },
  categorical_crossentropy: {
    units: 3,
    activation: 'softmax',
    tf: 'categoricalCrossentropy',
    y: CLASSES.map((k) => [0, 1, 2].map((j) => (j === k ? 1 : 0))),
  },
  sparse_categorical_crossentropy: {
    units: 3,
    activation: 'softmax',
    tf: 'sparseCategoricalCrossentropy',
    y: CLASSES.map((k) => [k]),
  },
  nll: { units: 3, activation: 'softmax', tf: 'sparseCategoricalCrossentropy', y: CLASSES.map((k) => [k]) },
  mse: {
    units: 2,
    activation: 'linear',
    tf: 'meanSquaredError',
    y: X.map(([a, b, c]) => [0.5 * a - b + 0.2, Math.sin(c) * 0.8]),
  },
  // Shifted so the residual signs never balance: a bias gradient of exactly 0
  // turns TF.js centered RMSprop's sqrt(0 - eps) into NaN.
  mae: {
    units: 2,
    activation: 'linear',
    tf: 'meanAbsoluteError',
    y: X.map(([a, b, c]) => [0.5 * a - b + 0.2, Math.sin(c) * 0.8 + 0.6]),
  },
};

// Our optimizer spec and the matching tf.train optimizer (TF.js momentum is
// our sgd with dampening 0; TF.js rmsprop always runs its momentum branch).
export const OPTIMIZERS = {
  sgd: { ours: { type: 'sgd', learningRate: 0.1 }, tf: () => tf.train.sgd(0.1) },
  momentum: {
    ours: { type: 'sgd', learningRate: 0.05, momentum: 0.9, dampening: 0 },
    tf: () => tf.train.momentum(0.05, 0.9, false),
  },
  nesterov: {
    ours: { type: 'sgd', learningRate: 0.05, momentum: 0.9, nesterov: true },
    tf: () => tf.train.momentum(0.05, 0.9, true),
  },
  rmsprop: { ours: { type: 'rmsprop', learningRate: 0.01 }, tf: () => tf.train.rmsprop(0.01, 0.9, 0, 1e-7, false) },
  rmsprop_momentum: {
    ours: { type: 'rmsprop', learningRate: 0.01, momentum: 0.5 },
    tf: () => tf.train.rmsprop(0.01, 0.9, 0.5, 1e-7, false),
  },
  // TF.js centered RMSprop takes sqrt(s - mg^2 - eps) where Keras 3 (and we)
  // take sqrt(s - mg^2 + eps): NaN in TF.js for small gradients at eps 1e-7.
  // A tiny eps makes the sign moot.
  rmsprop_centered: {
    ours: { type: 'rmsprop', learningRate: 0.01, rho: 0.8, centered: true, epsilon: 1e-12 },
    tf: () => tf.train.rmsprop(0.01, 0.8, 0, 1e-12, true),
  },
  adam: {
    ours: { type: 'adam', learningRate: 0.01, beta1: 0.9, beta2: 0.999, epsilon: 1e-7 },
    tf: () => tf.train.adam(0.01, 0.9, 0.999, 1e-7),
  },
};

export function ourSpec(lossName, optimizerName) {
  const loss = LOSSES[lossName];
  return {
    inputs: INPUTS,
    seed: 11,
    loss: lossName,
    optimizer: OPTIMIZERS[optimizerName].ours,
    layers: [
      { type: 'dense', units: 5, activation: 'tanh', kernelRegularizer: HIDDEN_REG },
      { type: 'dense', units: loss.units, activation: loss.activation, kernelRegularizer: OUTPUT_REG },
    ],
  };
}

/** The TF.js twin of ourSpec(...), holding `weights` (ours, Keras order); tfOptimizer overrides the optimizer. */
export function tfTwin(lossName, optimizerName, weights, tfOptimizer = OPTIMIZERS[optimizerName].tf()) {
  const loss = LOSSES[lossName];
  const model = tfl.sequential({
    layers: [
      tfl.layers.dense({
        inputShape: [INPUTS],
        units: 5,
        activation: 'tanh',
        kernelRegularizer: tfl.regularizers.l1l2(HIDDEN_REG),
      }),
      tfl.layers.dense({
        units: loss.units,
        activation: loss.activation,
        kernelRegularizer: tfl.regularizers.l1l2(OUTPUT_REG),
      }),
    ],
  });
  model.compile({ optimizer: tfOptimizer, loss: loss.tf });
  const units = [INPUTS, 5, loss.units];
  model.setWeights(
    weights.map((w, i) => (i % 2 === 0 ? tf.tensor2d(w, [units[i / 2], units[i / 2 + 1]]) : tf.tensor1d(w))),
  );
  return model;
}

/** Max |a - b| over matching arrays (lists of arrays allowed). */
export function maxAbsDiff(a, b) {
  if (Array.isArray(a) && typeof a[0] !== 'number') return Math.max(...a.map((ai, i) => maxAbsDiff(ai, b[i])));
  let m = 0;
  for (let i = 0; i < a.length; i++) m = Math.max(m, Math.abs(a[i] - b[i]));
  if (a.length !== b.length) return Infinity;
  return m;
}

/** |a - b|, relative to |b| where |b| > 1. */
export const lossDiff = (a, b) => Math.abs(a - b) / Math.max(1, Math.abs(b));

export function tfWeights(model) {
  return model.getWeights().map((w) => Array.from(w.dataSync()));
}
