// Bad input through the public API: every case throws a JS Error (not an
// Embind pointer) whose message names the field and what is allowed, and the
// engine keeps working afterwards. Divergence stops training cleanly.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadEngine } from '../../bindings/index.js';

const dp = await loadEngine();

const spec = (changes = {}) => ({
  inputs: 2,
  layers: [
    { type: 'dense', units: 4, activation: 'tanh' },
    { type: 'dense', units: 1, activation: 'sigmoid' },
  ],
  loss: 'binary_crossentropy',
  optimizer: { type: 'adam', learningRate: 0.05 },
  seed: 1,
  ...changes,
});
const withLayer = (layer) => spec({ layers: [layer] });
const without = (key) => {
  const s = spec();
  delete s[key];
  return s;
};
const withOptimizer = (optimizer) => spec({ optimizer });

const binary = dp.model(spec());
const sparse = dp.model({
  inputs: 2,
  layers: [{ type: 'dense', units: 3, activation: 'softmax' }],
  loss: 'sparse_categorical_crossentropy',
  seed: 1,
});
const row = { x: [0.5, -0.5], y: [1] };
const fitWith = (options) => () => binary.fit(row, options);
const weights = () => binary.getWeights();

// `values` with element i deleted: a sparse array, as [1, , 3] is.
const withHole = (values, i) => {
  const holed = [...values];
  delete holed[i];
  return holed;
};

