// The public API end to end, as docs/design.md and the README show it: data sets, models, fit,
// predict, evaluate, trainBatch, weights, specs, Keras export, dispose.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadEngine } from 'deep-playground';
import { loadEngine as loadEngineByPath } from '../../bindings/index.js';
import { binarySpec, dense } from './api_support.mjs';

const dp = await loadEngine();

const sameBits = (a, b) =>
  Buffer.from(a.buffer, a.byteOffset, a.byteLength).equals(Buffer.from(b.buffer, b.byteOffset, b.byteLength));
const rowsOf = (flat, width) =>
  Array.from({ length: flat.length / width }, (_, r) => Array.from(flat.subarray(r * width, (r + 1) * width)));

test('the package name and the file path load one shared engine', async () => {
  assert.equal(await loadEngineByPath(), dp);
  assert.equal(await loadEngine(), dp);
});

test('data sets give train/test splits of row-major Float32Arrays with their shape', () => {
  const cases = [
    ['spiral', { n: 200, noise: 0.1, seed: 1 }, { inputs: 2, outputs: 1, classes: 2, labelWidth: 1, task: 'binary' }],
    ['plane', { n: 100, seed: 1 }, { inputs: 2, outputs: 1, classes: 0, labelWidth: 1, task: 'regression' }],
    [
      'blobs',
      { n: 90, seed: 1, oneHot: true },
      { inputs: 2, outputs: 3, classes: 3, labelWidth: 3, task: 'multiclass' },
    ],
    ['iris', { seed: 1 }, { inputs: 4, outputs: 3, classes: 3, labelWidth: 1, task: 'multiclass' }],
    ['digits', { seed: 1 }, { inputs: 64, outputs: 10, classes: 10, labelWidth: 1, task: 'multiclass' }],
  ];
  for (const [name, options, shape] of cases) {
    const data = dp.dataset(name, options);
    for (const key of Object.keys(shape)) assert.equal(data[key], shape[key], `${name}.${key}`);
    for (const split of [data.train, data.test]) {
      assert.ok(split.x instanceof Float32Array && split.y instanceof Float32Array, name);
      assert.ok(split.n > 0, name);
      assert.equal(split.x.length, split.n * shape.inputs, `${name} x is [n, inputs]`);
      assert.equal(split.y.length, split.n * shape.labelWidth, `${name} y is [n, labelWidth]`);
    }
    if (options.n) assert.equal(data.train.n + data.test.n, options.n, `${name} splits all n rows`);
  }
});

test('fit returns a Keras-like history with one entry per epoch', () => {
  const data = dp.dataset('circle', { n: 200, noise: 0.1, seed: 1 });
  const model = dp.model(binarySpec());
  const history = model.fit(data.train, { epochs: 6, batchSize: 10, validation: data.test });
  assert.deepEqual(Object.keys(history).sort(), ['accuracy', 'loss', 'valAccuracy', 'valLoss']);
  for (const key of ['loss', 'accuracy', 'valLoss', 'valAccuracy']) {
    assert.equal(history[key].length, 6, key);
    assert.ok(history[key].every(Number.isFinite), key);
  }
  assert.ok(history.accuracy.every((a) => a >= 0 && a <= 1));
  assert.ok(history.loss[5] < history.loss[0], 'training loss falls');
  model.dispose();
});

test('a regression history (plane + mse) has no accuracy', () => {
  const data = dp.dataset('plane', { n: 100, noise: 0.05, seed: 2 });
  const model = dp.model({ inputs: 2, layers: [dense(1, 'linear')], loss: 'mse', optimizer: 'adam', seed: 2 });
  const history = model.fit(data.train, { epochs: 3, validation: data.test });
  assert.deepEqual(Object.keys(history).sort(), ['loss', 'valLoss']);
  assert.deepEqual(Object.keys(model.evaluate(data.test.x, data.test.y)), ['loss']);
  model.dispose();
});

test('onEpoch is called once per epoch with its logs, and returning false stops early', () => {
  const data = dp.dataset('circle', { n: 100, seed: 1 });
  const model = dp.model(binarySpec());
  const calls = [];
  const full = model.fit(data.train, {
    epochs: 4,
    validation: data.test,
    onEpoch: (epoch, logs) => void calls.push([epoch, logs]),
  });
  assert.deepEqual(
    calls.map(([epoch]) => epoch),
    [0, 1, 2, 3],
  );
  calls.forEach(([epoch, logs]) => {
    assert.deepEqual(logs, {
      loss: full.loss[epoch],
      accuracy: full.accuracy[epoch],
      valLoss: full.valLoss[epoch],
      valAccuracy: full.valAccuracy[epoch],
    });
  });
  const stopped = model.fit(data.train, { epochs: 10, onEpoch: (epoch) => epoch < 2 });
  assert.equal(stopped.loss.length, 3);
  model.dispose();
});

