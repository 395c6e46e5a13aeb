// Lesson 11's claim, on the lesson's own experiment: a too-large rate
// diverges and is detected (on the bowl and on a net, with a finite last
// loss), a tiny rate barely moves, a middle rate converges, and a decaying
// schedule ends lower than the same rate kept constant (mean over seeds).
// The checks are the page's (claim-measures.js), on the default run; the
// net's divergence on every seed; the decay's gain on average.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadEngine } from '../../bindings/index.js';
import { runExperiment } from '../../web/experiments/experiment.js';
import { checkEach, holdsCheck, measureClaim, measureLesson } from './claim_checks.mjs';
import lesson from '../../web/lessons/learning-rate.js';

const dp = await loadEngine();
const seeds = [1, 2, 3, 4, 5, 6, 7, 8];
const CONSTANT = 'net: rate 0.3, constant';
const DECAYING = 'net: rate 0.3, decaying';
const DIVERGES =
  'on the net the largest rate diverges within the first 10 steps of the first epoch, with a finite last loss; the rate-0.3 runs do not';

checkEach(await measureLesson(dp, lesson));

const perSeed = seeds.map((seed) => runExperiment(dp, lesson.experiment, { seed }));

test('on every seed the largest rate diverges on the net in the first epoch, and the rate-0.3 runs do not', (t) => {
  const missed = seeds.filter((seed, i) => !holdsCheck(measureClaim(lesson, perSeed[i]), DIVERGES));
  t.diagnostic(`seeds where it does not: ${missed.join(', ') || 'none'}`);
  assert.deepEqual(missed, []);
});

test('on the net, averaged over seeds, a decaying rate ends clearly lower than the same rate kept constant', (t) => {
  const mean = (measure) => perSeed.reduce((sum, r) => sum + measure(r), 0) / seeds.length;
  const constant = (r) => r[CONSTANT].train.loss;
  const decaying = (r) => r[DECAYING].train.loss;
  const meanConstant = mean(constant);
  const meanDecaying = mean(decaying);
  const meanRatio = mean((r) => constant(r) / decaying(r));
  t.diagnostic(
    `mean over seeds 1..8: final training loss constant ${meanConstant.toFixed(5)}, decaying ${meanDecaying.toFixed(5)}; mean ratio constant/decaying ${meanRatio.toFixed(2)}`,
  );
  assert.ok(meanDecaying < 0.85 * meanConstant, 'decaying ends clearly lower on average');
  assert.ok(meanRatio > 1.2, 'the lesson says about 1.4 times');
});
