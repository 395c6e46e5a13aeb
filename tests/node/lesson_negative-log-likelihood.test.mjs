// Lesson 9's claim: on the same weights nll equals sparse categorical
// cross-entropy (and one-hot categorical cross-entropy, and -mean log p by
// hand) to 1e-6, and minimizing it raises the true class's probability.
// Checked through the lesson's own compute(dp) and its train runs, with the
// page's checks (claim-measures.js), on the default run and on other seeds.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadEngine } from '../../bindings/index.js';
import { checkEach, measureLesson } from './claim_checks.mjs';
import lesson from '../../web/lessons/negative-log-likelihood.js';

const dp = await loadEngine();
const seeds = [1, 2, 3, 4];

const measured = await measureLesson(dp, lesson);
checkEach(measured);

test("the numbers the lesson quotes: the true class's mean probability goes 0.29 -> 0.98 in the default run", (t) => {
  const { before, after } = measured.results.compute;
  t.diagnostic(
    `mean true-class probability ${before.meanTrueProbability.toFixed(4)} -> ${after.meanTrueProbability.toFixed(4)}; accuracy ${before.accuracy.toFixed(3)} -> ${after.accuracy.toFixed(3)}`,
  );
  assert.ok(Math.abs(before.meanTrueProbability - 0.29) < 0.005 && Math.abs(after.meanTrueProbability - 0.98) < 0.005);
});

for (const seed of seeds) checkEach(await measureLesson(dp, lesson, { seed }), `seed ${seed}: `);