test('predict and evaluate inside onEpoch leave the validation data of fit alone', () => {
  const data = dp.dataset('circle', { n: 200, noise: 0.1, seed: 1 });
  const grid = new Float32Array(50 * 2).map((_, i) => (i % 7) / 7 - 0.5);
  const plain = dp.model(binarySpec()),
    watched = dp.model(binarySpec());
  const expected = plain.fit(data.train, { epochs: 4, batchSize: 10, validation: data.test });
  const onEpoch = () => {
    watched.predict(grid);
    watched.evaluate(data.train.x.subarray(0, 20), data.train.y.subarray(0, 10));
  };
  const history = watched.fit(data.train, { epochs: 4, batchSize: 10, validation: data.test, onEpoch });
  assert.deepEqual(history, expected);
  plain.dispose();
  watched.dispose();
});

test('predict gives [n, outputs]: sigmoid in (0, 1), softmax rows summing to 1', () => {
  const binary = dp.model(binarySpec());
  const p = binary.predict(new Float32Array([0, 0, 1, -1, 0.5, 0.25]));
  assert.ok(p instanceof Float32Array);
  assert.equal(p.length, 3);
  assert.ok(p.every((v) => v > 0 && v < 1));
  const softmax = dp.model({
    inputs: 2,
    layers: [dense(4, 'relu'), dense(5, 'softmax')],
    loss: 'sparse_categorical_crossentropy',
    seed: 3,
  });
  const rows = softmax.predict(new Float32Array([0, 0, 1, -1, 0.5, 0.25, -3, 2]));
  assert.equal(rows.length, 4 * 5);
  for (let r = 0; r < 4; r++) {
    const row = rows.subarray(r * 5, r * 5 + 5);
    assert.ok(row.every((v) => v >= 0 && v <= 1));
    assert.ok(Math.abs(row.reduce((a, b) => a + b, 0) - 1) < 1e-6, `row ${r} sums to 1`);
  }
  binary.dispose();
  softmax.dispose();
});

test('evaluate gives the loss and accuracy of the last validation epoch', () => {
  const data = dp.dataset('gauss', { n: 200, noise: 0.2, seed: 4 });
  const model = dp.model(binarySpec(4));
  const history = model.fit(data.train, { epochs: 5, validation: data.test });
  const result = model.evaluate(data.test.x, data.test.y);
  assert.deepEqual(result, { loss: history.valLoss.at(-1), accuracy: history.valAccuracy.at(-1) });
  assert.ok(result.accuracy > 0.9, 'gauss is separable');
  model.dispose();
});

test('trainBatch takes one step and returns a loss that falls over repeated calls', () => {
  const data = dp.dataset('circle', { n: 64, noise: 0.05, seed: 5 });
  const model = dp.model(binarySpec(5));
  const before = model.getWeights();
  const losses = Array.from({ length: 200 }, () => model.trainBatch(data.train.x, data.train.y));
  assert.ok(losses.every(Number.isFinite));
  assert.notDeepEqual(model.getWeights(), before, 'a step moves the weights');
  assert.ok(losses.at(-1) < 0.7 * losses[0], `loss ${losses[0]} -> ${losses.at(-1)}`);
  model.dispose();
});

test('getWeights gives kernel [inputs * units] then bias [units] per dense layer, as copies', () => {
  const model = dp.model({
    inputs: 3,
    layers: [dense(5, 'relu'), { type: 'dropout', rate: 0.5 }, dense(4, 'relu'), dense(2, 'softmax')],
    loss: 'categorical_crossentropy',
    seed: 6,
  });
  const weights = model.getWeights();
  assert.deepEqual(
    weights.map((w) => w.length),
    [15, 5, 20, 4, 8, 2],
  );
  assert.ok(weights.every((w) => w instanceof Float32Array));
  assert.ok(
    [1, 3, 5].every((i) => weights[i].every((b) => b === 0)),
    'biases start at zero',
  );
  weights[0][0] = 123;
  assert.notEqual(model.getWeights()[0][0], 123, 'mutating the copy leaves the model alone');
  model.dispose();
});

test('setWeights on a linear model makes predict exactly x·W + b (kernel row-major [inputs, units])', () => {
  const model = dp.model({ inputs: 2, layers: [dense(2, 'linear')], loss: 'mse', seed: 7 });
  // W = [[1, 2], [3, 4]] (row = input), b = [0.5, -0.25]
  model.setWeights([
    [1, 2, 3, 4],
    [0.5, -0.25],
  ]);
  assert.deepEqual(
    Array.from(
      model.predict([
        [1, 10],
        [-2, 0.5],
      ]),
    ),
    [1 + 30 + 0.5, 2 + 40 - 0.25, -2 + 1.5 + 0.5, -4 + 2 - 0.25],
  );
  assert.deepEqual(model.getWeights(), [new Float32Array([1, 2, 3, 4]), new Float32Array([0.5, -0.25])]);
  model.dispose();
});