const cases = [
  // the spec
  ['spec null', () => dp.model(null), /^spec: null must be an object/],
  ['spec 42', () => dp.model(42), /^spec: 42 must be an object/],
  ["spec 'x' (not JSON)", () => dp.model('x'), /^spec: not valid JSON/],
  ['missing inputs', () => dp.model(without('inputs')), /^inputs: is required/],
  ['missing layers', () => dp.model(without('layers')), /^layers: is required/],
  ['missing loss', () => dp.model(without('loss')), /^loss: is required/],
  [
    'unknown top-level field',
    () => dp.model(spec({ epochs: 3 })),
    /^epochs: unknown field \(allowed: inputs, layers, loss, optimizer, seed\)/,
  ],
  [
    '__proto__ key from JSON.parse',
    () => dp.model({ ...spec(), ...JSON.parse('{"__proto__": {"inputs": 3}}') }),
    /^__proto__: unknown field \(allowed: inputs, layers, loss, optimizer, seed\)/,
  ],
  [
    'unknown layer type',
    () => dp.model(withLayer({ type: 'conv2d', units: 1 })),
    /^layers\[0\]\.type: 'conv2d' is not one of dense, dropout$/,
  ],
  [
    "activation 'swishy'",
    () => dp.model(withLayer({ type: 'dense', units: 1, activation: 'swishy' })),
    /^layers\[0\]\.activation: 'swishy' is not one of relu, sigmoid, tanh, softmax, linear/,
  ],
  [
    'unknown loss',
    () => dp.model(spec({ loss: 'hinge' })),
    /^loss: 'hinge' is not one of binary_crossentropy, categorical_crossentropy, sparse_categorical_crossentropy, nll, mse, mae$/,
  ],
  [
    'unknown optimizer',
    () => dp.model(withOptimizer('adagrad')),
    /^optimizer\.type: 'adagrad' is not one of sgd, rmsprop, adam$/,
  ],
  [
    'unknown initializer',
    () => dp.model(withLayer({ type: 'dense', units: 1, kernelInitializer: 'ones' })),
    /^layers\[0\]\.kernelInitializer: 'ones' is not one of glorot_uniform, he_normal, zeros$/,
  ],
  [
    'unknown schedule',
    () => dp.model(withOptimizer({ type: 'sgd', schedule: { type: 'linear' } })),
    /^optimizer\.schedule\.type: 'linear' is not one of constant, step, exponential, cosine$/,
  ],
  [
    'units 0',
    () => dp.model(withLayer({ type: 'dense', units: 0 })),
    /^layers\[0\]\.units: 0 must be an integer in 1\.\.4096$/,
  ],
  [
    'units -1',
    () => dp.model(withLayer({ type: 'dense', units: -1 })),
    /^layers\[0\]\.units: -1 must be an integer in 1\.\.4096$/,
  ],
  [
    'units 1.5',
    () => dp.model(withLayer({ type: 'dense', units: 1.5 })),
    /^layers\[0\]\.units: 1\.5 must be an integer in 1\.\.4096$/,
  ],
  [
    'units NaN',
    () => dp.model(withLayer({ type: 'dense', units: NaN })),
    /^layers\[0\]\.units: 'NaN' must be an integer in 1\.\.4096$/,
  ],
  [
    'units Infinity',
    () => dp.model(withLayer({ type: 'dense', units: Infinity })),
    /^layers\[0\]\.units: 'Infinity' must be an integer in 1\.\.4096$/,
  ],
  [
    'units 1e9 (the limit in the message)',
    () => dp.model(withLayer({ type: 'dense', units: 1e9 })),
    /^layers\[0\]\.units: 1e\+09 must be an integer in 1\.\.4096$/,
  ],
  [
    '65 layers',
    () =>
      dp.model(
        spec({ layers: Array.from({ length: 65 }, () => ({ type: 'dense', units: 1, activation: 'sigmoid' })) }),
      ),
    /^layers: .* 1\.\.64 layers$/,
  ],
  [
    'too many parameters',
    () =>
      dp.model(
        spec({
          inputs: 4096,
          layers: [
            { type: 'dense', units: 4096 },
            { type: 'dense', units: 4096 },
            { type: 'dense', units: 1 },
          ],
        }),
      ),
    /^layers: 33566721 parameters exceed the limit of 16777216$/,
  ],
  [
    'learningRate 0',
    () => dp.model(withOptimizer({ type: 'sgd', learningRate: 0 })),
    /^optimizer\.learningRate: 0 must be a number in \(0, 100\]$/,
  ],
  [
    'learningRate -1',
    () => dp.model(withOptimizer({ type: 'sgd', learningRate: -1 })),
    /^optimizer\.learningRate: -1 must be a number in \(0, 100\]$/,
  ],
  [
    'learningRate NaN',
    () => dp.model(withOptimizer({ type: 'adam', learningRate: NaN })),
    /^optimizer\.learningRate: 'NaN' must be a number in \(0, 100\]$/,
  ],
  [
    "learningRate 'fast'",
    () => dp.model(withOptimizer({ type: 'adam', learningRate: 'fast' })),
    /^optimizer\.learningRate: 'fast' must be a number in \(0, 100\]$/,
  ],
  [
    'momentum 1',
    () => dp.model(withOptimizer({ type: 'sgd', momentum: 1 })),
    /^optimizer\.momentum: 1 must be a number in \[0, 1\)$/,
  ],
  [
    'momentum 0.99999999 (1 in float32)',
    () => dp.model(withOptimizer({ type: 'sgd', momentum: 0.99999999 })),
    /^optimizer\.momentum: 0\.99999999 rounds to 1 in float32; must be a number in \[0, 1\)$/,
  ],
  [
    'beta1 1',
    () => dp.model(withOptimizer({ type: 'adam', beta1: 1 })),
    /^optimizer\.beta1: 1 must be a number in \[0, 1\)$/,
  ],
  [
    'dropout rate 1',
    () =>
      dp.model(
        spec({
          layers: [
            { type: 'dense', units: 4 },
            { type: 'dropout', rate: 1 },
            { type: 'dense', units: 1 },
          ],
        }),
      ),
    /^layers\[1\]\.rate: 1 must be a number in \[0, 1\)$/,
  ],
  [
    'categorical_crossentropy on 1 unit',
    () => dp.model(spec({ loss: 'categorical_crossentropy' })),
    /^loss: categorical_crossentropy needs at least 2 output units, but layers\[1\] has 1 \(for one unit use binary_crossentropy\)$/,
  ],
  [
    'nll without softmax',
    () => dp.model(spec({ loss: 'nll', layers: [{ type: 'dense', units: 3, activation: 'sigmoid' }] })),
    /^loss: nll takes probabilities, so layers\[0\]\.activation must be softmax, not sigmoid$/,
  ],
  [
    'dropout as the last layer',
    () =>
      dp.model(
        spec({
          layers: [
            { type: 'dense', units: 4 },
            { type: 'dropout', rate: 0.5 },
          ],
        }),
      ),
    /^layers\[1\]: the last layer must be dense/,
  ],
  // the data
  [
    'x length not a multiple of inputs',
    () => binary.fit({ x: [1, 2, 3], y: [1] }),
    /^data\.x: 3 numbers do not fill whole rows of 2 inputs$/,
  ],
  [
    'y length mismatch',
    () => binary.fit({ x: [1, 2, 3, 4], y: [1] }),
    /^data\.y: 1 numbers for 2 rows; binary_crossentropy needs \[2, 1\]$/,
  ],
  ['NaN in x', () => binary.fit({ x: [1, NaN, 3, 4], y: [1, 0] }), /^data\.x\[0\]\[1\]: nan is not a finite number$/],
  [
    'sparse label 3.5',
    () => sparse.fit({ x: [1, 2], y: [3.5] }),
    /^data\.y\[0\]: 3\.5 must be an integer class id in 0\.\.2 for sparse_categorical_crossentropy$/,
  ],
  [
    'sparse label out of range',
    () => sparse.fit({ x: [1, 2, 3, 4], y: [0, 3] }),
    /^data\.y\[1\]: 3 must be an integer class id in 0\.\.2/,
  ],
  [
    'BCE label 2',
    () => binary.fit({ x: [1, 2], y: [2] }),
    /^data\.y\[0\]: 2 must be in \[0, 1\] for binary_crossentropy$/,
  ],
  ['empty data', () => binary.fit({ x: [], y: [] }), /^data\.x: no rows \(empty data\)$/],
  [
    'nested rows of unequal length',
    () => binary.fit({ x: [[1, 2], [3]], y: [1, 0] }),
    /^data\.x\[1\]: every row must be an array of 2 numbers, got an array of 1$/,
  ],
  ['non-numeric entry', () => binary.fit({ x: [[1, 'a']], y: [1] }), /^data\.x\[0\]\[1\]: 'a' is not a number$/],
  ['null entry', () => binary.fit({ x: [1, null], y: [1] }), /^data\.x\[1\]: null is not a number$/],
  ['data without y', () => binary.fit({ x: [1, 2] }), /^data: expected \{ x, y \}/],
  [
    'bad validation data',
    () => binary.fit(row, { validation: { x: [1, 2, 3], y: [1] } }),
    /^validation\.x: 3 numbers do not fill whole rows of 2 inputs$/,
  ],
  [
    'evaluate with a bad label',
    () => binary.evaluate([1, 2], [5]),
    /^data\.y\[0\]: 5 must be in \[0, 1\] for binary_crossentropy$/,
  ],
  [
    'trainBatch with a bad label',
    () => binary.trainBatch([1, 2], [-1]),
    /^data\.y\[0\]: -1 must be in \[0, 1\] for binary_crossentropy$/,
  ],
  // fit options
  ['epochs 0', fitWith({ epochs: 0 }), /^options\.epochs: 0 must be an integer in 1\.\.1000000$/],
  ['epochs 1.5', fitWith({ epochs: 1.5 }), /^options\.epochs: 1\.5 must be an integer in 1\.\.1000000$/],
  ['batchSize 0', fitWith({ batchSize: 0 }), /^options\.batchSize: 0 must be an integer in 1\.\.1000000$/],
  [
    'unknown fit option',
    fitWith({ learningRate: 1 }),
    /^options\.learningRate: unknown field \(allowed: epochs, batchSize, shuffle\)$/,
  ],
  ['onEpoch not a function', fitWith({ onEpoch: 3 }), /^options\.onEpoch: 3 must be a function$/],
  // data sets
  [
    'unknown data set',
    () => dp.dataset('spirals'),
    /^dataset: 'spirals' is not one of circle, xor, gauss, spiral, plane, multigauss, blobs, iris, digits$/,
  ],
  ['dataset n 0', () => dp.dataset('spiral', { n: 0 }), /^n: 0 must be an integer in 4\.\.100000$/],
  ['dataset noise 2', () => dp.dataset('spiral', { noise: 2 }), /^noise: 2 must be in 0\.\.1$/],
  ['dataset testFraction 1', () => dp.dataset('spiral', { testFraction: 1 }), /^testFraction: 1 must be in 0\.\.0\.9$/],
  ['blobs classes 7', () => dp.dataset('blobs', { classes: 7 }), /^classes: 7 must be in 3\.\.5 for blobs$/],
  [
    'unknown dataset option',
    () => dp.dataset('spiral', { size: 7 }),
    /^size: unknown field \(allowed: n, noise, seed, testFraction, classes, oneHot\)$/,
  ],
  // weights and predict
  [
    'setWeights wrong count',
    () => binary.setWeights([new Float32Array(8)]),
    /^weights: expected an array of 4 arrays \(kernel and bias per dense layer\), got an array of 1$/,
  ],
  [
    'setWeights wrong length',
    () => binary.setWeights([new Float32Array(8), new Float32Array(4), new Float32Array(3), new Float32Array(1)]),
    /^weights\[2\]: 3 numbers, but dense layer 1 kernel \[4, 1\] holds 4$/,
  ],
  [
    'setWeights NaN',
    () => binary.setWeights(weights().map((w, i) => (i === 1 ? w.fill(NaN) : w))),
    /^weights\[1\]\[0\]: .*not a finite number$/,
  ],
  [
    'predict with the wrong width',
    () => binary.predict([[1, 2, 3]]),
    /^predict\.x: 3 numbers do not fill whole rows of 2 inputs$/,
  ],
  ['predict with NaN', () => binary.predict([0, NaN]), /^predict\.x\[0\]\[1\]: nan is not a finite number$/],
  [
    'predict with a hole',
    () => binary.predict(withHole([1, 1, 0, 1], 1)),
    /^predict\.x\[1\]: a hole \(no value\) is not a number$/,
  ],
  [
    'predict with a missing row',
    () =>
      binary.predict(
        withHole(
          [
            [0, 1],
            [0, 0],
            [1, 0],
          ],
          1,
        ),
      ),
    /^predict\.x\[1\]: every row must be an array of 2 numbers, got a hole \(no value\)$/,
  ],
  [
    'fit with a missing label',
    () => binary.fit({ x: [0, 1, 1, 0], y: withHole([1, 0], 1) }),
    /^data\.y\[1\]: a hole \(no value\) is not a number$/,
  ],
  ['predict with a BigInt', () => binary.predict([1n, 2n]), /^predict\.x\[0\]: 1n, a BigInt, is not a number$/],
];

