// Calls too large for the engine's memory budget (dp.limits().callBytes) are
// refused with an Error naming the size and the limit, before their data is
// copied into wasm memory: memory stays as it was, and the model trains on.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadEngine } from '../../bindings/index.js';

const dp = await loadEngine();
const { callBytes } = dp.limits();
const limitMiB = `${callBytes / 2 ** 20} MiB`;
const OVER_BUDGET = new RegExp(`needs [\\d.]+ MiB of working memory, over the limit of ${limitMiB} per call`);

const wide = (inputs, units, outputs, activation = 'linear') => ({
  inputs,
  layers: [
    { type: 'dense', units, activation: 'relu' },
    { type: 'dense', units: outputs, activation },
  ],
  loss: 'mse',
  seed: 1,
});

// Runs `call`, expecting a refusal matching `message`; returns the milliseconds it took.
function refused(call, message) {
  const start = performance.now();
  assert.throws(call, (error) => error instanceof Error && message.test(error.message));
  return performance.now() - start;
}

test('the budget is documented: 256 MiB of working memory per call', () => {
  assert.equal(callBytes, 256 * 2 ** 20);
});

test('oversized calls are refused in milliseconds, naming the size and the limit, and leave memory as it was', (t) => {
  const model = dp.model(wide(1, 4096, 1));
  const before = dp.memory();
  const rows = new Float32Array(1e5);
  // [the call's name, its arguments]; arrays of holes: only their lengths are read before the refusal
  const cases = [
    ['trainBatch', [rows, rows]],
    [
      'fit',
      [
        { x: rows, y: rows },
        { batchSize: 1e5, epochs: 1 },
      ],
    ],
    ['evaluate', [new Array(4e7), new Array(4e7)]],
    ['predict', [new Array(4e7)]],
    ['layerOutputs', [rows]],
  ];
  for (const [call, args] of cases) {
    const ms = refused(() => model[call](...args), new RegExp(`^${call}: ${OVER_BUDGET.source}`));
    t.diagnostic(`${call} of ${args[0].length ?? args[0].x.length} rows on 1-4096-1: refused in ${ms.toFixed(1)} ms`);
    assert.deepEqual(dp.memory(), before, call);
  }
  model.dispose();
});

test('the README full-batch fit on spiral n=100000 with 2-4096-1 is refused, not aborted', () => {
  const data = dp.dataset('spiral', { n: 100000, seed: 1 });
  const model = dp.model(wide(2, 4096, 1, 'sigmoid'));
  const before = dp.memory();
  refused(
    () => model.fit(data.train, { batchSize: data.train.n, epochs: 1 }),
    new RegExp(`^fit: ${OVER_BUDGET.source}`),
  );
  assert.deepEqual(dp.memory(), before);
  model.dispose();
});

test('predict of 200,000 rows on a 4096-output model is refused', () => {
  const model = dp.model(wide(1, 8, 4096));
  const before = dp.memory();
  refused(() => model.predict(new Float32Array(2e5)), new RegExp(`^predict: ${OVER_BUDGET.source}`));
  assert.deepEqual(dp.memory(), before);
  model.dispose();
});

test('layerOutputs of 100,000 rows through 8 layers of 512 is refused', () => {
  const layers = Array.from({ length: 8 }, () => ({ type: 'dense', units: 512, activation: 'tanh' }));
  const model = dp.model({ inputs: 60, layers, loss: 'mse' });
  const before = dp.memory();
  refused(() => model.layerOutputs(new Float32Array(1e5 * 60)), new RegExp(`^layerOutputs: ${OVER_BUDGET.source}`));
  assert.deepEqual(dp.memory(), before);
  model.dispose();
});

test('five refused batches, then a normal one trains for real; dispose() gives everything back', () => {
  const empty = dp.memory();
  const model = dp.model(wide(1, 4096, 1));
  const big = new Float32Array(1e5);
  for (let i = 0; i < 5; i++) refused(() => model.trainBatch(big, big), OVER_BUDGET);
  const [kernel] = model.getWeights();
  const loss = model.trainBatch(new Float32Array([0.5, -0.5]), new Float32Array([1, 0]));
  assert.ok(Number.isFinite(loss) && loss > 0, `loss ${loss}`);
  assert.notDeepEqual(model.getWeights()[0], kernel, 'the step changed no weight');
  model.dispose();
  assert.equal(dp.memory().usedBytes, empty.usedBytes);
});

test('a call refused for its data after the copy gives that copy back', () => {
  const model = dp.model(wide(1, 4, 1));
  const rows = 1e6;
  const x = new Float32Array(rows).fill(0.5);
  x[rows - 1] = NaN;
  const before = dp.memory().usedBytes;
  refused(() => model.trainBatch(x, new Float32Array(rows)), /^data\.x\[999999\]\[0\]: nan is not a finite number$/);
  assert.ok(dp.memory().usedBytes - before < 64 * 1024, 'the refused batch stayed in wasm memory');
  model.dispose();
});

test('spec text over dp.limits().specText is refused before parsing, in milliseconds', (t) => {
  const before = dp.memory();
  const { specText } = dp.limits();
  assert.equal(specText, 100000);
  const ms = refused(() => dp.model('['.repeat(4e7)), /^spec: 40000000 characters of JSON; at most 100000 are read$/);
  t.diagnostic(`dp.model('['.repeat(4e7)) refused in ${ms.toFixed(1)} ms`);
  refused(() => dp.model({ inputs: 2, layers: [], loss: 'x'.repeat(specText) }), /^spec: 1000\d\d characters/);
  assert.deepEqual(dp.memory(), before);
});
