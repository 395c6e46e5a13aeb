// Every lesson ends with an exercise on its own concept (issue 13): a data
// file per lesson that the grader reads, whose starting network misses the
// goal (so the exercise is not trivial) and whose reference solution — reached
// from the start by changing only the controls the exercise leaves free —
// passes it (so it is solvable).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { grade, loadEngine } from '../../bindings/index.js';
import { readExercise } from '../../grader/exercise.js';
import { LESSONS } from '../../web/lessons/catalog.js';
import { LESSON_EXERCISES, exerciseById } from '../../web/lessons/exercises.js';

const dp = await loadEngine();
const solutionFile = (id) => new URL(`../fixtures/exercise-solutions/${id}.json`, import.meta.url);

// Distinct values, sorted: the playground sets one activation, initializer,
// regularizer (and here: dropout rate) for all hidden layers, so adding a layer
// like the others changes only the layers and units.
const distinct = (values) => [...new Set(values.map((value) => JSON.stringify(value ?? null)))].sort();

/** A full model spec (model.toSpec()) read as the playground's controls, plus `fixed`: what no control changes. */
function controlsOf(spec) {
  const dense = spec.layers.filter((layer) => layer.type === 'dense');
  const hidden = dense.slice(0, -1);
  const output = dense.at(-1);
  const { learningRate, schedule, momentum, dampening, nesterov, ...optimizer } = spec.optimizer;
  const { layers: _layers, loss, optimizer: _optimizer, seed: _seed, ...rest } = spec;
  return {
    layers: hidden.length,
    units: hidden.map((layer) => layer.units),
    activation: [...distinct(hidden.map((layer) => layer.activation)), output.activation],
    optimizer,
    learningRate: { learningRate, schedule },
    momentum: { momentum, dampening, nesterov },
    regularization: distinct(dense.map((layer) => layer.kernelRegularizer)),
    dropout: distinct(spec.layers.filter((layer) => layer.type === 'dropout').map((layer) => layer.rate)),
    loss,
    initializer: distinct(dense.map((layer) => layer.kernelInitializer)),
    fixed: { ...rest, outputUnits: output.units },
  };
}

/** The controls (and 'fixed') in which two full specs differ. */
function changedControls(from, to) {
  const a = controlsOf(from);
  const b = controlsOf(to);
  const changed = Object.keys(a).filter((key) => JSON.stringify(a[key]) !== JSON.stringify(b[key]));
  // Another optimizer comes with its own defaults, momentum included (the playground keeps the learning rate).
  return from.optimizer.type === to.optimizer.type ? changed : changed.filter((key) => key !== 'momentum');
}

test('changedControls names each control a playground edit changes, and only those', () => {
  const start = dp.model(LESSON_EXERCISES.dropout.start).toSpec();
  const spec = (edit) => dp.model(edit(structuredClone(start))).toSpec();
  const cases = [
    [(s) => ({ ...s, layers: [{ ...s.layers[0], activation: 'relu' }, s.layers[1], s.layers[2]] }), ['activation']],
    [(s) => ({ ...s, layers: [s.layers[0], { type: 'dropout', rate: 0.2 }, ...s.layers.slice(1)] }), ['dropout']],
    [(s) => ({ ...s, layers: [s.layers[0], s.layers[2]] }), ['layers', 'units']],
    [(s) => ({ ...s, layers: s.layers.map((l) => ({ ...l, kernelRegularizer: { l1: 0.01 } })) }), ['regularization']],
    [(s) => ({ ...s, layers: s.layers.map((l) => ({ ...l, kernelInitializer: 'zeros' })) }), ['initializer']],
    [(s) => ({ ...s, optimizer: { type: 'sgd', learningRate: 0.1, momentum: 0.9 } }), ['optimizer', 'learningRate']],
    [(s) => ({ ...s, optimizer: { ...s.optimizer, learningRate: 0.1 } }), ['learningRate']],
    [(s) => ({ ...s, loss: 'mse' }), ['loss']],
    [(s) => ({ ...s, inputs: 3 }), ['fixed']],
    [(s) => ({ ...s, seed: 7 }), []],
  ];
  for (const [edit, expected] of cases) assert.deepEqual(changedControls(start, spec(edit)), expected);
});

test('every lesson has an exercise, in catalog order, each with its own id', () => {
  assert.deepEqual(
    Object.keys(LESSON_EXERCISES),
    LESSONS.map((lesson) => lesson.id),
  );
  const ids = Object.values(LESSON_EXERCISES).map((exercise) => exercise.id);
  assert.equal(new Set(ids).size, ids.length);
  for (const id of ids) assert.equal(exerciseById(id).id, id);
  assert.equal(exerciseById('no-such-exercise'), null);
});

for (const [lesson, file] of Object.entries(LESSON_EXERCISES)) {
  test(`${lesson}: its exercise reads, is not trivial (the start fails) and is solvable with the free controls`, async () => {
    const exercise = readExercise(dp, file);
    assert.ok(exercise.start, 'the exercise gives a starting network');
    assert.ok(exercise.hint, 'the exercise gives a hint');
    const solution = JSON.parse(await readFile(solutionFile(exercise.id), 'utf8'));
    const changed = changedControls(exercise.start, dp.model(solution).toSpec());
    assert.ok(changed.length > 0, 'the solution changes something');
    for (const control of changed)
      assert.ok(exercise.free.includes(control), `the solution changes ${control}, not free`);

    const start = await grade(file, exercise.start);
    assert.equal(start.status, 'fail', `not trivial: the start must train and miss the goal (${start.message})`);
    const solved = await grade(file, solution);
    assert.equal(solved.status, 'pass', `solvable: the reference solution must pass (${solved.message})`);
  });
}
