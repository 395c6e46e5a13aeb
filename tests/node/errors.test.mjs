// Bad input through the public API: every case throws a JS Error (not an
// Embind pointer) whose message names the field and what is allowed, and the
// engine keeps working afterwards. Divergence stops training cleanly.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { binary, dp, spec, throwsNamingTheField, withLayer, withOptimizer, without } from './errors_support.mjs';

const cases = [
  [
    'softmax over one unit',
    () => dp.model(withLayer({ type: 'dense', units: 1, activation: 'softmax' })),
    /^layers\[0\]\.activation: softmax over a single unit always outputs 1, so nothing trains; use sigmoid for one unit/,
  ],
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
    /^optimizer\.learningRate: 0 must be a number in \(0, 3\.402823e\+38\]$/,
  ],
  [
    'learningRate -1',
    () => dp.model(withOptimizer({ type: 'sgd', learningRate: -1 })),
    /^optimizer\.learningRate: -1 must be a number in \(0, 3\.402823e\+38\]$/,
  ],
  [
    'learningRate NaN',
    () => dp.model(withOptimizer({ type: 'adam', learningRate: NaN })),
    /^optimizer\.learningRate: 'NaN' must be a number in \(0, 3\.402823e\+38\]$/,
  ],
  [
    'learningRate 1e39 (above float32)',
    () => dp.model(withOptimizer({ type: 'sgd', learningRate: 1e39 })),
    /^optimizer\.learningRate: 1e\+39 must be a number in \(0, 3\.402823e\+38\]$/,
  ],
  [
    "learningRate 'fast'",
    () => dp.model(withOptimizer({ type: 'adam', learningRate: 'fast' })),
    /^optimizer\.learningRate: 'fast' must be a number in \(0, 3\.402823e\+38\]$/,
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
];

throwsNamingTheField(cases);

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