for (const [name, run, message] of cases) {
  test(`${name}: throws an Error naming the field and what is allowed`, () => {
    let caught = null;
    try {
      run();
    } catch (error) {
      caught = error;
    }
    assert.ok(
      caught instanceof Error,
      `expected an Error, got ${caught === null ? 'no throw' : typeof caught}: ${caught}`,
    );
    assert.match(caught.message, message);
  });
}

test('a rejected setWeights changes no weight at all', () => {
  const before = binary.getWeights();
  const bad = [
    new Float32Array(8).fill(9),
    new Float32Array(4).fill(9),
    new Float32Array(4).fill(9),
    new Float32Array([NaN]),
  ];
  assert.throws(() => binary.setWeights(bad), /^Error: weights\[3\]\[0\]: .*not a finite number$/);
  assert.deepEqual(binary.getWeights(), before);
});

test('after all of the above, the same engine trains, and the rejecting model exactly like a fresh one', () => {
  assert.ok(cases.length >= 30);
  const data = dp.dataset('gauss', { n: 100, noise: 0.1, seed: 3 });
  const options = { epochs: 20, batchSize: 10, validation: data.test };
  const history = binary.fit(data.train, options);
  assert.ok(history.loss.at(-1) < 0.5 * history.loss[0], `loss ${history.loss[0]} -> ${history.loss.at(-1)}`);
  assert.ok(history.valAccuracy.at(-1) > 0.9, `test accuracy ${history.valAccuracy.at(-1)}`);
  assert.deepEqual(dp.model(spec()).fit(data.train, options), history);
});

