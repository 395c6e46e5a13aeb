// Lesson 1's claim, on the lesson's own experiment: hidden layers learn the
// circle from raw x1, x2 as well as a linear model handed x1², x2², while a
// linear model on the raw inputs stays near chance.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadEngine } from '../../bindings/index.js';
import { runExperiment, averageOverSeeds } from '../../web/experiments/experiment.js';
import lesson from '../../web/lessons/what-is-deep-learning.js';

const dp = await loadEngine();
const seeds = [1, 2, 3, 4];

test('a net with hidden layers learns circle from raw x1, x2 as well as a linear model on crafted features', (t) => {
  const results = runExperiment(dp, lesson.experiment);
  const accuracy = (label) => results[label].test.accuracy;
  t.diagnostic(`default run, test accuracy: raw ${accuracy('raw').toFixed(3)}, crafted ${accuracy('crafted').toFixed(3)}, linear ${accuracy('linear').toFixed(3)}`);
  assert.ok(accuracy('raw') >= 0.95, `raw network ${accuracy('raw')}`);
  assert.ok(accuracy('crafted') >= 0.95, `crafted linear model ${accuracy('crafted')}`);
  assert.ok(Math.abs(accuracy('raw') - accuracy('crafted')) <= 0.04, 'raw and crafted should match');
  assert.ok(accuracy('linear') < 0.7, `linear model on raw inputs ${accuracy('linear')}`);
});

test('over seeds: raw net matches crafted features, raw linear model stays near chance', (t) => {
  const mean = (label) => averageOverSeeds(dp, lesson.experiment, seeds, (r) => r[label].test.accuracy);
  const raw = mean('raw');
  const crafted = mean('crafted');
  const linear = mean('linear');
  t.diagnostic(`mean test accuracy over seeds ${seeds.join(',')}: raw ${raw.toFixed(3)}, crafted ${crafted.toFixed(3)}, linear ${linear.toFixed(3)}`);
  assert.ok(raw >= 0.95 && crafted >= 0.95, `raw ${raw}, crafted ${crafted}`);
  assert.ok(Math.abs(raw - crafted) <= 0.03, `gap ${raw - crafted}`);
  assert.ok(linear < 0.65, `linear ${linear}`);
});
