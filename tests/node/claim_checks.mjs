// A lesson's claim as its page measures it: the worker's runLesson() on the
// lesson's experiment (and compute), then measureClaim(). checkEach() makes
// one test per named check, so a claim test asserts what the page shows.
// The claim tests take the page's measures from here too.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { runLesson } from '../../web/worker/lesson-runner.js';
import { measureClaim } from '../../web/experiments/claim-measures.js';

export {
  ESCAPED,
  TARGETS,
  firstBelow,
  hiddenActivationChecks,
  jitter,
  neuronChecks,
  penaltyChecks,
  penaltyMeasures,
  raceChecks,
} from '../../web/experiments/claim-tools.js';
export { measureClaim };

/**
 * The measured claim of `lesson` on one run ({ seed } replaces every seed),
 * with the results it measured: { facts, checks, holds, results }.
 */
export async function measureLesson(dp, lesson, { seed } = {}) {
  const reply = await runLesson(dp, { lessonId: lesson.id, seed }, () => {});
  const results = reply.compute === undefined ? reply.results : { ...reply.results, compute: reply.compute };
  return { ...measureClaim(lesson, results), results };
}

/** One test per check of `measured`, named by the check, with its numbers as a diagnostic. */
export function checkEach(measured, prefix = '') {
  for (const { name, holds, measured: numbers } of measured.checks) {
    test(`${prefix}${name}`, (t) => {
      t.diagnostic(numbers);
      assert.ok(holds, numbers);
    });
  }
}

/** Whether the check called `name` holds (it must exist). */
export function holdsCheck(measured, name) {
  const found = measured.checks.find((c) => c.name === name);
  assert.ok(found, `no check called "${name}"`);
  return found.holds;
}

/**
 * Results shaped like one run's, whose numbers at `keys` (e.g. 'test.accuracy')
 * are each run's means over the seeds of `perSeed`: for a claim that holds on
 * average, the page's checks applied to the averages.
 */
export function meanResults(perSeed, keys) {
  const mean = (label, key) =>
    perSeed.reduce((sum, r) => sum + key.split('.').reduce((v, k) => v[k], r[label]), 0) / perSeed.length;
  return Object.fromEntries(
    Object.keys(perSeed[0]).map((label) => {
      const result = {};
      for (const key of keys) {
        const [head, tail] = key.split('.');
        result[head] = { ...result[head], [tail]: mean(label, key) };
      }
      return [label, result];
    }),
  );
}
