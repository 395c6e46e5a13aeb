// Lesson 8's claim, on the lesson's own experiment: on the saddle and in the
// double well, full-batch gradient descent stalls (at the saddle point, in
// the shallow well) while noisy mini-batch walkers with the same optimizer
// and rate escape to the minima — in the default run and over many seeds.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadEngine } from '../../bindings/index.js';
import { averageOverSeeds, runExperiment } from '../../web/experiments/experiment.js';
import lesson from '../../web/lessons/why-sgd.js';

const dp = await loadEngine();
const seeds = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];
const BARRIER_W1 = 0.3; // the double well's barrier: stationary point at w1 = 3t/4, t = 0.4

const runsOn = (surface, noisy) =>
  lesson.experiment.runs.filter((run) => run.surface === surface && (run.path.gradientNoise > 0) === noisy);
const last = (path) => ({ w1: path.w1.at(-1), w2: path.w2.at(-1), loss: path.loss.at(-1) });

// Escaped the saddle: off the ridge line, down near a minimum (w2 = ±√2, loss 0).
const leftSaddle = (path) => Math.abs(last(path).w2) > 0.7 && last(path).loss < 0.5;
// Escaped the shallow well: over the barrier, in the deep basin of w1 = -1.
const inDeepWell = (path) => last(path).w1 < BARRIER_W1;

function fractionEscaped(results, surface, escaped) {
  const walkers = runsOn(surface, true);
  return walkers.filter((run) => escaped(results[run.label].path)).length / walkers.length;
}

test('the experiment pits one noiseless GD path against several noisy walkers per surface, same rate', () => {
  for (const surface of ['saddle', 'local_minimum']) {
    const [gd, ...extra] = runsOn(surface, false);
    const walkers = runsOn(surface, true);
    assert.equal(extra.length, 0, `${surface}: one full-batch path`);
    assert.ok(walkers.length >= 4, `${surface}: several walkers`);
    for (const walker of walkers) {
      assert.deepEqual(walker.path.optimizer, gd.path.optimizer, 'same optimizer and rate');
      assert.equal(walker.path.steps, gd.path.steps, 'same number of steps');
    }
    assert.equal(new Set(walkers.map((w) => w.path.seed)).size, walkers.length, 'every walker has its own noise');
  }
});

test('full-batch GD stalls at the saddle point and in the shallow well', (t) => {
  const results = runExperiment(dp, lesson.experiment);
  const saddle = last(results[runsOn('saddle', false)[0].label].path);
  const well = last(results[runsOn('local_minimum', false)[0].label].path);
  t.diagnostic(`GD on the saddle ends at (${saddle.w1.toFixed(4)}, ${saddle.w2.toFixed(4)}), loss ${saddle.loss.toFixed(4)}`);
  t.diagnostic(`GD in the double well ends at (${well.w1.toFixed(4)}, ${well.w2.toFixed(4)}), loss ${well.loss.toFixed(4)}`);
  assert.ok(Math.abs(saddle.loss - 1) < 1e-3 && Math.abs(saddle.w2) < 1e-6, 'GD sits on the saddle point, loss 1');
  assert.ok(Math.abs(well.w1 - 1) < 1e-2 && Math.abs(well.loss - 1.6) < 1e-2, 'GD sits in the shallow well, loss 1.6');
});

test('noisy mini-batch walkers escape where GD stalls (default run)', (t) => {
  const results = runExperiment(dp, lesson.experiment);
  const saddle = fractionEscaped(results, 'saddle', leftSaddle);
  const well = fractionEscaped(results, 'local_minimum', inDeepWell);
  const ends = (surface) =>
    runsOn(surface, true)
      .map((run) => last(results[run.label].path))
      .map((p) => `(${p.w1.toFixed(2)}, ${p.w2.toFixed(2)}) ${p.loss.toFixed(3)}`)
      .join('; ');
  t.diagnostic(`saddle walkers escaped: ${saddle * 100}% — ends ${ends('saddle')}`);
  t.diagnostic(`double-well walkers in the deep well: ${well * 100}% — ends ${ends('local_minimum')}`);
  assert.equal(saddle, 1, 'every saddle walker leaves the ridge');
  assert.equal(well, 1, 'every double-well walker ends in the deep well (the lesson says all five)');
  assert.ok(!leftSaddle(results[runsOn('saddle', false)[0].label].path), 'GD does not');
  assert.ok(!inDeepWell(results[runsOn('local_minimum', false)[0].label].path), 'GD does not');
});

test('over 10 seeds, noisy walkers escape and GD never does', (t) => {
  const gdLabel = (surface) => runsOn(surface, false)[0].label;
  const measures = {
    'saddle walkers escaped': (r) => fractionEscaped(r, 'saddle', leftSaddle),
    'double-well walkers in the deep well': (r) => fractionEscaped(r, 'local_minimum', inDeepWell),
    'GD escaped the saddle': (r) => Number(leftSaddle(r[gdLabel('saddle')].path)),
    'GD escaped the shallow well': (r) => Number(inDeepWell(r[gdLabel('local_minimum')].path)),
    'walker mean final loss, saddle': (r) => mean(runsOn('saddle', true).map((run) => last(r[run.label].path).loss)),
    'walker mean loss over the last 100 steps, double well': (r) =>
      mean(runsOn('local_minimum', true).map((run) => mean(Array.from(r[run.label].path.loss.slice(-100))))),
  };
  const m = Object.fromEntries(Object.entries(measures).map(([name, f]) => [name, averageOverSeeds(dp, lesson.experiment, seeds, f)]));
  for (const [name, value] of Object.entries(m)) t.diagnostic(`${name} (mean over seeds 1..10): ${value.toFixed(3)}`);
  assert.equal(m['saddle walkers escaped'], 1, 'saddle walkers escape on every seed');
  assert.ok(m['double-well walkers in the deep well'] >= 0.8, 'double-well walkers escape on most seeds');
  assert.equal(m['GD escaped the saddle'], 0);
  assert.equal(m['GD escaped the shallow well'], 0);
  assert.ok(m['walker mean final loss, saddle'] < 0.1, 'walkers end near loss 0, GD at 1');
  assert.ok(m['walker mean loss over the last 100 steps, double well'] < 0.8, 'walkers end far below the shallow well (1.6)');
});

function mean(values) {
  return values.reduce((sum, v) => sum + v, 0) / values.length;
}
