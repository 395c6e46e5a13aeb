// Lesson 8's claim, on the lesson's own experiment: on the saddle and in the
// double well, full-batch gradient descent stalls (at the saddle point, in
// the shallow well) while noisy mini-batch walkers with the same optimizer
// and rate escape to the minima — in the default run and over many seeds.
// The default run's checks are the page's (claim-measures.js).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadEngine } from '../../bindings/index.js';
import { averageOverSeeds } from '../../web/experiments/experiment.js';
import { ESCAPED, checkEach, measureLesson } from './claim_checks.mjs';
import lesson from '../../web/lessons/why-sgd.js';

const dp = await loadEngine();
const seeds = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];

const runsOn = (surface, noisy) =>
  lesson.experiment.runs.filter((run) => run.surface === surface && run.path.gradientNoise > 0 === noisy);
const last = (path) => ({ w1: path.w1.at(-1), w2: path.w2.at(-1), loss: path.loss.at(-1), diverged: path.diverged });
const leftSaddle = (path) => ESCAPED.saddle(last(path));
const inDeepWell = (path) => ESCAPED.local_minimum(last(path));

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

checkEach(await measureLesson(dp, lesson));

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
  const m = Object.fromEntries(
    Object.entries(measures).map(([name, f]) => [name, averageOverSeeds(dp, lesson.experiment, seeds, f)]),
  );
  for (const [name, value] of Object.entries(m)) t.diagnostic(`${name} (mean over seeds 1..10): ${value.toFixed(3)}`);
  assert.equal(m['saddle walkers escaped'], 1, 'saddle walkers escape on every seed');
  assert.ok(m['double-well walkers in the deep well'] >= 0.8, 'double-well walkers escape on most seeds');
  assert.equal(m['GD escaped the saddle'], 0);
  assert.equal(m['GD escaped the shallow well'], 0);
  assert.ok(m['walker mean final loss, saddle'] < 0.1, 'walkers end near loss 0, GD at 1');
  assert.ok(
    m['walker mean loss over the last 100 steps, double well'] < 0.8,
    'walkers end far below the shallow well (1.6)',
  );
});

function mean(values) {
  return values.reduce((sum, v) => sum + v, 0) / values.length;
}