test('setWeights round trip: another model given the trained weights predicts the same', () => {
  const data = dp.dataset('xor', { n: 100, seed: 8 });
  const trained = dp.model(binarySpec(8)),
    fresh = dp.model(binarySpec(9));
  trained.fit(data.train, { epochs: 5 });
  assert.notDeepEqual(fresh.predict(data.test.x), trained.predict(data.test.x));
  fresh.setWeights(trained.getWeights());
  assert.deepEqual(fresh.predict(data.test.x), trained.predict(data.test.x));
  trained.dispose();
  fresh.dispose();
});

test('plain nested arrays are accepted like typed arrays and give the same results', () => {
  const data = dp.dataset('circle', { n: 60, noise: 0.1, seed: 10 });
  const typed = dp.model(binarySpec(10)),
    nested = dp.model(binarySpec(10));
  const a = typed.fit(data.train, { epochs: 3, batchSize: 8, validation: data.test });
  const validation = { x: rowsOf(data.test.x, 2), y: rowsOf(data.test.y, 1) };
  const b = nested.fit(
    { x: rowsOf(data.train.x, 2), y: Array.from(data.train.y) },
    { epochs: 3, batchSize: 8, validation },
  );
  assert.deepEqual(b, a);
  assert.deepEqual(nested.getWeights(), typed.getWeights());
  assert.deepEqual(
    nested.predict([
      [0, 1],
      [1, 0],
    ]),
    typed.predict(new Float32Array([0, 1, 1, 0])),
  );
  assert.deepEqual(
    nested.evaluate(
      [
        [0, 1],
        [1, 0],
      ],
      [1, 0],
    ),
    typed.evaluate(new Float32Array([0, 1, 1, 0]), new Float32Array([1, 0])),
  );
  typed.dispose();
  nested.dispose();
});

test('toSpec round trip: dp.model(model.toSpec()) with the same seed starts from identical weights', () => {
  const spec = {
    inputs: 2,
    layers: [dense(6, 'relu'), { type: 'dropout', rate: 0.25 }, dense(3, 'softmax')],
    loss: 'sparse_categorical_crossentropy',
    optimizer: { type: 'sgd', learningRate: 0.05, momentum: 0.9 },
    seed: 11,
  };
  const original = dp.model(spec);
  const initial = original.getWeights();
  const full = original.toSpec();
  assert.equal(full.optimizer.learningRate, 0.05);
  assert.equal(full.layers[1].rate, 0.25);
  original.fit(dp.dataset('blobs', { n: 60, seed: 11 }).train, { epochs: 2 });
  const rebuilt = dp.model(original.toSpec());
  assert.ok(rebuilt.getWeights().every((w, i) => sameBits(w, initial[i])));
  assert.deepEqual(rebuilt.toSpec(), full);
  original.dispose();
  rebuilt.dispose();
});

test('dp.defaults() is what the engine fills in for every optimizer and schedule a spec names bare', () => {
  const defaults = dp.defaults();
  assert.deepEqual(Object.keys(defaults.optimizers).sort(), ['adam', 'rmsprop', 'sgd']);
  assert.deepEqual(Object.keys(defaults.schedules).sort(), ['constant', 'cosine', 'exponential', 'step']);
  const layers = [dense(1, 'sigmoid')];
  for (const [type, fields] of Object.entries(defaults.optimizers)) {
    const model = dp.model({ inputs: 1, layers, loss: 'binary_crossentropy', optimizer: type });
    assert.deepEqual(model.toSpec().optimizer, { type, ...fields }, type);
    model.dispose();
  }
  for (const [type, fields] of Object.entries(defaults.schedules)) {
    const model = dp.model({
      inputs: 1,
      layers,
      loss: 'binary_crossentropy',
      optimizer: { type: 'sgd', schedule: { type } },
    });
    const { schedule } = model.toSpec().optimizer;
    assert.deepEqual(schedule ?? { type: 'constant' }, { type, ...fields }, type);
    model.dispose();
  }
  // Keras's values, which the lessons quote
  assert.equal(defaults.optimizers.adam.beta2, 0.999);
  assert.equal(defaults.optimizers.rmsprop.epsilon, 1e-7);
  assert.equal(defaults.optimizers.sgd.learningRate, 0.01);
  defaults.optimizers.adam.beta1 = 0.5;
  assert.equal(dp.defaults().optimizers.adam.beta1, 0.9, 'each call gives a fresh object');
});

test('toKeras returns Python building a keras.Sequential', () => {
  const model = dp.model(binarySpec());
  const source = model.toKeras();
  assert.match(source, /keras\.Sequential\(/);
  assert.match(source, /Dropout\(0\.1\)/);
  assert.match(source, /loss="binary_crossentropy"/);
  model.dispose();
});

test('a disposed model throws a clear Error on every use', () => {
  const model = dp.model(binarySpec());
  model.dispose();
  model.dispose();
  assert.equal(model.disposed, true);
  for (const use of [
    () => model.predict([0, 0]),
    () => model.fit({ x: [0, 0], y: [1] }),
    () => model.getWeights(),
    () => model.toSpec(),
    () => model.trainBatch([0, 0], [1]),
  ]) {
    assert.throws(use, { name: 'Error', message: /used after dispose\(\)/ });
  }
});
