// Lesson 9's claim: on the same weights nll equals sparse categorical
// cross-entropy (and one-hot categorical cross-entropy, and -mean log p by
// hand) to 1e-6, and minimizing it raises the true class's probability.
// Checked through the lesson's own compute(dp) and its train runs.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadEngine } from '../../bindings/index.js';
import { runExperiment } from '../../web/experiments/experiment.js';
import lesson, { compute } from '../../web/lessons/negative-log-likelihood.js';

const dp = await loadEngine();
const TOLERANCE = 1e-6;
const seeds = [1, 2, 3, 4];

function assertAllEqual(t, when, m) {
  t.diagnostic(
    `${when}: nll ${m.nll.toFixed(9)}, sparse CCE ${m.sparse.toFixed(9)}, one-hot CCE ${m.categorical.toFixed(9)}, by hand ${m.byHand.toFixed(9)}`,
  );
  assert.ok(Math.abs(m.nll - m.sparse) <= TOLERANCE, `${when}: nll ${m.nll} vs sparse ${m.sparse}`);
  assert.ok(Math.abs(m.nll - m.categorical) <= TOLERANCE, `${when}: nll ${m.nll} vs one-hot ${m.categorical}`);
  assert.ok(Math.abs(m.nll - m.byHand) <= TOLERANCE, `${when}: nll ${m.nll} vs -mean log p ${m.byHand}`);
}

test('nll equals sparse and one-hot categorical cross-entropy to 1e-6 on the same weights (default run)', (t) => {
  const { before, after, sameStart } = compute(dp);
  assert.ok(sameStart, 'the nll and sparse nets start from identical weights (same seed)');
  assertAllEqual(t, 'before training', before);
  assertAllEqual(t, 'after training', after);
  // The check is not vacuous: training moved the loss a long way.
  assert.ok(before.nll - after.nll > 0.5, `training changed the loss: ${before.nll} -> ${after.nll}`);
});

test('minimizing nll raises the probability of the true class (default run)', (t) => {
  const { before, after, raised } = compute(dp);
  t.diagnostic(
    `mean true-class probability ${before.meanTrueProbability.toFixed(4)} -> ${after.meanTrueProbability.toFixed(4)}; rose on ${(raised * 100).toFixed(1)}% of training rows; accuracy ${before.accuracy.toFixed(3)} -> ${after.accuracy.toFixed(3)}; nll ${before.nll.toFixed(4)} -> ${after.nll.toFixed(4)}`,
  );
  assert.ok(before.meanTrueProbability < 0.45, 'an untrained net is near chance (1/3)');
  assert.ok(after.meanTrueProbability > 0.95, 'the default run ends above 0.95');
  assert.ok(raised > 0.9, 'it rose on almost every training row');
});

test('the same holds for other seeds', (t) => {
  for (const seed of seeds) {
    const { before, after, raised } = compute(dp, { seed });
    t.diagnostic(
      `seed ${seed}: |nll - sparse| ${Math.abs(before.nll - before.sparse).toExponential(1)} / ${Math.abs(after.nll - after.sparse).toExponential(1)}, |nll - one-hot| ${Math.abs(before.nll - before.categorical).toExponential(1)} / ${Math.abs(after.nll - after.categorical).toExponential(1)}; p(true) ${before.meanTrueProbability.toFixed(3)} -> ${after.meanTrueProbability.toFixed(3)}, rose on ${(raised * 100).toFixed(0)}%`,
    );
    for (const m of [before, after]) {
      assert.ok(Math.abs(m.nll - m.sparse) <= TOLERANCE && Math.abs(m.nll - m.categorical) <= TOLERANCE && Math.abs(m.nll - m.byHand) <= TOLERANCE);
    }
    assert.ok(before.meanTrueProbability < 0.45 && after.meanTrueProbability > 0.9, `seed ${seed}`);
    assert.ok(raised > 0.9, `seed ${seed}: rose on ${raised}`);
  }
});

test('the three train runs of the page trace the same loss curve', (t) => {
  const results = runExperiment(dp, lesson.experiment);
  const [nll, ...others] = lesson.experiment.runs.map((run) => results[run.label]);
  assert.equal(others.length, 2);
  let worst = 0;
  for (const other of others) {
    for (const key of ['loss', 'valLoss']) {
      nll.history[key].forEach((v, epoch) => (worst = Math.max(worst, Math.abs(v - other.history[key][epoch]))));
    }
  }
  t.diagnostic(`largest per-epoch difference between the nll curve and the cross-entropy curves over ${nll.history.loss.length} epochs: ${worst.toExponential(2)}; nll ${nll.history.loss[0].toFixed(4)} -> ${nll.history.loss.at(-1).toFixed(4)}`);
  assert.ok(worst <= TOLERANCE, 'the curves coincide');
  assert.ok(nll.history.loss.at(-1) < nll.history.loss[0] / 5, 'and they do fall');
});
