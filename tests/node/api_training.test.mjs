// The public API training real data sets: iris, digits and multi-class sets
// to good accuracy, nll against sparse categorical cross-entropy, and the
// batch sizes that make full-batch GD, SGD and mini-batch.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadEngine } from '../../bindings/index.js';
import { binarySpec, dense } from './api_support.mjs';

const dp = await loadEngine();

test('iris with softmax + sparse_categorical_crossentropy reaches > 90% test accuracy', (t) => {
  const data = dp.dataset('iris', { seed: 1 });
  const model = dp.model({
    inputs: 4,
    layers: [dense(16, 'relu'), dense(3, 'softmax')],
    loss: 'sparse_categorical_crossentropy',
    optimizer: { type: 'adam', learningRate: 0.02 },
    seed: 1,
  });
  model.fit(data.train, { epochs: 100, batchSize: 8 });
  const { accuracy } = model.evaluate(data.test.x, data.test.y);
  t.diagnostic(`test accuracy ${(accuracy * 100).toFixed(1)}%`);
  assert.ok(accuracy > 0.9, `test accuracy ${accuracy}`);
  model.dispose();
});

test('digits (64 inputs, 10 classes) reaches > 90% test accuracy', (t) => {
  const data = dp.dataset('digits', { seed: 1 });
  const model = dp.model({
    inputs: 64,
    layers: [dense(32, 'relu'), dense(10, 'softmax')],
    loss: 'sparse_categorical_crossentropy',
    optimizer: { type: 'adam', learningRate: 0.005 },
    seed: 1,
  });
  model.fit(data.train, { epochs: 20, batchSize: 32 });
  const { accuracy } = model.evaluate(data.test.x, data.test.y);
  t.diagnostic(`test accuracy ${(accuracy * 100).toFixed(1)}%`);
  assert.ok(accuracy > 0.9, `test accuracy ${accuracy}`);
  model.dispose();
});

test('multi-class spiral and blobs train with oneHot labels and categorical_crossentropy', (t) => {
  const sets = [
    ['spiral', { n: 300, classes: 3, noise: 0.05, seed: 2 }, 0.8], // chance is 1/3
    ['blobs', { n: 300, classes: 4, noise: 0.1, seed: 2 }, 0.9],
  ];
  for (const [name, options, target] of sets) {
    const data = dp.dataset(name, { ...options, oneHot: true });
    const layers = [dense(32, 'relu'), dense(32, 'relu'), dense(options.classes, 'softmax')];
    const optimizer = { type: 'adam', learningRate: 0.01 };
    const model = dp.model({ inputs: 2, layers, loss: 'categorical_crossentropy', optimizer, seed: 2 });
    const history = model.fit(data.train, { epochs: 150, batchSize: 16, validation: data.test });
    assert.ok(history.loss.at(-1) < 0.5 * history.loss[0], `${name} loss falls`);
    t.diagnostic(`${name}: test accuracy ${(history.valAccuracy.at(-1) * 100).toFixed(1)}%`);
    assert.ok(history.valAccuracy.at(-1) > target, `${name} test accuracy ${history.valAccuracy.at(-1)}`);
    model.dispose();
  }
});

test('nll gives the same losses as sparse_categorical_crossentropy on the same seed (to 1e-6)', () => {
  const data = dp.dataset('blobs', { n: 120, noise: 0.3, seed: 3 });
  const spec = (loss) => ({
    inputs: 2,
    layers: [dense(8, 'relu'), dense(3, 'softmax')],
    loss,
    optimizer: { type: 'adam', learningRate: 0.01 },
    seed: 3,
  });
  const histories = ['nll', 'sparse_categorical_crossentropy'].map((loss) =>
    dp.model(spec(loss)).fit(data.train, { epochs: 10, batchSize: 8, validation: data.test }),
  );
  for (const key of ['loss', 'valLoss']) {
    histories[0][key].forEach((l, i) =>
      assert.ok(Math.abs(l - histories[1][key][i]) <= 1e-6, `${key}[${i}]: ${l} vs ${histories[1][key][i]}`),
    );
  }
  assert.deepEqual(histories[0].accuracy, histories[1].accuracy);
});

test('full-batch GD, SGD and mini-batch are batchSize n, 1 and k of the same optimizer', () => {
  const data = dp.dataset('circle', { n: 40, noise: 0.1, seed: 12 });
  const { x, y, n } = data.train;
  const spec = {
    ...binarySpec(12),
    layers: [dense(4, 'tanh'), dense(1, 'sigmoid')],
    optimizer: { type: 'sgd', learningRate: 0.1 },
  };
  // One epoch of batchSize n is one step on all rows; of batchSize 1 without shuffling, n steps row by row.
  const gd = dp.model(spec),
    gdByHand = dp.model(spec);
  gd.fit(data.train, { epochs: 1, batchSize: n, shuffle: false });
  gdByHand.trainBatch(x, y);
  assert.deepEqual(gd.getWeights(), gdByHand.getWeights());
  const sgd = dp.model(spec),
    sgdByHand = dp.model(spec);
  sgd.fit(data.train, { epochs: 1, batchSize: 1, shuffle: false });
  for (let r = 0; r < n; r++) sgdByHand.trainBatch(x.subarray(2 * r, 2 * r + 2), y.subarray(r, r + 1));
  assert.deepEqual(sgd.getWeights(), sgdByHand.getWeights());
  assert.notDeepEqual(sgd.getWeights(), gd.getWeights());
  for (const batchSize of [n, 1, 7]) {
    const history = dp.model(spec).fit(data.train, { epochs: 30, batchSize });
    assert.ok(
      history.loss.at(-1) < history.loss[0],
      `batchSize ${batchSize}: ${history.loss[0]} -> ${history.loss.at(-1)}`,
    );
  }
});
