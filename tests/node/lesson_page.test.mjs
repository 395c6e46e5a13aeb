// What the lesson page gets from the worker and shows, checked headless: the
// lesson runner's reply for every lesson (results, the views widgets draw,
// progress frames), the measured claim built from it (it must hold on every
// lesson's default run, as the claim tests say), and the playground links,
// which must be states the playground accepts.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadEngine } from '../../bindings/index.js';
import { LESSONS } from '../../web/lessons/catalog.js';
import { LESSON_IDS, loadLesson } from '../../web/lessons/index.js';
import { runLesson, engineCall, SUPERSEDED } from '../../web/worker/lesson-runner.js';
import { measureClaim } from '../../web/experiments/claim-measures.js';
import { figureValues } from '../../web/lessons/figure.js';
import { playgroundRun, playgroundStateFor } from '../../web/domain/playground-link.js';
import { readState } from '../../web/domain/playground-state.js';
import { stateFromHash, stateToHash } from '../../web/domain/url-hash.js';
import { BOUNDARY_GRID, NEURON_GRID } from '../../web/domain/plane.js';

const dp = await loadEngine();

test('the loader knows every lesson of the catalog, in order, and no other', async () => {
  assert.deepEqual(
    LESSON_IDS,
    LESSONS.map((lesson) => lesson.id),
  );
  await assert.rejects(loadLesson('no-such-lesson'), /no lesson called/);
});

for (const id of LESSON_IDS) {
  test(`${id}: the worker's reply carries every run, the views widgets draw, and a measured claim that holds`, async (t) => {
    const lesson = (await loadLesson(id)).default;
    const frames = [];
    const { results, compute, timing } = await runLesson(dp, { lessonId: id }, (message) => frames.push(message));
    t.diagnostic(`${id}: ${timing.totalMs.toFixed(0)} ms in Node, ${frames.length} progress frames`);
    for (const run of lesson.experiment.runs) {
      const result = results[run.label];
      assert.ok(result, `${run.label} has a result`);
      if (run.kind === 'surface') {
        assert.ok(result.path.loss.length > 1);
        assert.ok(frames.some((f) => f.label === run.label && f.kind === 'surface'));
        continue;
      }
      assert.equal(result.epochs, run.fit.epochs);
      const own = frames.filter((f) => f.label === run.label);
      if (!result.history.diverged) {
        // Every epoch reaches the page once, and the frames end at the last epoch.
        assert.deepEqual(
          own.flatMap((f) => f.history.loss),
          result.history.loss,
          `${run.label}: the frames carry every epoch`,
        );
        assert.equal(own.at(-1).epoch + 1, run.fit.epochs);
        assert.ok(own.length <= 31 + run.fit.epochs / 10, `${run.label}: ${own.length} frames`);
        assert.ok(own[0].shape, 'the first frame says what the data look like');
      }
      if (result.shape.planar) {
        assert.equal(result.boundary.length, BOUNDARY_GRID ** 2 * result.shape.outputs);
        assert.equal(result.neurons.length, run.spec.layers.filter((l) => l.type === 'dense').length);
        assert.equal(result.neurons[0].length % NEURON_GRID ** 2, 0);
        assert.equal(result.points.train.x.length, 2 * result.points.train.targets.length);
        if (!result.history.diverged)
          assert.ok(
            own.every((f) => f.boundary?.length === result.boundary.length),
            'live boundaries',
          );
      }
    }
    const measured = measureClaim(lesson, compute === undefined ? results : { ...results, compute });
    for (const fact of measured.facts) t.diagnostic(fact);
    assert.ok(measured.facts.length > 0);
    assert.ok(
      measured.facts.every((fact) => !/NaN|undefined|Infinity/.test(fact)),
      measured.facts.join(' '),
    );
    assert.ok(
      measured.checks.length > 0 && new Set(measured.checks.map((c) => c.name)).size === measured.checks.length,
      'named checks, each once',
    );
    assert.equal(
      measured.holds,
      true,
      measured.checks
        .filter((c) => !c.holds)
        .map((c) => `${c.name}: ${c.measured}`)
        .join('; '),
    );
  });

  test(`${id}: "open in the playground" links are states the playground accepts`, async () => {
    const lesson = (await loadLesson(id)).default;
    const main = playgroundStateFor(lesson);
    assert.ok(main, 'the lesson has a playground link');
    assert.equal(main.run, playgroundRun(lesson));
    for (const run of [main.run, ...lesson.experiment.runs.filter((r) => r.kind === 'train')]) {
      const link = playgroundStateFor(lesson, run);
      assert.ok(link, `${run.label}`);
      assert.equal(readState(link.state).problem, undefined, `${run.label}: ${readState(link.state).problem}`);
      const { state, problem } = stateFromHash(stateToHash(link.state));
      assert.equal(problem, null);
      assert.equal(state.data.dataset, run.data.name);
      assert.equal(state.batchSize, run.fit.batchSize);
      assert.equal(state.stopAtEpoch, run.fit.epochs, `${run.label}: training stops where the lesson's does`);
      const { n, noise = 0, seed = 0 } = run.data.options ?? {};
      if (n !== undefined) assert.equal(state.data.points, n, `${run.label}: the same number of points`);
      assert.equal(state.data.noise, noise * 100);
      assert.equal(state.data.seed, seed);
      assert.deepEqual(state.features, run.features ?? ['x1', 'x2']);
      assert.deepEqual(link.dropped, [], `${run.label}: everything carries over`);
      const shape = (layers) => layers.map(({ type, units, activation }) => ({ type, units, activation }));
      assert.deepEqual(shape(state.spec.layers), shape(run.spec.layers), `${run.label}: the same network`);
      assert.deepEqual(state.spec.optimizer, run.spec.optimizer);
      assert.equal(state.spec.loss, run.spec.loss);
    }
  });
}

