// Lesson 4's claim, on the lesson's own experiment: linear hidden activations
// cannot separate circle, relu and tanh can; a softmax output turns its scores
// into probabilities that sum to 1. The checks are the page's
// (claim-measures.js); here also the means over seeds and softmax's formula.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadEngine } from '../../bindings/index.js';
import { runExperiment } from '../../web/experiments/experiment.js';
import { checkEach, hiddenActivationChecks, measureLesson } from './claim_checks.mjs';
import lesson from '../../web/lessons/activations.js';

const dp = await loadEngine();
const seeds = [1, 2, 3, 4];
const measured = await measureLesson(dp, lesson);
checkEach(measured);

const perSeed = seeds.map((seed) =>
  runExperiment(dp, { runs: lesson.experiment.runs.filter((run) => run.label !== 'softmax') }, { seed }),
);
const mean = (label) => perSeed.reduce((sum, r) => sum + r[label].test.accuracy, 0) / seeds.length;
checkEach(
  { checks: hiddenActivationChecks({ linear: mean('linear'), relu: mean('relu'), tanh: mean('tanh') }) },
  `mean over seeds ${seeds.join(',')}: `,
);

test('over seeds, linear hidden activations stay closer still to chance: below 65%', (t) => {
  t.diagnostic(
    `mean over seeds ${seeds.join(',')}: linear ${mean('linear').toFixed(3)}, relu ${mean('relu').toFixed(3)}, tanh ${mean('tanh').toFixed(3)}, sigmoid ${mean('sigmoid').toFixed(3)}`,
  );
  assert.ok(mean('linear') < 0.65);
});

test('softmax is e^z / Σ e^z of the raw scores, which are not probabilities themselves', (t) => {
  const run = lesson.experiment.runs.find((r) => r.label === 'softmax');
  const { weights } = measured.results.softmax;
  const x = dp.dataset(run.data.name, run.data.options).test.x;
  const softmax = dp.model(run.spec);
  softmax.setWeights(weights);
  const probabilities = softmax.predict(x);
  // The same weights without the softmax: the raw scores.
  const scores = dp.model({ ...run.spec, layers: [{ ...run.spec.layers[0], activation: 'linear' }] });
  scores.setWeights(weights);
  const z = scores.predict(x);
  softmax.dispose();
  scores.dispose();

  const K = 3;
  const rows = x.length / 2;
  let worstMatch = 0;
  let scoresNotProbabilities = 0;
  for (let i = 0; i < rows; i++) {
    const p = probabilities.subarray(i * K, (i + 1) * K);
    const s = z.subarray(i * K, (i + 1) * K);
    assert.ok(
      p.every((v) => v >= 0 && v <= 1),
      `row ${i} has a value outside [0, 1]`,
    );
    // softmax(z)_k = e^{z_k - max z} / sum_j e^{z_j - max z}
    const top = Math.max(...s);
    const e = Array.from(s, (v) => Math.exp(v - top));
    const total = e.reduce((a, b) => a + b, 0);
    e.forEach((v, k) => (worstMatch = Math.max(worstMatch, Math.abs(v / total - p[k]))));
    const sum = s.reduce((a, b) => a + b, 0);
    if (Math.abs(sum - 1) > 0.01 || s.some((v) => v < 0)) scoresNotProbabilities++;
  }
  t.diagnostic(
    `softmax on ${rows} test rows: max |softmax(z) - p| ${worstMatch.toExponential(2)}, raw score rows that are not probabilities ${scoresNotProbabilities}/${rows}`,
  );
  assert.ok(worstMatch < 1e-5);
  assert.ok(scoresNotProbabilities > rows / 2, 'the raw scores themselves are not probabilities');
});
