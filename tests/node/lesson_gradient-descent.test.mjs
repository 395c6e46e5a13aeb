// Lesson 6's claim, on the lesson's own experiment: gradient descent on the
// bowl follows w := w - eta dL/dw, reaches the minimum, and its loss curve
// flattens as it converges.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadEngine } from '../../bindings/index.js';
import { runExperiment } from '../../web/experiments/experiment.js';
import lesson from '../../web/lessons/gradient-descent.js';

const dp = await loadEngine();
const run = lesson.experiment.runs[0];
const { path } = runExperiment(dp, lesson.experiment)[run.label];
const eta = run.path.optimizer.learningRate;

test('every step is w := w - eta * dL/dw with dL/dw = 2w', () => {
  for (let t = 1; t < path.w1.length; t++) {
    assert.ok(Math.abs(path.w1[t] - (path.w1[t - 1] - eta * 2 * path.w1[t - 1])) < 1e-6, `w1 at step ${t}`);
    assert.ok(Math.abs(path.w2[t] - (path.w2[t - 1] - eta * 2 * path.w2[t - 1])) < 1e-6, `w2 at step ${t}`);
  }
});

test('gradient descent reaches the minimum of the bowl', (t) => {
  const { minimum } = dp.surface('bowl');
  const last = path.loss.length - 1;
  const distance = Math.hypot(path.w1[last] - minimum.w1, path.w2[last] - minimum.w2);
  t.diagnostic(`${last} steps at eta ${eta}: loss ${path.loss[0].toFixed(3)} -> ${path.loss[last].toExponential(2)}, end (${path.w1[last].toExponential(2)}, ${path.w2[last].toExponential(2)}), distance to the minimum ${distance.toExponential(2)}`);
  assert.equal(path.diverged, false);
  assert.ok(path.loss[0] > 3, 'it starts high on the bowl');
  assert.ok(path.loss[last] - minimum.loss < 1e-5, `final loss ${path.loss[last]}`);
  assert.ok(distance < 1e-2, `distance ${distance}`);
  // The numbers the lesson quotes: 3.69 at the start, about 7e-8 after 40 steps.
  assert.ok(Math.abs(path.loss[0] - 3.69) < 0.005 && path.loss[last] > 6e-8 && path.loss[last] < 7.5e-8);
});

test('the loss curve falls at every step and flattens at convergence', (t) => {
  const drops = Array.from({ length: path.loss.length - 1 }, (_, i) => path.loss[i] - path.loss[i + 1]);
  const firstDrop = drops[0];
  const lastTen = drops.slice(-10).reduce((a, b) => a + b, 0);
  t.diagnostic(`first step lowers the loss by ${firstDrop.toFixed(3)}; the last 10 steps together by ${lastTen.toExponential(2)} (ratio ${(lastTen / firstDrop).toExponential(2)})`);
  assert.ok(drops.every((d) => d > 0), 'the loss falls at every step');
  assert.ok(drops.every((d, i) => i === 0 || d < drops[i - 1]), 'each step gains less than the one before');
  assert.ok(lastTen < 1e-4 * firstDrop, 'the curve is flat at the end');
});
