// Lesson 3's claim, on the lesson's own experiment: a single neuron draws a
// line (its positive region is exactly the half-plane w·x + b > 0: enough for
// gauss, not for circle); hidden neurons combine lines into a closed region.
// The checks are the page's (claim-measures.js); here also the half-plane a
// single neuron draws, and the closed region on every seed.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadEngine } from '../../bindings/index.js';
import { checkEach, holdsCheck, measureLesson, neuronChecks } from './claim_checks.mjs';
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
  for (let i = 0; i <= steps; i++)
    for (let j = 0; j <= steps; j++) points.push([-1 + (2 * i) / steps, -1 + (2 * j) / steps]);
  return points;
}

const measured = await measureLesson(dp, lesson);
checkEach(measured);

test("a single neuron's positive region is the half-plane of its own line", () => {
  const { results } = measured;
  for (const label of ['neuron-gauss', 'neuron-circle']) {
    const [kernel, bias] = results[label].weights;
    const model = trained(label, results[label]);
    const points = grid(40);
    const p = model.predict(points);
    let disagreements = 0;
    points.forEach(([x1, x2], i) => {
      const z = kernel[0] * x1 + kernel[1] * x2 + bias[0];
      if (Math.abs(z) > 1e-4 && p[i] > 0.5 !== z > 0) disagreements++;
    });
    model.dispose();
    assert.equal(disagreements, 0, `${label}: prediction > 0.5 exactly where w·x + b > 0`);
  }
});

const perSeed = [];
for (const seed of seeds) perSeed.push(await measureLesson(dp, lesson, { seed }));
const mean = (label) => perSeed.reduce((sum, m) => sum + m.results[label].test.accuracy, 0) / seeds.length;
checkEach(
  { checks: neuronChecks({ gauss: mean('neuron-gauss'), circle: mean('neuron-circle'), hidden: mean('hidden') }) },
  `mean over seeds ${seeds.join(',')}: `,
);

test('over seeds, clearer still: the single neuron below 65% on circle, the hidden net above 93%; it encloses the centre on every seed', (t) => {
  t.diagnostic(
    `mean test accuracy over seeds ${seeds.join(',')}: neuron-gauss ${mean('neuron-gauss').toFixed(3)}, neuron-circle ${mean('neuron-circle').toFixed(3)}, hidden ${mean('hidden').toFixed(3)}`,
  );
  assert.ok(mean('neuron-circle') < 0.65);
  assert.ok(mean('hidden') > 0.93);
  const enclosed = perSeed.filter((m) =>
    holdsCheck(m, "the hidden neurons' positive region is closed around the centre"),
  ).length;
  t.diagnostic(`hidden net encloses the centre for ${enclosed} of ${seeds.length} seeds`);
  assert.equal(enclosed, seeds.length);
});
