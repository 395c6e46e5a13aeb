// An engine that aborts (here: a buffer of 2^30 floats, 4 GiB, more than wasm
// memory can hold, asked of the engine directly) says so in words on every
// later call, lets go of its models without touching the lost memory, and
// loadEngine() gives a fresh one. A load that fails is tried again.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadEngine, setEngineSource } from '../../bindings/index.js';

const dense = (units, activation) => ({ type: 'dense', units, activation });
const small = { inputs: 2, layers: [dense(4, 'relu'), dense(1, 'sigmoid')], loss: 'binary_crossentropy', seed: 1 };
const LOST = /^the engine aborted earlier \(.+\) and lost its memory: call loadEngine\(\) for a fresh one$/;

test('a failed load is not kept: the next loadEngine() tries again', async () => {
  setEngineSource(new Uint8Array([0, 97, 115, 109])); // not a wasm module
  await assert.rejects(loadEngine());
  setEngineSource(null);
  const dp = await loadEngine();
  assert.equal(dp.aborted, false);
});

test('after an abort every call says so, dispose() is safe, and loadEngine() gives a fresh engine', async () => {
  const dp = await loadEngine();
  const wide = dp.model(small);
  const other = dp.model(small);
  assert.throws(() => new dp.module.FloatBuffer().resize(2 ** 30), /Aborted/);
  assert.equal(dp.aborted, true);
  assert.throws(() => dp.model(small), { message: LOST });
  assert.throws(() => dp.dataset('circle'), { message: LOST });
  assert.throws(() => other.predict([0, 0]), { message: LOST });
  wide.dispose();
  other.dispose();

  const fresh = await loadEngine();
  assert.notEqual(fresh, dp);
  assert.equal(fresh.aborted, false);
  const model = fresh.model(small);
  const history = model.fit(fresh.dataset('circle', { n: 100, seed: 1 }).train, { epochs: 2 });
  assert.equal(history.loss.length, 2);
  model.dispose();
});
