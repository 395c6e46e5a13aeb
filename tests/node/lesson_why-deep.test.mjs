// Lesson 2's claim, on the lesson's own experiment: at a fixed budget of 24
// hidden neurons, spiral test accuracy rises with depth; 0 hidden layers stay
// near chance and 2 or more exceed 90%.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadEngine } from '../../bindings/index.js';
import { runExperiment } from '../../web/experiments/experiment.js';
import lesson from '../../web/lessons/why-deep.js';

const dp = await loadEngine();
const labels = ['0 hidden', '1 hidden', '2 hidden', '3 hidden'];
const seeds = [1, 2, 3, 4];

test('every net of the sweep has the same 24 hidden neurons', () => {
  for (const run of lesson.experiment.runs) {
    const hidden = run.spec.layers.slice(0, -1).reduce((sum, layer) => sum + layer.units, 0);
    assert.equal(hidden, run.label === '0 hidden' ? 0 : 24, run.label);
  }
  assert.deepEqual(lesson.experiment.runs.map((run) => run.label), labels);
});

test('spiral accuracy rises with depth at a fixed neuron budget (default run)', (t) => {
  const results = runExperiment(dp, lesson.experiment);
  const accuracy = labels.map((label) => results[label].test.accuracy);
  t.diagnostic(`default run, test accuracy by depth 0..3: ${accuracy.map((a) => a.toFixed(3)).join(', ')}`);
  assert.ok(accuracy[0] < 0.7, `0 hidden layers ${accuracy[0]}`);
  assert.ok(accuracy[2] > 0.9 && accuracy[3] > 0.9, `2 and 3 hidden layers ${accuracy[2]}, ${accuracy[3]}`);
  assert.ok(accuracy[0] < accuracy[1] && accuracy[1] < accuracy[2] && accuracy[2] <= accuracy[3] + 0.01, 'accuracy rises with depth');
});

test('spiral accuracy rises with depth at a fixed neuron budget (mean over seeds)', (t) => {
  const perSeed = seeds.map((seed) => runExperiment(dp, lesson.experiment, { seed }));
  const mean = labels.map((label) => perSeed.reduce((sum, r) => sum + r[label].test.accuracy, 0) / seeds.length);
  t.diagnostic(`mean test accuracy over seeds ${seeds.join(',')}, depth 0..3: ${mean.map((a) => a.toFixed(3)).join(', ')}`);
  assert.ok(mean[0] < 0.7, `0 hidden layers ${mean[0]}`);
  assert.ok(mean[2] > 0.9, `2 hidden layers ${mean[2]}`);
  assert.ok(mean[3] > 0.9, `3 hidden layers ${mean[3]}`);
  // Rises with depth: each step up adds accuracy, except that a saturated
  // net (> 0.95) may not beat another saturated one by much.
  assert.ok(mean[1] > mean[0] + 0.04, 'one hidden layer beats none');
  assert.ok(mean[2] > mean[1] + 0.15, 'two hidden layers beat one by a wide margin');
  assert.ok(mean[3] >= mean[2] - 0.01, 'three hidden layers are at least as good as two');
});
