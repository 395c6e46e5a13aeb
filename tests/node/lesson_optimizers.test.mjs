// Lesson 10's claim, on the lesson's own experiment: on the ill-conditioned
// valley Adam and RMSprop reach a low loss in far fewer steps than plain SGD
// (at the same rate, and even against SGD's better rate 0.3), and on a real
// net — a sigmoid net on the circle — they leave the plateau long before it.
// The default run's checks are the page's (claim-measures.js).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadEngine } from '../../bindings/index.js';
import { runExperiment } from '../../web/experiments/experiment.js';
import { TARGETS, checkEach, firstBelow, measureLesson } from './claim_checks.mjs';
import lesson from '../../web/lessons/optimizers.js';

const dp = await loadEngine();
const LOW_NET_LOSS = TARGETS.optimizers.net;
const seeds = [1, 2, 3, 4, 5, 6];
const netEpochs = lesson.experiment.runs.find((run) => run.label === 'net: SGD').fit.epochs;
// Epochs until the epoch's mean training loss first falls below the target; never counts as epochs + 1.
const epochsTo = (history) => Math.min(firstBelow(history.loss, LOW_NET_LOSS), netEpochs) + 1;

test('every racer of a race runs at the same rate, 0.1 (plus one SGD run at 0.3)', () => {
  for (const run of lesson.experiment.runs) {
    const optimizer = run.kind === 'surface' ? run.path.optimizer : run.spec.optimizer;
    const expected = run.label === 'valley: SGD at 0.3' ? 0.3 : 0.1;
    assert.equal(optimizer.learningRate, expected, run.label);
  }
});

checkEach(await measureLesson(dp, lesson));

test("on the sigmoid net, averaged over seeds, Adam and RMSprop need under a third of plain SGD's epochs", (t) => {
  const perSeed = seeds.map((seed) =>
    runExperiment(dp, { runs: lesson.experiment.runs.filter((run) => run.kind === 'train') }, { seed }),
  );
  const mean = (name) => perSeed.reduce((s, r) => s + epochsTo(r[`net: ${name}`].history), 0) / seeds.length;
  const m = Object.fromEntries(['SGD', 'momentum', 'RMSprop', 'Adam'].map((name) => [name, mean(name)]));
  t.diagnostic(
    `mean epochs to loss < ${LOW_NET_LOSS} over seeds ${seeds.join(',')} (never = ${netEpochs + 1}): ${Object.entries(m)
      .map(([k, v]) => `${k} ${v.toFixed(1)}`)
      .join(', ')}`,
  );
  assert.ok(m.Adam < m.SGD / 3, 'Adam');
  assert.ok(m.RMSprop < m.SGD / 3, 'RMSprop');
});