test('engineCall answers surface and optimizerPath only', () => {
  const surface = engineCall(dp, { method: 'surface', args: ['bowl', { nx: 8, ny: 8 }] });
  assert.equal(surface.values.length, 64);
  const path = engineCall(dp, { method: 'optimizerPath', args: ['bowl', { steps: 5 }] });
  assert.equal(path.loss.length, 6);
  assert.throws(() => engineCall(dp, { method: 'model', args: [{}] }), /must be one of surface, optimizerPath/);
});

test("a widget's retraining runs only the runs it names, the same as in the full experiment, with frames tagged by its request", async () => {
  const frames = [];
  const { results, compute } = await runLesson(dp, { id: 7, lessonId: 'activations', only: ['linear'] }, (frame) =>
    frames.push(frame),
  );
  assert.deepEqual(Object.keys(results), ['linear']);
  assert.equal(compute, undefined);
  assert.ok(frames.length > 1 && frames.every((frame) => frame.id === 7 && frame.label === 'linear'));
  assert.equal(frames.at(-1).epoch + 1, results.linear.epochs);
  assert.equal(results.linear.boundary.length, BOUNDARY_GRID ** 2);
  // The same run, from the same start, as the page's experiment trains it.
  const full = await runLesson(dp, { lessonId: 'activations' }, () => {});
  assert.deepEqual(results.linear.history.loss, full.results.linear.history.loss);

  await assert.rejects(
    runLesson(dp, { lessonId: 'activations', only: ['swish'] }, () => {}),
    /no run called "swish"/,
  );
  await assert.rejects(
    runLesson(dp, { lessonId: 'activations', only: 'linear' }, () => {}),
    /list of run labels/,
  );
});

test("a doctored run fails the check it breaks, and the claim with it: momentum's path replaced by plain SGD's", async () => {
  const lesson = (await loadLesson('momentum')).default;
  const { results } = await runLesson(dp, { lessonId: 'momentum' }, () => {});
  const plain = lesson.experiment.runs.find(
    (run) => !run.path.optimizer.momentum && run.path.optimizer.learningRate < 1,
  ).label;
  const doctored = { ...results };
  for (const run of lesson.experiment.runs.filter((r) => r.path.optimizer.momentum))
    doctored[run.label] = results[plain];
  const holding = (measured) => Object.fromEntries(measured.checks.map((c) => [c.name, c.holds]));
  const before = holding(measureClaim(lesson, results));
  const after = measureClaim(lesson, doctored);
  const broken = Object.keys(before).filter((name) => !holding(after)[name]);
  assert.ok(Object.values(before).every(Boolean), 'the real run holds');
  assert.ok(
    broken.some((name) => name.startsWith('momentum 0.9 reaches loss')),
    broken.join('; '),
  );
  assert.ok(
    broken.some((name) => name.startsWith('momentum 0.9 stays below loss')),
    broken.join('; '),
  );
  assert.equal(after.holds, false);
  assert.ok(
    holding(after)['the averaged form at rate η/(1−β) and the classic form at η trace the same path (within 1e-4)'],
    'the checks it does not touch still hold',
  );
});

test("a figure's settings run the figure's runs for them; bad settings are refused by name", async () => {
  const lesson = (await loadLesson('momentum')).default;
  const { results } = await runLesson(dp, { lessonId: 'momentum', settings: { beta: 0.5 } }, () => {});
  const momentum = lesson.figure.runs(figureValues(lesson.figure, { beta: 0.5 }))[1];
  assert.equal(momentum.path.optimizer.momentum, 0.5);
  assert.deepEqual(results[momentum.label].path, dp.optimizerPath('valley', momentum.path));
  await assert.rejects(
    runLesson(dp, { lessonId: 'momentum', settings: { beta: 2 } }, () => {}),
    /figure setting "beta" must be one of/,
  );
});

test("a figure drawn from the lesson's compute gets the figure's values: the defaults, or the settings", async () => {
  const defaults = await runLesson(dp, { lessonId: 'loss-functions' }, () => {});
  assert.equal(defaults.compute.points.x.length, 11);
  const { compute } = await runLesson(dp, { lessonId: 'loss-functions', settings: { points: 21 } }, () => {});
  assert.equal(compute.points.x.length, 21);
});

test('a run a newer one supersedes stops before its next run and says so', async () => {
  let asked = 0;
  const superseded = () => ++asked > 1; // a newer request arrives while the first run trains
  await assert.rejects(
    runLesson(dp, { lessonId: 'what-is-deep-learning', settings: {} }, () => {}, superseded),
    new RegExp(SUPERSEDED),
  );
  assert.equal(asked, 2, 'asked before the first run and again before the second, where it stopped');
});

test("a run a newer one supersedes stops before the lesson's compute", async () => {
  let asked = 0;
  await assert.rejects(
    runLesson(
      dp,
      { lessonId: 'loss-functions', settings: {} },
      () => {},
      () => ++asked > 0,
    ),
    new RegExp(SUPERSEDED),
  );
  assert.equal(asked, 1, 'loss functions has no runs: asked once, before its compute');
});
