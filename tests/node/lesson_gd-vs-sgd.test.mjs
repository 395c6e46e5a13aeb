// Lesson 7's claim, on the lesson's own experiment: after the same number of
// passes over the data, SGD and mini-batch reach a far lower loss than
// full-batch GD, and SGD's per-epoch loss curve is the noisiest. The checks
// are the page's (claim-measures.js); here also the numbers the lesson
// quotes and the means over seeds.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadEngine } from '../../bindings/index.js';
import { averageOverSeeds } from '../../web/experiments/experiment.js';
import { TARGETS, checkEach, firstBelow, jitter, measureLesson, raceChecks } from './claim_checks.mjs';
import lesson from '../../web/lessons/gd-vs-sgd.js';

const dp = await loadEngine();
const seeds = [1, 2, 3, 4];
const [GD, MINI, SGD] = ['GD', 'mini-batch', 'SGD'];
const TARGET = TARGETS['gd-vs-sgd'];
// Epochs (passes) until the per-epoch training loss first drops below TARGET.
const passesTo = (losses) => firstBelow(losses, TARGET) + 1;

const measured = await measureLesson(dp, lesson);
const { results } = measured;

test('the race differs only in batch size: 1, 7 and 200 updates per pass', () => {
  const runs = lesson.experiment.runs;
  assert.ok(runs.every((run) => run.spec === runs[0].spec && run.fit.epochs === runs[0].fit.epochs));
  assert.deepEqual(
    [GD, MINI, SGD].map((label) => results[label].updatesPerEpoch),
    [1, 7, 200],
  );
});

checkEach(measured);

test('the numbers the lesson quotes: GD 0.69 -> about 0.66; SGD under 0.3 in 5 passes, mini-batch in about 70', (t) => {
  const h = (label) => results[label].history;
  t.diagnostic(
    `GD ${h(GD).loss[0].toFixed(3)} -> ${results[GD].train.loss.toFixed(3)}; passes to < ${TARGET}: SGD ${passesTo(h(SGD).loss)}, mini-batch ${passesTo(h(MINI).loss)}`,
  );
  assert.ok(Math.abs(h(GD).loss[0] - 0.69) < 0.01 && Math.abs(results[GD].train.loss - 0.66) < 0.01);
  assert.equal(passesTo(h(SGD).loss), 5);
  assert.ok(Math.abs(passesTo(h(MINI).loss) - 70) <= 5);
});

const perSeed = [];
const meanLead = averageOverSeeds(dp, lesson.experiment, seeds, (r) => {
  perSeed.push(r);
  return r[GD].train.loss - Math.max(r[SGD].train.loss, r[MINI].train.loss);
});
const mean = (measure) => perSeed.reduce((sum, r) => sum + measure(r), 0) / perSeed.length;
const noise = (label) => mean((r) => jitter(r[label].history.loss));
checkEach({ checks: raceChecks(meanLead, [GD, MINI, SGD].map(noise)) }, `mean over seeds ${seeds.join(',')}: `);

test('over seeds: lower loss for SGD and mini-batch on every seed, GD never below the target; mini-batch noisier than GD', (t) => {
  const loss = (label) => mean((r) => r[label].train.loss);
  t.diagnostic(
    `mean over seeds ${seeds.join(',')}: final train loss GD ${loss(GD).toFixed(3)}, mini-batch ${loss(MINI).toFixed(3)}, SGD ${loss(SGD).toFixed(3)}; jitter GD ${noise(GD).toExponential(2)}, mini-batch ${noise(MINI).toExponential(2)}, SGD ${noise(SGD).toExponential(2)}`,
  );
  t.diagnostic(
    `passes to < ${TARGET} per seed: ${perSeed.map((r) => [GD, MINI, SGD].map((l) => passesTo(r[l].history.loss)).join('/')).join(', ')} (GD/mini/SGD)`,
  );
  assert.ok(
    perSeed.every((r) => r[SGD].train.loss < r[GD].train.loss && r[MINI].train.loss < r[GD].train.loss),
    'on every seed',
  );
  assert.ok(
    perSeed.every((r) => passesTo(r[GD].history.loss) === Infinity),
    'GD never gets below the target in 100 passes',
  );
  assert.ok(noise(MINI) > noise(GD), 'after SGD, mini-batch is the noisier');
});
