// Lesson 12's claim, on the lesson's own experiment: on the narrow valley,
// momentum 0.9 reaches the target loss in under half the steps of plain SGD
// at the same rate; the averaged form v = βv + (1-β)g at rate η/(1-β) and the
// classic v = βv + g at η trace the same path; plain SGD at the averaged
// form's rate diverges (what the averaging damps).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadEngine } from '../../bindings/index.js';
import { runExperiment } from '../../web/experiments/experiment.js';
import lesson from '../../web/lessons/momentum.js';

const dp = await loadEngine();
const TARGET = 1e-3;

const byOptimizer = (predicate) => {
  const found = lesson.experiment.runs.filter((run) => run.surface === 'valley' && predicate(run.path.optimizer));
  assert.equal(found.length, 1);
  return found[0];
};
const plain = byOptimizer((o) => !o.momentum && o.learningRate < 1);
const plainFast = byOptimizer((o) => !o.momentum && o.learningRate > 1);
const averaged = byOptimizer((o) => o.momentum === 0.9 && o.dampening === 0.9);
const classic = byOptimizer((o) => o.momentum === 0.9 && !o.dampening);

// First step whose loss is below the target; and the step from which it stays below.
const firstBelow = (loss) => {
  const i = loss.findIndex((l) => l < TARGET);
  return i < 0 ? Infinity : i;
};
const staysBelow = (loss) => {
  for (let i = loss.length - 1; i >= 0; i--) if (loss[i] >= TARGET) return i + 1 < loss.length ? i + 1 : Infinity;
  return 0;
};

test('the runs compare momentum 0.9 with plain SGD at the same rate, in both forms', () => {
  assert.equal(classic.path.optimizer.learningRate, plain.path.optimizer.learningRate, 'classic momentum and plain SGD share the rate');
  assert.ok(Math.abs(averaged.path.optimizer.learningRate * (1 - 0.9) - classic.path.optimizer.learningRate) < 1e-9, 'averaged rate = classic rate / (1 - β)');
  assert.equal(plainFast.path.optimizer.learningRate, averaged.path.optimizer.learningRate);
});

test('momentum 0.9 reaches loss 0.001 on the valley in under half the steps of plain SGD', (t) => {
  const results = runExperiment(dp, lesson.experiment);
  const loss = (run) => results[run.label].path.loss;
  const rows = [plain, classic, averaged].map((run) => ({ label: run.label, first: firstBelow(loss(run)), stays: staysBelow(loss(run)) }));
  for (const r of rows) t.diagnostic(`${r.label}: first below ${TARGET} at step ${r.first}, below for good from step ${r.stays}`);
  const [p, c, a] = rows;
  t.diagnostic(`ratio momentum/plain: first ${(c.first / p.first).toFixed(3)}, for good ${(c.stays / p.stays).toFixed(3)}`);
  assert.ok(Number.isFinite(p.first), 'plain SGD gets there too, slowly');
  for (const m of [c, a]) {
    assert.ok(m.first < p.first / 2, `${m.label}: first passage`);
    assert.ok(m.stays < p.stays / 2, `${m.label}: even counting until it stays below`);
  }
});

test('the averaged form at rate η/(1-β) and the classic form at η trace the same path', (t) => {
  const results = runExperiment(dp, lesson.experiment);
  const a = results[averaged.label].path;
  const c = results[classic.label].path;
  assert.equal(a.w1.length, c.w1.length);
  let worst = 0;
  for (let i = 0; i < a.w1.length; i++) worst = Math.max(worst, Math.abs(a.w1[i] - c.w1[i]), Math.abs(a.w2[i] - c.w2[i]));
  t.diagnostic(`largest difference between the two paths over ${a.w1.length - 1} steps: ${worst.toExponential(2)}`);
  assert.ok(worst < 1e-4);
});

test('plain SGD at the averaged form\'s rate diverges; momentum at that rate does not', (t) => {
  const results = runExperiment(dp, lesson.experiment);
  const fast = results[plainFast.label].path;
  const damped = results[averaged.label].path;
  t.diagnostic(`${plainFast.label}: diverged ${fast.diverged} after ${fast.loss.length - 1} steps (loss ${fast.loss.at(-1).toExponential(2)}); ${averaged.label}: diverged ${damped.diverged}, final loss ${damped.loss.at(-1).toExponential(2)}`);
  assert.ok(fast.diverged && fast.loss.length - 1 <= 3);
  assert.ok(!damped.diverged && damped.loss.at(-1) < TARGET);
});
