// Lesson 2's claim, on the lesson's own experiment: at a fixed budget of 24
// hidden neurons, spiral test accuracy rises with depth; 0 hidden layers stay
// near chance and 2 or more exceed 90%. The checks are the page's
// (claim-measures.js), on the default run and on the means over seeds.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadEngine } from '../../bindings/index.js';
import { runExperiment } from '../../web/experiments/experiment.js';
import { checkEach, meanResults, measureClaim, measureLesson } from './claim_checks.mjs';
import lesson from '../../web/lessons/why-deep.js';
import { figureValues } from '../../web/lessons/figure.js';
import { parameterCount } from '../../web/domain/widget-math.js';

const dp = await loadEngine();
const labels = ['0 hidden', '1 hidden', '2 hidden', '3 hidden'];
const seeds = [1, 2, 3, 4];

test('every net of the sweep has the same 24 hidden neurons', () => {
  for (const run of lesson.experiment.runs) {
    const hidden = run.spec.layers.slice(0, -1).reduce((sum, layer) => sum + layer.units, 0);
    assert.equal(hidden, run.label === '0 hidden' ? 0 : 24, run.label);
  }
  assert.deepEqual(
    lesson.experiment.runs.map((run) => run.label),
    labels,
  );
});

// The same spec with every hidden layer `change` neurons wider.
const widened = (spec, change) => ({
  ...spec,
  layers: spec.layers.map((layer, i) =>
    i < spec.layers.length - 1 ? { ...layer, units: layer.units + change } : layer,
  ),
});

test('"Same number of weights" widens each shallower net to the width whose weights come closest to the three-layer net\'s, for every budget', () => {
  const { figure } = lesson;
  const budgets = figure.controls.find((control) => control.id === 'neurons').values;
  for (const neurons of budgets) {
    const runs = figure.runs(figureValues(figure, { neurons, sameWeights: true }));
    const target = parameterCount(runs.at(-1).spec);
    for (const run of runs.slice(1, -1)) {
      const miss = (spec) => Math.abs(parameterCount(spec) - target);
      const [narrower, wider] = [-1, 1].map((change) => miss(widened(run.spec, change)));
      assert.ok(
        miss(run.spec) <= Math.min(narrower, wider),
        `${neurons} neurons, ${run.label}: ${parameterCount(run.spec)} weights against ${target}`,
      );
    }
  }
});

checkEach(await measureLesson(dp, lesson));

const mean = meanResults(
  seeds.map((seed) => runExperiment(dp, lesson.experiment, { seed })),
  ['test.accuracy'],
);
checkEach(measureClaim(lesson, mean), `mean over seeds ${seeds.join(',')}: `);

test('over seeds, each layer up adds accuracy until the net saturates', (t) => {
  const accuracy = labels.map((label) => mean[label].test.accuracy);
  t.diagnostic(
    `mean test accuracy over seeds ${seeds.join(',')}, depth 0..3: ${accuracy.map((a) => a.toFixed(3)).join(', ')}`,
  );
  assert.ok(accuracy[1] > accuracy[0] + 0.04, 'one hidden layer beats none');
  assert.ok(accuracy[2] > accuracy[1] + 0.15, 'two hidden layers beat one by a wide margin');
});
