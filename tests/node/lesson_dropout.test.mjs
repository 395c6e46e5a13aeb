// Lesson 13's claim, on the lesson's own experiment: on small noisy data,
// dropout narrows the gap between test and training loss (both measured at
// inference, dropout off), averaged over seeds — at rate 0.2 and more at 0.5
// — and lowers the test loss. Also checks what the lesson says dropout does:
// a fresh mask drops about a fraction `rate` of units, kept units are scaled
// by 1/(1 - rate), and inference is deterministic. The claim's checks are
// the page's (claim-measures.js), on the default run and on the means over
// seeds.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadEngine } from '../../bindings/index.js';
import { experimentData, runExperiment } from '../../web/experiments/experiment.js';
import { checkEach, meanResults, measureClaim, measureLesson } from './claim_checks.mjs';
import lesson from '../../web/lessons/dropout.js';

const dp = await loadEngine();
const seeds = [1, 2, 3, 4, 5, 6, 7, 8];
const rateOf = (run) => run.spec.layers.find((layer) => layer.type === 'dropout')?.rate ?? 0;
const runsByRate = Object.fromEntries(lesson.experiment.runs.map((run) => [rateOf(run), run]));
const gap = (result) => result.test.loss - result.train.loss;

test('the three runs differ only in their dropout rate: 0, 0.2, 0.5', () => {
  assert.deepEqual(lesson.experiment.runs.map(rateOf), [0, 0.2, 0.5], 'in the order the claim reads them');
  const strip = (run) =>
    JSON.stringify({
      ...run,
      label: '',
      spec: { ...run.spec, layers: run.spec.layers.filter((l) => l.type !== 'dropout') },
    });
  assert.equal(strip(runsByRate[0.2]), strip(runsByRate[0]));
  assert.equal(strip(runsByRate[0.5]), strip(runsByRate[0]));
});

checkEach(await measureLesson(dp, lesson));

const perSeed = seeds.map((seed) => runExperiment(dp, lesson.experiment, { seed }));
const mean = meanResults(perSeed, ['train.loss', 'test.loss', 'test.accuracy']);
checkEach(measureClaim(lesson, mean), 'mean over seeds 1..8: ');

test('over seeds: without dropout the net overfits; dropout narrows the gap by lowering the test loss', (t) => {
  const m = Object.fromEntries([0, 0.2, 0.5].map((rate) => [rate, mean[runsByRate[rate].label]]));
  for (const [rate, v] of Object.entries(m)) {
    t.diagnostic(
      `rate ${rate}: mean over seeds 1..8 — train loss ${v.train.loss.toFixed(3)}, test loss ${v.test.loss.toFixed(3)}, gap ${gap(v).toFixed(3)}, test accuracy ${v.test.accuracy.toFixed(3)}`,
    );
  }
  t.diagnostic(
    `per-seed gaps (0 / 0.2 / 0.5): ${perSeed.map((r) => [0, 0.2, 0.5].map((rate) => gap(r[runsByRate[rate].label]).toFixed(2)).join('/')).join('  ')}`,
  );
  assert.ok(m[0].train.loss < 0.05, 'without dropout the net memorizes its training points');
  assert.ok(gap(m[0]) > 0.5, 'and overfits: a wide gap');
  assert.ok(gap(m[0.2]) < 0.8 * gap(m[0]), 'dropout 0.2 narrows the gap');
  assert.ok(gap(m[0.5]) < 0.6 * gap(m[0]), 'dropout 0.5 narrows it more');
  assert.ok(
    m[0.5].test.loss < 0.8 * m[0].test.loss,
    'and the test loss falls — the gap does not close by training worse alone',
  );
  assert.ok(m[0.5].train.loss > m[0].train.loss, 'the training loss rises');
});

test('a mask drops about a fraction `rate` of units, scales the rest by 1/(1 - rate); inference is deterministic', (t) => {
  const run = runsByRate[0.5];
  const data = experimentData(dp, run);
  const model = dp.model(run.spec);
  try {
    const first = model.predict(data.test.x);
    model.fit(data.train, { epochs: 20, batchSize: run.fit.batchSize });
    const masks = model.dropoutMasks();
    const values = masks.flatMap((m) => Array.from(m.mask));
    const dropped = values.filter((v) => v === 0).length / values.length;
    t.diagnostic(
      `last batch: ${values.length} mask entries, ${(dropped * 100).toFixed(1)}% dropped; kept values ${[...new Set(values.filter((v) => v !== 0))].join(', ')}`,
    );
    assert.ok(Math.abs(dropped - 0.5) < 0.1);
    assert.ok(values.every((v) => v === 0 || v === 2));
    const a = model.predict(data.test.x);
    const b = model.predict(data.test.x);
    assert.deepEqual(a, b, 'no dropout at inference');
    assert.notDeepEqual(a, first, 'training did change the model');
  } finally {
    model.dispose();
  }
});
