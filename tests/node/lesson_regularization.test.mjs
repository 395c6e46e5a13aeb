// Lesson 14's claim, on the lesson's own experiment (mean over seeds): L1
// drives many more kernel weights to ~0 than L2; L2 shrinks the weight norm;
// both L1 and L2 narrow the gap between test and training loss.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadEngine } from '../../bindings/index.js';
import { runExperiment } from '../../web/experiments/experiment.js';
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

// getWeights() is kernel, bias per dense layer: the penalties act on the kernels only.
const kernels = (result) => result.weights.filter((_, i) => i % 2 === 0).flatMap((k) => Array.from(k));
const measure = (result) => {
  const w = kernels(result);
  return {
    nearZero: w.filter((v) => Math.abs(v) < NEAR_ZERO).length / w.length,
    norm: Math.sqrt(w.reduce((s, v) => s + v * v, 0)),
    // evaluate() adds the same penalty to both losses, so the gap is the data losses' gap.
    gap: result.test.loss - result.train.loss,
    train: result.train.loss,
  };
};

test('every dense layer of a run carries the same penalty, and only the penalty differs', () => {
  for (const run of lesson.experiment.runs) {
    const dense = run.spec.layers.filter((l) => l.type === 'dense');
    assert.ok(dense.every((l) => JSON.stringify(l.kernelRegularizer) === JSON.stringify(dense[0].kernelRegularizer)), run.label);
  }
  const strip = (label) => {
    const run = lesson.experiment.runs.find((r) => r.label === label);
    return JSON.stringify({ ...run, label: '', spec: { ...run.spec, layers: run.spec.layers.map(({ kernelRegularizer, ...rest }) => rest) } });
  };
  for (const label of [L1, L2, ELASTIC]) assert.equal(strip(label), strip(NONE));
});

test('L1 zeroes many more weights than L2, L2 shrinks the norm, both narrow the gap (mean over seeds)', (t) => {
  const perSeed = seeds.map((seed) => runExperiment(dp, lesson.experiment, { seed }));
  const mean = (label, key) => perSeed.reduce((s, r) => s + measure(r[label])[key], 0) / seeds.length;
  const m = Object.fromEntries([NONE, L1, L2, ELASTIC].map((label) => [label, Object.fromEntries(['nearZero', 'norm', 'gap', 'train'].map((key) => [key, mean(label, key)]))]));
  for (const [label, v] of Object.entries(m)) {
    t.diagnostic(`${label}: mean over seeds 1..5 — weights with |w| < ${NEAR_ZERO}: ${(v.nearZero * 100).toFixed(1)}%, kernel norm ${v.norm.toFixed(2)}, test - train loss ${v.gap.toFixed(3)}, train loss ${v.train.toFixed(3)}`);
  }
  assert.ok(m[NONE].nearZero < 0.05, 'without a penalty almost no weight is near zero');
  assert.ok(m[L1].nearZero > 0.7, 'L1 drives most weights to ~0');
  assert.ok(m[L1].nearZero > 3 * m[L2].nearZero, 'many more than L2');
  assert.ok(m[L2].nearZero < 0.3, 'L2 leaves most weights away from zero');
  assert.ok(m[L2].norm < 0.5 * m[NONE].norm, 'L2 more than halves the weight norm');
  assert.ok(m[L1].gap < 0.75 * m[NONE].gap, 'L1 narrows the overfitting gap');
  assert.ok(m[L2].gap < 0.75 * m[NONE].gap, 'L2 narrows the overfitting gap');
  assert.ok(m[ELASTIC].nearZero > 3 * m[L2].nearZero && m[ELASTIC].gap < 0.75 * m[NONE].gap, 'elastic net: sparse and less overfit');
});

test('the default run shows the same ordering', (t) => {
  const results = runExperiment(dp, lesson.experiment);
  const m = Object.fromEntries([NONE, L1, L2].map((label) => [label, measure(results[label])]));
  t.diagnostic(`default run: near zero ${[NONE, L1, L2].map((l) => `${l} ${(m[l].nearZero * 100).toFixed(1)}%`).join(', ')}; norm ${[NONE, L2].map((l) => `${l} ${m[l].norm.toFixed(2)}`).join(', ')}; gap ${[NONE, L1, L2].map((l) => `${l} ${m[l].gap.toFixed(3)}`).join(', ')}`);
  assert.ok(m[L1].nearZero > 3 * m[L2].nearZero);
  assert.ok(m[L2].norm < 0.5 * m[NONE].norm);
  assert.ok(m[L1].gap < m[NONE].gap && m[L2].gap < m[NONE].gap);
});
