// Lesson 9's claim: on the same weights nll equals sparse categorical
// cross-entropy (and one-hot categorical cross-entropy, and -mean log p by
// hand) to 1e-6, and minimizing it raises the true class's probability.
// Checked through the lesson's own compute(dp) and its train runs, with the
// page's checks (claim-measures.js), on the default run and on other seeds;
// and the numbers the figure's text, Try-this notices and predictions quote,
// on the settings they name.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadEngine } from '../../bindings/index.js';
import { checkEach, measureLesson } from './claim_checks.mjs';
import lesson from '../../web/lessons/negative-log-likelihood.js';
import { runLesson } from '../../web/worker/lesson-runner.js';

const dp = await loadEngine();
const seeds = [1, 2, 3, 4];
const close = (actual, expected, tolerance, what) =>
  assert.ok(Math.abs(actual - expected) <= tolerance, `${what}: ${actual} is not within ${tolerance} of ${expected}`);

const measured = await measureLesson(dp, lesson);
checkEach(measured);

test("the numbers the lesson quotes: the true class's mean probability goes 0.29 -> 0.98 in the default run", (t) => {
  const { before, after } = measured.results.compute;
  t.diagnostic(
    `mean true-class probability ${before.meanTrueProbability.toFixed(4)} -> ${after.meanTrueProbability.toFixed(4)}; accuracy ${before.accuracy.toFixed(3)} -> ${after.accuracy.toFixed(3)}`,
  );
  assert.ok(Math.abs(before.meanTrueProbability - 0.29) < 0.005 && Math.abs(after.meanTrueProbability - 0.98) < 0.005);
});

test('the numbers the figure, its buttons and its predictions quote, on the settings they name', async (t) => {
  // What the page shows for the settings `set`: the figure's runs and the lesson's compute for them.
  const at = async (set) => {
    const { results, compute } = await runLesson(dp, { lessonId: lesson.id, settings: set }, () => {});
    return { ...results, compute };
  };
  const lowest = (probabilities) => Math.min(...probabilities);
  const { before, after, trueClasses } = measured.results.compute;
  t.diagnostic(`defaults: loss ${before.nll.toFixed(4)} -> ${after.nll.toFixed(4)} on ${trueClasses.length} flowers`);
  assert.equal(trueClasses.length, 75, '75 training flowers');
  close(before.nll, 1.27, 0.005, 'the loss before training');
  close(after.nll, 0.027, 0.0005, 'the loss after 100 epochs');

  const longer = (await at({ epochs: 200 })).compute.after;
  close(longer.nll, 0.012, 0.0005, 'the loss after 200 epochs');

  const once = (await at({ epochs: 1 })).compute.after;
  t.diagnostic(`1 epoch: mean p ${once.meanTrueProbability.toFixed(4)}, loss ${once.nll.toFixed(4)}`);
  close(once.meanTrueProbability, 0.36, 0.005, 'mean p after 1 epoch');
  close(once.nll, 1.05, 0.005, 'the loss after 1 epoch');

  const bold = (await at({ rate: 0.1 })).compute.after;
  t.diagnostic(`rate 0.1: lowest p ${lowest(bold.trueProbabilities).toFixed(4)}, loss ${bold.nll.toFixed(5)}`);
  assert.ok(lowest(bold.trueProbabilities) >= 0.97, 'every flower at 0.97 or more');
  close(bold.nll, 0.001, 0.0005, 'the loss at rate 0.1');

  const other = (await at({ seed: 4 })).compute.after;
  const worst = lowest(other.trueProbabilities);
  const share = -Math.log(worst) / other.trueProbabilities.length / other.nll;
  t.diagnostic(
    `seed 4: lowest p ${worst.toFixed(4)}, its -log p ${(-Math.log(worst)).toFixed(4)}, ${(100 * share).toFixed(1)}% of the loss`,
  );
  close(worst, 0.22, 0.005, 'the worst flower with seed 4');
  close(-Math.log(worst), 1.53, 0.005, 'its -log p');
  close(share, 0.38, 0.005, 'its share of the loss');

  // The predictions, answered by the runs of their settings.
  const [early, seeded] = lesson.predictions;
  const tenEpochs = await at(early.set);
  t.diagnostic(`10 epochs: mean p ${tenEpochs.compute.after.meanTrueProbability.toFixed(4)}`);
  assert.equal(early.answer(tenEpochs), 1, 'after 10 epochs the mean p is between 0.5 and 0.9');
  assert.equal(seeded.answer(await at(seeded.set)), 3, 'the three nets end with the same loss');
});

for (const seed of seeds) checkEach(await measureLesson(dp, lesson, { seed }), `seed ${seed}: `);
