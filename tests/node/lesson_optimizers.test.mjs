// Lesson 10's claim, on the lesson's own experiment: on the ill-conditioned
// valley Adam and RMSprop reach a low loss in far fewer steps than plain SGD
// (at the same rate, and even against SGD's better rate 0.3), and on a real
// net — a sigmoid net on the circle — they leave the plateau long before it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadEngine } from '../../bindings/index.js';
import { runExperiment } from '../../web/experiments/experiment.js';
import lesson from '../../web/lessons/optimizers.js';

const dp = await loadEngine();
const LOW_SURFACE_LOSS = 0.01;
const LOW_NET_LOSS = 0.1;
const seeds = [1, 2, 3, 4, 5, 6];

// Steps until the path's loss first falls below the target (Infinity: never).
const stepsTo = (path, target) => {
  const i = path.loss.findIndex((l) => l < target);
  return i < 0 ? Infinity : i;
};
// Epochs until the epoch's mean training loss first falls below the target; never counts as epochs + 1.
const epochsTo = (history, target, epochs) => {
  const i = history.loss.findIndex((l) => l < target);
  return i < 0 ? epochs + 1 : i + 1;
};
const netEpochs = lesson.experiment.runs.find((run) => run.label === 'net: SGD').fit.epochs;

test('every racer of a race runs at the same rate, 0.1 (plus one SGD run at 0.3)', () => {
  for (const run of lesson.experiment.runs) {
    const optimizer = run.kind === 'surface' ? run.path.optimizer : run.spec.optimizer;
    const expected = run.label === 'valley: SGD at 0.3' ? 0.3 : 0.1;
    assert.equal(optimizer.learningRate, expected, run.label);
  }
});

test('on the valley, Adam and RMSprop reach loss 0.01 in under a quarter of plain SGD\'s steps', (t) => {
  const results = runExperiment(dp, lesson.experiment);
  const steps = Object.fromEntries(
    ['SGD', 'momentum', 'RMSprop', 'Adam', 'SGD at 0.3'].map((name) => [name, stepsTo(results[`valley: ${name}`].path, LOW_SURFACE_LOSS)]),
  );
  t.diagnostic(`valley, steps to loss < ${LOW_SURFACE_LOSS} (start ${results['valley: SGD'].path.loss[0].toFixed(2)}): ${Object.entries(steps).map(([k, v]) => `${k} ${v}`).join(', ')}`);
  t.diagnostic(`ratios to SGD at 0.1: Adam ${(steps.Adam / steps.SGD).toFixed(3)}, RMSprop ${(steps.RMSprop / steps.SGD).toFixed(3)}; to SGD at 0.3: Adam ${(steps.Adam / steps['SGD at 0.3']).toFixed(3)}, RMSprop ${(steps.RMSprop / steps['SGD at 0.3']).toFixed(3)}`);
  assert.ok(Number.isFinite(steps.SGD) && Number.isFinite(steps['SGD at 0.3']), 'plain SGD does get there, slowly');
  for (const name of ['Adam', 'RMSprop']) {
    assert.ok(steps[name] < steps.SGD / 4, `${name} at the same rate`);
    assert.ok(steps[name] < steps['SGD at 0.3'] / 2, `${name} against SGD at 0.3`);
  }
});

test('on Rosenbrock at rate 0.1, SGD and momentum blow up; Adam reaches the minimum', (t) => {
  const results = runExperiment(dp, lesson.experiment);
  const path = (name) => results[`Rosenbrock: ${name}`].path;
  const end = (name) => `${name}: diverged ${path(name).diverged} after ${path(name).loss.length - 1} steps, loss ${path(name).loss.at(-1).toExponential(2)} at (${path(name).w1.at(-1).toFixed(3)}, ${path(name).w2.at(-1).toFixed(3)})`;
  for (const name of ['SGD', 'momentum', 'RMSprop', 'Adam']) t.diagnostic(end(name));
  assert.ok(path('SGD').diverged && path('momentum').diverged);
  assert.ok(!path('RMSprop').diverged && !path('Adam').diverged);
  assert.ok(Math.hypot(path('Adam').w1.at(-1) - 1, path('Adam').w2.at(-1) - 1) < 0.05, 'Adam ends at (1, 1)');
});

test('on a sigmoid net, Adam and RMSprop leave the plateau long before plain SGD (default run)', (t) => {
  const results = runExperiment(dp, lesson.experiment);
  const epochs = Object.fromEntries(['SGD', 'momentum', 'RMSprop', 'Adam'].map((n) => [n, epochsTo(results[`net: ${n}`].history, LOW_NET_LOSS, netEpochs)]));
  const final = (n) => results[`net: ${n}`].history.loss.at(-1);
  t.diagnostic(`epochs to training loss < ${LOW_NET_LOSS} (${netEpochs + 1} = never): ${Object.entries(epochs).map(([k, v]) => `${k} ${v}`).join(', ')}; plain SGD's final loss ${final('SGD').toFixed(3)}`);
  assert.ok(epochs.Adam <= 20 && epochs.RMSprop <= 20, 'within about 15 epochs');
  assert.ok(final('SGD') > 0.6, 'plain SGD is still on the plateau (ln 2 = 0.69) after all epochs');
});

test('on the sigmoid net, averaged over seeds, Adam and RMSprop need under a third of plain SGD\'s epochs', (t) => {
  const perSeed = seeds.map((seed) => runExperiment(dp, { runs: lesson.experiment.runs.filter((run) => run.kind === 'train') }, { seed }));
  const mean = (name) => perSeed.reduce((s, r) => s + epochsTo(r[`net: ${name}`].history, LOW_NET_LOSS, netEpochs), 0) / seeds.length;
  const m = Object.fromEntries(['SGD', 'momentum', 'RMSprop', 'Adam'].map((name) => [name, mean(name)]));
  t.diagnostic(`mean epochs to loss < ${LOW_NET_LOSS} over seeds ${seeds.join(',')} (never = ${netEpochs + 1}): ${Object.entries(m).map(([k, v]) => `${k} ${v.toFixed(1)}`).join(', ')}`);
  assert.ok(m.Adam < m.SGD / 3, 'Adam');
  assert.ok(m.RMSprop < m.SGD / 3, 'RMSprop');
});
