// Lesson 12's claim, on the lesson's own experiment: on the narrow valley,
// momentum 0.9 reaches the target loss (and stays below it) in under half the
// steps of plain SGD at the same rate; the averaged form v = βv + (1-β)g at
// rate η/(1-β) and the classic v = βv + g at η trace the same path; plain SGD
// at the averaged form's rate diverges (what the averaging damps). The checks
// are the page's (claim-measures.js); here the runs' rates are checked too.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadEngine } from '../../bindings/index.js';
import { checkEach, measureLesson } from './claim_checks.mjs';
import lesson from '../../web/lessons/momentum.js';

const dp = await loadEngine();

const byOptimizer = (predicate) => {
  const found = lesson.experiment.runs.filter((run) => run.surface === 'valley' && predicate(run.path.optimizer));
  assert.equal(found.length, 1);
  return found[0];
};
const plain = byOptimizer((o) => !o.momentum && o.learningRate < 1);
const plainFast = byOptimizer((o) => !o.momentum && o.learningRate > 1);
const averaged = byOptimizer((o) => o.momentum === 0.9 && o.dampening === 0.9);
const classic = byOptimizer((o) => o.momentum === 0.9 && !o.dampening);

test('the runs compare momentum 0.9 with plain SGD at the same rate, in both forms', () => {
  assert.equal(
    classic.path.optimizer.learningRate,
    plain.path.optimizer.learningRate,
    'classic momentum and plain SGD share the rate',
  );
  assert.ok(
    Math.abs(averaged.path.optimizer.learningRate * (1 - 0.9) - classic.path.optimizer.learningRate) < 1e-9,
    'averaged rate = classic rate / (1 - β)',
  );
  assert.equal(plainFast.path.optimizer.learningRate, averaged.path.optimizer.learningRate);
});

checkEach(await measureLesson(dp, lesson));
