// Lesson 6's claim, on the lesson's own experiment: gradient descent on the
// bowl follows w := w - eta dL/dw, reaches the minimum, and its loss curve
// flattens as it converges. The claim's checks are the page's
// (claim-measures.js); here the update rule and the quoted numbers too.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadEngine } from '../../bindings/index.js';
import { checkEach, measureLesson } from './claim_checks.mjs';
import lesson from '../../web/lessons/gradient-descent.js';

const dp = await loadEngine();
const run = lesson.experiment.runs[0];
const measured = await measureLesson(dp, lesson);
const { path } = measured.results[run.label];
const eta = run.path.optimizer.learningRate;

test('every step is w := w - eta * dL/dw with dL/dw = 2w', () => {
  for (let t = 1; t < path.w1.length; t++) {
    assert.ok(Math.abs(path.w1[t] - (path.w1[t - 1] - eta * 2 * path.w1[t - 1])) < 1e-6, `w1 at step ${t}`);
    assert.ok(Math.abs(path.w2[t] - (path.w2[t - 1] - eta * 2 * path.w2[t - 1])) < 1e-6, `w2 at step ${t}`);
  }
});

test("the minimum the claim walks to is the bowl's: loss 0 at (0, 0)", () => {
  const { minimum } = dp.surface('bowl');
  assert.deepEqual([minimum.w1, minimum.w2, minimum.loss], [0, 0, 0]);
});

test('the numbers the lesson quotes: loss 3.69 at the start, about 7e-8 at the end', (t) => {
  const last = path.loss.length - 1;
  t.diagnostic(`${last} steps at eta ${eta}: loss ${path.loss[0].toFixed(3)} -> ${path.loss[last].toExponential(2)}`);
  assert.ok(Math.abs(path.loss[0] - 3.69) < 0.005 && path.loss[last] > 6e-8 && path.loss[last] < 7.5e-8);
});

checkEach(measured);
