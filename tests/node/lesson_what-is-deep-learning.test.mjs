// Lesson 1's claim, on the lesson's own experiment: hidden layers learn the
// circle from raw x1, x2 as well as a linear model handed x1², x2², while a
// linear model on the raw inputs stays near chance. The checks are the
// page's (claim-measures.js), on the default run and on the means over seeds.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadEngine } from '../../bindings/index.js';
import { runExperiment } from '../../web/experiments/experiment.js';
import { checkEach, meanResults, measureClaim, measureLesson } from './claim_checks.mjs';
import lesson from '../../web/lessons/what-is-deep-learning.js';

const dp = await loadEngine();
const seeds = [1, 2, 3, 4];

checkEach(await measureLesson(dp, lesson));

const mean = meanResults(
  seeds.map((seed) => runExperiment(dp, lesson.experiment, { seed })),
  ['test.accuracy'],
);
checkEach(measureClaim(lesson, mean), `mean over seeds ${seeds.join(',')}: `);

test('over seeds, closer still: raw net within 3 points of crafted features, raw linear model below 65%', (t) => {
  const [raw, crafted, linear] = ['raw', 'crafted', 'linear'].map((label) => mean[label].test.accuracy);
  t.diagnostic(
    `mean test accuracy over seeds ${seeds.join(',')}: raw ${raw.toFixed(3)}, crafted ${crafted.toFixed(3)}, linear ${linear.toFixed(3)}`,
  );
  assert.ok(Math.abs(raw - crafted) <= 0.03, `gap ${raw - crafted}`);
  assert.ok(linear < 0.65, `linear ${linear}`);
});
