// Wasm memory does not leak: `npm run soak` (scripts/soak.mjs) in miniature.
// Models created, trained and disposed, and training steps taken, leave
// malloc's bytes in use where the warm-up left them; forgotten models are
// reclaimed by the FinalizationRegistry once the JS garbage collector runs.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadEngine } from '../../bindings/index.js';
import { USED_SLACK, churnModels, reclaimForgotten, soakData, trainSteps } from '../../scripts/soak.mjs';

const dp = await loadEngine();
const data = soakData(dp);
churnModels(dp, data, 30); // warm-up: embind's tables and first allocations
trainSteps(dp, data, 2000);
const warm = dp.memory();
const kib = (bytes) => `${(bytes / 1024).toFixed(1)} KiB`;

test("dp.memory() reports malloc'd bytes and the wasm heap, and sees a model's buffers", () => {
  assert.ok(warm.usedBytes > 0 && warm.totalBytes >= 16 * 2 ** 20, JSON.stringify(warm));
  const model = dp.model({
    inputs: 2,
    layers: [
      { type: 'dense', units: 256 },
      { type: 'dense', units: 1 },
    ],
    loss: 'mse',
  });
  const held = dp.memory().usedBytes - warm.usedBytes;
  model.dispose();
  assert.ok(held > 3 * 256 * 4, `a model with 1,025 weights holds only ${held} bytes`);
  assert.equal(dp.memory().usedBytes, warm.usedBytes);
});

test('a rejected spec leaves nothing behind in wasm memory', () => {
  for (const spec of [
    { inputs: 2, layers: [], loss: 'mse' },
    { inputs: 2, layers: [{ type: 'dropout', rate: 0.5 }], loss: 'mse' },
  ]) {
    assert.throws(() => dp.model(spec), /^Error: layers/);
  }
  assert.equal(dp.memory().usedBytes, warm.usedBytes);
});

test("300 models created, trained and disposed leave malloc'd bytes at the warm-up level", (t) => {
  churnModels(dp, data, 300);
  const after = dp.memory();
  t.diagnostic(
    `malloc'd ${kib(warm.usedBytes)} -> ${kib(after.usedBytes)}, heap ${warm.totalBytes} -> ${after.totalBytes}`,
  );
  assert.ok(after.usedBytes <= warm.usedBytes + USED_SLACK, `malloc'd ${warm.usedBytes} -> ${after.usedBytes}`);
  assert.equal(after.totalBytes, warm.totalBytes, 'the wasm heap grew');
});

test("20,000 training steps leave malloc'd bytes at the warm-up level", (t) => {
  let maxUsed = 0;
  const steps = trainSteps(dp, data, 20000, () => (maxUsed = Math.max(maxUsed, dp.memory().usedBytes)), 5000);
  assert.equal(steps, 20000);
  const after = dp.memory();
  t.diagnostic(`malloc'd ${kib(warm.usedBytes)} -> ${kib(after.usedBytes)} (at most ${kib(maxUsed)} between chunks)`);
  assert.ok(maxUsed <= warm.usedBytes + USED_SLACK, `malloc'd ${warm.usedBytes} -> ${maxUsed}`);
  assert.equal(after.totalBytes, warm.totalBytes, 'the wasm heap grew');
});

test('models forgotten without dispose() are reclaimed by the FinalizationRegistry after gc()', async (t) => {
  const { peak, after, rounds } = await reclaimForgotten(dp, data, 100, warm.usedBytes);
  t.diagnostic(
    `100 forgotten models held ${kib(peak - warm.usedBytes)}; ${rounds} gc() rounds later malloc'd ${kib(after)}`,
  );
  assert.ok(peak > warm.usedBytes + 100 * 1024, `the forgotten models held only ${peak - warm.usedBytes} bytes`);
  assert.ok(
    after <= warm.usedBytes + USED_SLACK,
    `still malloc'd ${after} after ${rounds} gc() rounds (warm-up ${warm.usedBytes})`,
  );
});
