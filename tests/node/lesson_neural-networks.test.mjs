// Lesson 3's claim, on the lesson's own experiment: a single neuron draws a
// line (its positive region is exactly the half-plane w·x + b > 0: enough for
// gauss, not for circle); hidden neurons combine lines into a closed region.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadEngine } from '../../bindings/index.js';
import { runExperiment } from '../../web/experiments/experiment.js';
import lesson from '../../web/lessons/neural-networks.js';

const dp = await loadEngine();
const seeds = [1, 2, 3, 4];
const specOf = (label) => lesson.experiment.runs.find((run) => run.label === label).spec;

// The trained model rebuilt from its spec and final weights.
function trained(label, result) {
  const model = dp.model(specOf(label));
  model.setWeights(result.weights);
  return model;
}

function grid(steps) {
  const points = [];
  for (let i = 0; i <= steps; i++) for (let j = 0; j <= steps; j++) points.push([-1 + (2 * i) / steps, -1 + (2 * j) / steps]);
  return points;
}

// The hidden net's positive region is closed around the centre when the centre
// is in and (±r, 0), (0, ±r) are all out. No half-plane can do that: if it
// holds 0 then b > 0, and of p and −p one has w·p + b > 0 as well.
function enclosure(result, r = 0.85) {
  const model = trained('hidden', result);
  const [centre, ...rim] = model.predict([[0, 0], [r, 0], [-r, 0], [0, r], [0, -r]]);
  model.dispose();
  return { centre, rim: Array.from(rim) };
}

test('a single neuron draws a line: enough for gauss, not for circle; four hidden neurons enclose the circle', (t) => {
  const results = runExperiment(dp, lesson.experiment);
  const accuracy = (label) => results[label].test.accuracy;
  t.diagnostic(`default run, test accuracy: neuron-gauss ${accuracy('neuron-gauss').toFixed(3)}, neuron-circle ${accuracy('neuron-circle').toFixed(3)}, hidden ${accuracy('hidden').toFixed(3)}`);
  assert.ok(accuracy('neuron-gauss') > 0.95);
  assert.ok(accuracy('neuron-circle') < 0.7);
  assert.ok(accuracy('hidden') > 0.9);

  // The neuron's positive region is the half-plane of its own line.
  for (const label of ['neuron-gauss', 'neuron-circle']) {
    const [kernel, bias] = results[label].weights;
    const model = trained(label, results[label]);
    const points = grid(40);
    const p = model.predict(points);
    let disagreements = 0;
    points.forEach(([x1, x2], i) => {
      const z = kernel[0] * x1 + kernel[1] * x2 + bias[0];
      if (Math.abs(z) > 1e-4 && (p[i] > 0.5) !== (z > 0)) disagreements++;
    });
    model.dispose();
    assert.equal(disagreements, 0, `${label}: prediction > 0.5 exactly where w·x + b > 0`);
  }

  const { centre, rim } = enclosure(results.hidden);
  t.diagnostic(`hidden net: p(centre) ${centre.toFixed(3)}, p(rim) ${rim.map((v) => v.toFixed(3)).join(', ')}`);
  assert.ok(centre > 0.5 && rim.every((v) => v < 0.5), 'the region encloses the centre');
});

test('over seeds: the single neuron fails on circle, four hidden neurons succeed', (t) => {
  const perSeed = seeds.map((seed) => runExperiment(dp, lesson.experiment, { seed }));
  const mean = (label) => perSeed.reduce((sum, r) => sum + r[label].test.accuracy, 0) / seeds.length;
  t.diagnostic(`mean test accuracy over seeds ${seeds.join(',')}: neuron-gauss ${mean('neuron-gauss').toFixed(3)}, neuron-circle ${mean('neuron-circle').toFixed(3)}, hidden ${mean('hidden').toFixed(3)}`);
  assert.ok(mean('neuron-gauss') > 0.95);
  assert.ok(mean('neuron-circle') < 0.65);
  assert.ok(mean('hidden') > 0.93);
  const enclosed = perSeed.filter((r) => {
    const { centre, rim } = enclosure(r.hidden);
    return centre > 0.5 && rim.every((v) => v < 0.5);
  }).length;
  t.diagnostic(`hidden net encloses the centre for ${enclosed} of ${seeds.length} seeds`);
  assert.equal(enclosed, seeds.length);
});