test('divergence (sgd, learningRate 50, plane + mse) stops with history.diverged and finite weights', () => {
  const data = dp.dataset('plane', { n: 200, noise: 0.1, seed: 1 });
  const model = dp.model({
    inputs: 2,
    layers: [
      { type: 'dense', units: 8, activation: 'relu' },
      { type: 'dense', units: 1 },
    ],
    loss: 'mse',
    optimizer: { type: 'sgd', learningRate: 50 },
    seed: 1,
  });
  const history = model.fit(data.train, { epochs: 20, batchSize: 10, validation: data.test });
  assert.ok(history.diverged, 'history.diverged is set');
  const { epoch, step, lastLoss } = history.diverged;
  assert.ok(Number.isInteger(epoch) && epoch >= 0 && epoch < 20, `epoch ${epoch}`);
  assert.ok(Number.isInteger(step) && step >= 1, `step ${step}`);
  assert.ok(Number.isFinite(lastLoss), `lastLoss ${lastLoss}`);
  assert.ok(history.loss.length < 20, 'training stopped early');
  assert.ok([...history.loss, ...history.valLoss].every(Number.isFinite), 'no NaN in the history');
  assert.ok(
    model.getWeights().every((w) => w.every(Number.isFinite)),
    'weights stay finite',
  );
  assert.ok(model.predict(data.test.x).every(Number.isFinite));
  model.dispose();
});
