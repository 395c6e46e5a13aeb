// Numerics at the edges, through the public API: cross-entropy on outputs that
// are not a softmax (against TF.js Layers), saturated outputs (the loss
// reported and the step taken come from one function, Keras-on-TensorFlow's
// logits form), learning rates far too large, and losses with no finite value.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadEngine } from '../../bindings/index.js';
import { tf, tfl, initTf } from './parity_support.mjs';

const dp = await loadEngine();
await initTf();

const close = (actual, expected, tolerance, what) =>
  assert.ok(
    Math.abs(actual - expected) <= tolerance * Math.max(1, Math.abs(expected)),
    `${what}: ${actual} vs ${expected}`,
  );

// One input into one dense layer; weights set by hand.
function oneLayer({ units, activation, loss, kernel, bias, learningRate = 1 }) {
  const model = dp.model({
    inputs: 1,
    layers: [{ type: 'dense', units, activation }],
    loss,
    optimizer: { type: 'sgd', learningRate },
  });
  model.setWeights([kernel, bias]);
  return model;
}

test('sparse categorical cross-entropy on sigmoid outputs renormalizes each row, as TF.js Layers and Keras do', () => {
  const kernel = [0.5, -1.2];
  const bias = [0.3, 0.1];
  const x = [1, -2, 0.5];
  const classes = [0, 1, 1];
  const layer = { units: 2, activation: 'sigmoid', kernel, bias };
  const sparse = oneLayer({ ...layer, loss: 'sparse_categorical_crossentropy' });
  const categorical = oneLayer({ ...layer, loss: 'categorical_crossentropy' });
  const ours = sparse.evaluate(x, classes).loss;
  const oneHot = classes.flatMap((k) => [0, 1].map((j) => (j === k ? 1 : 0)));
  close(ours, categorical.evaluate(x, oneHot).loss, 1e-6, 'sparse vs categorical with one-hot labels');

  const reference = tfl.sequential({
    layers: [tfl.layers.dense({ units: 2, activation: 'sigmoid', inputShape: [1] })],
  });
  reference.compile({ optimizer: 'sgd', loss: 'sparseCategoricalCrossentropy' });
  reference.setWeights([tf.tensor2d([kernel]), tf.tensor1d(bias)]);
  const theirs = reference.evaluate(tf.tensor2d(x, [3, 1]), tf.tensor2d(classes, [3, 1])).dataSync()[0];
  close(ours, theirs, 1e-6, 'engine vs TF.js Layers');
  sparse.dispose();
  categorical.dispose();
});

test('a saturated sigmoid reports the exact loss and steps along its true gradient (Keras on TensorFlow)', () => {
  // dense(1, sigmoid), kernel 20, x = 1, label 0, SGD at rate 1: z = 20, p = sigmoid(20)
  const model = oneLayer({ units: 1, activation: 'sigmoid', loss: 'binary_crossentropy', kernel: [20], bias: [0] });
  const history = model.fit({ x: [1], y: [0] }, { epochs: 1, batchSize: 1 });
  // L = softplus(20) = 20 + log(1 + e^-20), not the clipped -log(1e-7) = 16.1; dL/dw = p - y
  close(history.loss[0], 20 + Math.log1p(Math.exp(-20)), 1e-6, 'loss');
  close(model.getWeights()[0][0], 20 - 1 / (1 + Math.exp(-20)), 1e-6, 'kernel after one step');
  model.dispose();
});

test('a saturated softmax too: the loss is logsumexp(z) - z_true and the step is p - y', () => {
  // z = (0, 40) for x = 1, true class 0
  for (const [loss, y] of [
    ['sparse_categorical_crossentropy', [0]],
    ['categorical_crossentropy', [1, 0]],
  ]) {
    const model = oneLayer({ units: 2, activation: 'softmax', loss, kernel: [0, 40], bias: [0, 0] });
    const history = model.fit({ x: [1], y }, { epochs: 1, batchSize: 1 });
    close(history.loss[0], 40 + Math.log1p(Math.exp(-40)), 1e-6, `${loss}: loss`);
    const [w0, w1] = model.getWeights()[0];
    close(w0, 1, 1e-6, `${loss}: kernel[0] after one step`);
    close(w1, 39, 1e-6, `${loss}: kernel[1] after one step`);
    model.dispose();
  }
});

test('a learning rate above 100 is accepted, as in Keras; 1e30 diverges and says where', () => {
  const data = dp.dataset('plane', { n: 100, noise: 0.1, seed: 1 });
  const model = dp.model({
    inputs: 2,
    layers: [{ type: 'dense', units: 1 }],
    loss: 'mse',
    optimizer: { type: 'sgd', learningRate: 1e30 },
    seed: 1,
  });
  assert.equal(model.toSpec().optimizer.learningRate, 1e30);
  const history = model.fit(data.train, { epochs: 5, batchSize: 10 });
  assert.deepEqual(history.diverged, { epoch: 0, step: 2, lastLoss: history.diverged.lastLoss });
  assert.ok(Number.isFinite(history.diverged.lastLoss) && history.diverged.lastLoss > 0);
  assert.ok(
    model.getWeights().every((w) => w.every(Number.isFinite)),
    'weights stay finite',
  );
  model.dispose();
});

test('an update that overflows a weight is reported as divergence at that step, even the last one', () => {
  // w -= 1e38 * 2 (w x - y) x: the kernel leaves float32's range on the only step
  const model = oneLayer({ units: 1, activation: 'linear', loss: 'mse', kernel: [1], bias: [0], learningRate: 1e38 });
  const history = model.fit({ x: [2], y: [-3] }, { epochs: 1, batchSize: 1 });
  assert.deepEqual(history, { loss: [], diverged: { epoch: 0, step: 1, lastLoss: 25 } });
  model.dispose();
});

test('diverged.lastLoss is null when no step had a finite loss, never a made-up 0', () => {
  const model = oneLayer({ units: 1, activation: 'linear', loss: 'mse', kernel: [1], bias: [0] });
  // (p - 1e30)^2 overflows float32 on the first step
  const history = model.fit({ x: [1, 2], y: [1e30, 1e30] }, { epochs: 3, batchSize: 2 });
  assert.deepEqual(history, { loss: [], diverged: { epoch: 0, step: 1, lastLoss: null } });
  assert.deepEqual(
    model.getWeights().map((w) => [...w]),
    [[1], [0]],
  );
  model.dispose();
});
