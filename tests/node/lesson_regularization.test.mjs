// Lesson 14's claim, on the lesson's own experiment (mean over seeds): L1
// drives many more kernel weights to ~0 than L2; L2 shrinks the weight norm;
// both L1 and L2 narrow the gap between test and training loss. The checks
// are the page's (claim-measures.js), on the default run and on the means
// over seeds, with the measures they are made of.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadEngine } from '../../bindings/index.js';
import { runExperiment } from '../../web/experiments/experiment.js';
import { checkEach, measureLesson, penaltyChecks, penaltyMeasures } from './claim_checks.mjs';
import lesson from '../../web/lessons/regularization.js';

const dp = await loadEngine();
const seeds = [1, 2, 3, 4, 5];
const NEAR_ZERO = lesson.widgets.find((w) => w.type === 'weight-histogram').nearZero;

const penaltyOf = (run) => run.spec.layers.at(-1).kernelRegularizer ?? {};
const find = (predicate) => {
  const found = lesson.experiment.runs.filter((run) => predicate(penaltyOf(run)));
  assert.equal(found.length, 1);
  return found[0].label;
};
const NONE = find((p) => !p.l1 && !p.l2);
const L1 = find((p) => p.l1 > 0 && !p.l2);
const L2 = find((p) => p.l2 > 0 && !p.l1);
const ELASTIC = find((p) => p.l1 > 0 && p.l2 > 0);

test('every dense layer of a run carries the same penalty, and only the penalty differs', () => {
  for (const run of lesson.experiment.runs) {
    const dense = run.spec.layers.filter((l) => l.type === 'dense');
    assert.ok(
      dense.every((l) => JSON.stringify(l.kernelRegularizer) === JSON.stringify(dense[0].kernelRegularizer)),
      run.label,
    );
  }
  const strip = (label) => {
    const run = lesson.experiment.runs.find((r) => r.label === label);
    return JSON.stringify({
      ...run,
      label: '',
      spec: { ...run.spec, layers: run.spec.layers.map(({ kernelRegularizer, ...rest }) => rest) },
    });
  };
  for (const label of [L1, L2, ELASTIC]) assert.equal(strip(label), strip(NONE));
  assert.deepEqual(
    lesson.experiment.runs.map((run) => run.label),
    [NONE, L1, L2, ELASTIC],
    'in the order the claim reads them',
  );
});

checkEach(await measureLesson(dp, lesson));

const perSeed = seeds.map((seed) => runExperiment(dp, lesson.experiment, { seed }));
const mean = (label, key) => perSeed.reduce((s, r) => s + penaltyMeasures(r[label], NEAR_ZERO)[key], 0) / seeds.length;
const m = Object.fromEntries(
  [NONE, L1, L2, ELASTIC].map((label) => [
    label,
    Object.fromEntries(['nearZero', 'norm', 'gap'].map((key) => [key, mean(label, key)])),
  ]),
);
checkEach({ checks: penaltyChecks([m[NONE], m[L1], m[L2]], NEAR_ZERO) }, 'mean over seeds 1..5: ');

test('over seeds: L1 makes most weights ~0, L2 few; both narrow the gap by a quarter; elastic net does both', (t) => {
  for (const [label, v] of Object.entries(m)) {
    t.diagnostic(
      `${label}: mean over seeds 1..5 — weights with |w| < ${NEAR_ZERO}: ${(v.nearZero * 100).toFixed(1)}%, kernel norm ${v.norm.toFixed(2)}, test - train loss ${v.gap.toFixed(3)}`,
    );
  }
  assert.ok(m[NONE].nearZero < 0.05, 'without a penalty almost no weight is near zero');
  assert.ok(m[L1].nearZero > 0.7, 'L1 drives most weights to ~0');
  assert.ok(m[L2].nearZero < 0.3, 'L2 leaves most weights away from zero');
  assert.ok(m[L1].gap < 0.75 * m[NONE].gap, 'L1 narrows the overfitting gap');
  assert.ok(m[L2].gap < 0.75 * m[NONE].gap, 'L2 narrows the overfitting gap');
  assert.ok(
    m[ELASTIC].nearZero > 3 * m[L2].nearZero && m[ELASTIC].gap < 0.75 * m[NONE].gap,
    'elastic net: sparse and less overfit',
  );
});
