// A seed fixes everything: initialization, shuffling and dropout masks give
// bit-identical runs in one build, and the native and wasm builds agree to
// 1e-5 relative (docs/design.md, "The engine").
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { loadEngine } from '../../bindings/index.js';

const dp = await loadEngine();
const root = fileURLToPath(new URL('../../', import.meta.url));
const nativeTrain = fileURLToPath(new URL('../../build/native/dp_native_train', import.meta.url));

const dropoutSpec = (seed) => ({
  inputs: 2,
  layers: [
    { type: 'dense', units: 12, activation: 'relu' },
    { type: 'dropout', rate: 0.3 },
    { type: 'dense', units: 8, activation: 'tanh', kernelRegularizer: { l2: 1e-3 } },
    { type: 'dense', units: 1, activation: 'sigmoid' },
  ],
  loss: 'binary_crossentropy',
  optimizer: { type: 'adam', learningRate: 0.01 },
  seed,
});
const data = dp.dataset('xor', { n: 200, noise: 0.2, seed: 4 });
const fitOptions = { epochs: 8, batchSize: 10, shuffle: true, validation: data.test };

function run(seed) {
  const model = dp.model(dropoutSpec(seed));
  const history = model.fit(data.train, fitOptions);
  const weights = model.getWeights();
  model.dispose();
  return { history, weights };
}

const bits = (arrays) => arrays.map((a) => Buffer.from(a.buffer, a.byteOffset, a.byteLength).toString('hex'));

test('the same spec and seed give bit-identical history and weights (dropout, shuffling)', () => {
  const first = run(7),
    second = run(7);
  assert.deepEqual(second.history, first.history);
  assert.deepEqual(bits(second.weights), bits(first.weights));
});

test('the same spec and seed give bit-identical results in a fresh process', () => {
  const script = `
    import { loadEngine } from 'deep-playground';
    const dp = await loadEngine();
    const data = dp.dataset('xor', { n: 200, noise: 0.2, seed: 4 });
    const model = dp.model(${JSON.stringify(dropoutSpec(7))});
    const history = model.fit(data.train, { ...${JSON.stringify({ ...fitOptions, validation: undefined })}, validation: data.test });
    const weights = model.getWeights().map((a) => Buffer.from(a.buffer, a.byteOffset, a.byteLength).toString('hex'));
    console.log(JSON.stringify({ history, weights }));`;
  const child = JSON.parse(
    execFileSync(process.execPath, ['--input-type=module', '-e', script], { cwd: root, encoding: 'utf8' }),
  );
  const here = run(7);
  assert.deepEqual(child.history, here.history);
  assert.deepEqual(child.weights, bits(here.weights));
});

test('a different seed gives different weights and history', () => {
  const a = run(7),
    b = run(8);
  assert.notDeepEqual(bits(b.weights), bits(a.weights));
  assert.notDeepEqual(b.history.loss, a.history.loss);
});

test('the data sets are seeded too: same options, same bits; another seed, other points', () => {
  const again = dp.dataset('xor', { n: 200, noise: 0.2, seed: 4 });
  assert.deepEqual(bits([again.train.x, again.train.y, again.test.x]), bits([data.train.x, data.train.y, data.test.x]));
  assert.notDeepEqual(bits([dp.dataset('xor', { n: 200, noise: 0.2, seed: 5 }).train.x]), bits([data.train.x]));
});

// |a - b| <= 1e-5 * |b|, with 1e-6 absolute for values near zero.
function worstRatio(wasm, native) {
  let worst = { ratio: 0, diff: 0, where: '' };
  const compare = (a, b, where) => {
    const diff = Math.abs(a - b);
    const ratio = diff / Math.max(1e-5 * Math.abs(b), 1e-6);
    if (!(ratio <= worst.ratio)) worst = { ratio, diff, where };
  };
  wasm.loss.forEach((l, i) => compare(l, native.loss[i], `loss[${i}]`));
  wasm.weights.forEach((w, i) => w.forEach((v, j) => compare(v, native.weights[i].values[j], `weights[${i}][${j}]`)));
  return worst;
}

const dense = (units, activation) => ({ type: 'dense', units, activation });
const parityCases = [
  {
    claim: 'tanh/sigmoid + binary_crossentropy with sgd momentum',
    spec: {
      inputs: 2,
      layers: [dense(8, 'tanh'), dense(1, 'sigmoid')],
      loss: 'binary_crossentropy',
      optimizer: { type: 'sgd', learningRate: 0.1, momentum: 0.9 },
      seed: 3,
    },
    dataset: ['circle', { n: 200, noise: 0.1, seed: 2 }],
    fit: { epochs: 20, batchSize: 10, shuffle: true },
  },
  {
    claim: 'relu/softmax + sparse_categorical_crossentropy with adam and dropout',
    spec: {
      inputs: 2,
      layers: [dense(16, 'relu'), { type: 'dropout', rate: 0.2 }, dense(3, 'softmax')],
      loss: 'sparse_categorical_crossentropy',
      optimizer: { type: 'adam', learningRate: 0.01 },
      seed: 5,
    },
    dataset: ['blobs', { n: 150, noise: 0.2, seed: 4 }],
    fit: { epochs: 20, batchSize: 16, shuffle: true },
  },
  {
    claim: 'mse regression with rmsprop',
    spec: {
      inputs: 2,
      layers: [dense(8, 'tanh'), dense(1, 'linear')],
      loss: 'mse',
      optimizer: { type: 'rmsprop', learningRate: 0.01 },
      seed: 7,
    },
    dataset: ['plane', { n: 200, noise: 0.1, seed: 6 }],
    fit: { epochs: 20, batchSize: 20, shuffle: true },
  },
];

for (const {
  claim,
  spec,
  dataset: [name, options],
  fit,
} of parityCases) {
  const skip = !existsSync(nativeTrain) && 'build/native/dp_native_train is missing (run scripts/build.sh)';
  test(`native and wasm agree to 1e-5 relative: ${claim}`, { skip }, (t) => {
    const args = [JSON.stringify(spec), name, JSON.stringify(options), JSON.stringify(fit)];
    const native = JSON.parse(execFileSync(nativeTrain, args, { encoding: 'utf8' }));
    const model = dp.model(spec);
    const history = model.fit(dp.dataset(name, options).train, fit);
    const wasm = { loss: history.loss, weights: model.getWeights() };
    model.dispose();
    assert.equal(native.loss.length, fit.epochs);
    assert.deepEqual(
      native.weights.map((w) => w.values.length),
      wasm.weights.map((w) => w.length),
    );
    const worst = worstRatio(wasm, native);
    t.diagnostic(
      `largest difference ${worst.diff.toExponential(2)} at ${worst.where} (${(worst.ratio * 100).toFixed(1)}% of the tolerance)`,
    );
    assert.ok(worst.ratio <= 1, `${worst.where} differs by ${worst.diff}`);
  });
}
