// Lesson 11's claim, on the lesson's own experiment: a too-large rate
// diverges and is detected (on the bowl and on a net, with a finite last
// loss), a tiny rate barely moves, a middle rate converges, and a decaying
// schedule ends lower than the same rate kept constant (mean over seeds).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadEngine } from '../../bindings/index.js';
import { averageOverSeeds, runExperiment } from '../../web/experiments/experiment.js';
import lesson from '../../web/lessons/learning-rate.js';

const dp = await loadEngine();
const seeds = [1, 2, 3, 4, 5, 6, 7, 8];
const run = (label) => {
  const found = lesson.experiment.runs.find((r) => r.label === label);
  assert.ok(found, `the experiment has a run "${label}"`);
  return found;
};

test('on the bowl: rate 1.5 diverges, 0.001 barely moves, 0.1 converges', (t) => {
  const results = runExperiment(dp, lesson.experiment);
  const path = (rate) => results[`bowl: rate ${rate}`].path;
  for (const rate of [1.5, 0.1, 0.01, 0.001]) {
    const p = path(rate);
    t.diagnostic(`rate ${rate}: diverged ${p.diverged} after ${p.loss.length - 1} steps; loss ${p.loss[0].toFixed(3)} -> ${p.loss.at(-1).toPrecision(4)} (${((p.loss.at(-1) / p.loss[0]) * 100).toPrecision(4)}% of start)`);
  }
  const steps = run('bowl: rate 0.1').path.steps;
  assert.ok(path(1.5).diverged, 'rate 1.5 is flagged as diverged');
  assert.ok(path(1.5).loss.length - 1 < steps, 'and stopped early');
  for (const rate of [0.1, 0.01, 0.001]) assert.ok(!path(rate).diverged && path(rate).loss.length - 1 === steps, `rate ${rate} runs all its steps`);
  assert.ok(path(0.001).loss.at(-1) > 0.9 * path(0.001).loss[0], 'rate 0.001 leaves more than 90% of the loss');
  assert.ok(path(0.1).loss.at(-1) < 1e-3 * path(0.1).loss[0], 'rate 0.1 ends below 0.1% of the start');
  assert.ok(path(0.001).loss.at(-1) > path(0.01).loss.at(-1) && path(0.01).loss.at(-1) > path(0.1).loss.at(-1), 'smaller rates end higher');
});

test('on the net, rate 1 diverges in the first epoch and reports its last finite loss', (t) => {
  const check = (results, where) => {
    const { diverged } = results['net: rate 1'].history;
    t.diagnostic(`${where}: ${diverged ? `diverged at epoch ${diverged.epoch}, step ${diverged.step}, last finite loss ${diverged.lastLoss.toFixed(2)}` : 'did not diverge'}`);
    assert.ok(diverged, `${where}: divergence detected`);
    assert.equal(diverged.epoch, 0, `${where}: in the first epoch`);
    assert.ok(diverged.step <= 10, `${where}: within 10 mini-batches`);
    assert.ok(Number.isFinite(diverged.lastLoss), `${where}: last loss is finite`);
    for (const label of ['net: rate 0.3, constant', 'net: rate 0.3, exponential decay']) assert.equal(results[label].history.diverged, undefined, label);
  };
  check(runExperiment(dp, lesson.experiment), 'default run');
  for (const seed of seeds) check(runExperiment(dp, { runs: [run('net: rate 1'), run('net: rate 0.3, constant'), run('net: rate 0.3, exponential decay')] }, { seed }), `seed ${seed}`);
});

test('on the net, a decaying rate ends lower than the same rate kept constant', (t) => {
  const runs = { runs: [run('net: rate 0.3, constant'), run('net: rate 0.3, exponential decay')] };
  const constant = (r) => r['net: rate 0.3, constant'].train.loss;
  const decaying = (r) => r['net: rate 0.3, exponential decay'].train.loss;
  const start = (r) => r['net: rate 0.3, constant'].history.loss[0];
  const first = runExperiment(dp, lesson.experiment);
  t.diagnostic(`default run: final training loss constant ${constant(first).toFixed(5)}, decaying ${decaying(first).toFixed(5)} (first-epoch loss ${start(first).toFixed(4)})`);
  assert.ok(decaying(first) < constant(first), 'default run');
  assert.ok(constant(first) < start(first) / 3, 'the constant rate does converge — it just settles higher');

  const meanConstant = averageOverSeeds(dp, runs, seeds, constant);
  const meanDecaying = averageOverSeeds(dp, runs, seeds, decaying);
  const meanRatio = averageOverSeeds(dp, runs, seeds, (r) => constant(r) / decaying(r));
  t.diagnostic(`mean over seeds 1..8: final training loss constant ${meanConstant.toFixed(5)}, decaying ${meanDecaying.toFixed(5)}; mean ratio constant/decaying ${meanRatio.toFixed(2)}`);
  assert.ok(meanDecaying < 0.85 * meanConstant, 'decaying ends clearly lower on average');
  assert.ok(meanRatio > 1.2, 'the lesson says about 1.4 times');
});
