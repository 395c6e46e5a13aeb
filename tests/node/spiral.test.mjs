// The target: TensorFlow Playground's hardest set, learned headless
// through the Node API by a small relu network.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadEngine } from '../../bindings/index.js';

const dp = await loadEngine();

const spec = (seed) => ({
  inputs: 2,
  layers: [
    { type: 'dense', units: 16, activation: 'relu' },
    { type: 'dense', units: 16, activation: 'relu' },
    { type: 'dense', units: 1, activation: 'sigmoid' },
  ],
  loss: 'binary_crossentropy',
  optimizer: { type: 'adam', learningRate: 0.02 },
  seed,
});

for (const seed of [1, 2, 3]) {
  test(`spiral (n 600, noise 0.05, seed ${seed}): 2-16-16-1 relu reaches >= 95% test accuracy in 300 epochs`, (t) => {
    const data = dp.dataset('spiral', { n: 600, noise: 0.05, seed });
    const model = dp.model(spec(seed));
    const start = performance.now();
    const history = model.fit(data.train, { epochs: 300, batchSize: 16 });
    const seconds = (performance.now() - start) / 1000;
    const { accuracy, loss } = model.evaluate(data.test.x, data.test.y);
    t.diagnostic(
      `seed ${seed}: 300 epochs in ${seconds.toFixed(3)} s; train loss ${history.loss.at(-1).toFixed(4)}, test loss ${loss.toFixed(4)}, test accuracy ${(accuracy * 100).toFixed(1)}%`,
    );
    assert.equal(history.loss.length, 300);
    assert.equal(history.diverged, undefined);
    assert.ok(accuracy >= 0.95, `test accuracy ${accuracy}`);
    model.dispose();
  });
}
