// grader/: exercises — a data set, how to train, limits on the network and a
// goal — read from untrusted files, and graded by training a learner's model
// spec with the exercise's own seeds. Plain JavaScript over the engine's JS
// API (handed in as `dp`), so the same grader runs in Node (the CLI, the
// package's grade()) and in the browser's training worker.
//
// This file reads an exercise and checks every field before anything trains.
import { CSV_DATA_NAME, readCsvData } from './csv-data.js';
import { FieldError, integer, list, number, object, oneOf, plainObject, text, under } from './fields.js';
import { specDataMismatch } from './spec-data-match.js';

/** The longest exercise file read, in characters. */
export const MAX_EXERCISE_TEXT = 100_000;
/** maxSeconds when an exercise gives none. */
export const DEFAULT_MAX_SECONDS = 30;
const MAX_SECONDS = 3600;
const MAX_SEEDS = 10;
const MAX_SEED = 2 ** 31 - 1;
const MAX_COUNT = 2 ** 31 - 1;

const KEYS = ['id', 'title', 'text', 'data', 'fit', 'limits', 'goal', 'start', 'free', 'hint'];
/** What a learner may change in the browser, when an exercise names what is `free`. */
export const FREE_CONTROLS = [
  'layers',
  'units',
  'activation',
  'optimizer',
  'learningRate',
  'momentum',
  'regularization',
  'dropout',
  'loss',
  'initializer',
];
const LIMIT_KEYS = ['maxHiddenUnits', 'maxHiddenLayers', 'maxParams', 'maxSeconds'];
const GOAL_KEYS = ['metric', 'split', 'atLeast', 'atMost', 'seeds', 'aggregate'];

/**
 * The exercise in `input` (its JSON text or the parsed object) with every
 * default filled in and its data set built: { id, title, text, data: { name,
 * options, set, columns (CSV data only: csv-data.js) }, fit, limits, goal,
 * start, free, hint }. Throws an Error naming the first bad field. The last three are for the browser: `start` the
 * network a learner begins from (a model spec, completed; null if none),
 * `free` the controls the learner may change (FREE_CONTROLS by default),
 * `hint` what to say after a miss ('' if nothing).
 */
export function readExercise(dp, input) {
  const exercise = object(typeof input === 'string' ? parseText(input) : input, 'exercise', KEYS);
  for (const key of ['id', 'title', 'text', 'data', 'fit', 'goal']) {
    if (exercise[key] === undefined) throw new FieldError(`exercise.${key}: is required`);
  }
  const data = readData(dp, exercise.data);
  return {
    id: text(exercise.id, 'id', {
      maxLength: 64,
      pattern: /^[a-z0-9][a-z0-9-]*$/,
      patternText: 'lower-case letters, digits and dashes',
    }),
    title: text(exercise.title, 'title', { maxLength: 200 }),
    text: text(exercise.text, 'text', { maxLength: 4000 }),
    data,
    fit: readFit(dp, exercise.fit),
    limits: readLimits(exercise.limits ?? {}),
    goal: readGoal(exercise.goal, data.set.task),
    start: exercise.start === undefined ? null : readStart(dp, exercise.start, data),
    free:
      exercise.free === undefined
        ? FREE_CONTROLS
        : list(exercise.free, 'free', FREE_CONTROLS.length, (c, path) => oneOf(c, path, FREE_CONTROLS)),
    hint: exercise.hint === undefined ? '' : text(exercise.hint, 'hint', { maxLength: 1000 }),
  };
}

// The starting network: a spec the engine accepts that fits the data.
function readStart(dp, value, data) {
  const model = under('start', () => dp.model(plainObject(value, 'start')));
  try {
    const spec = model.toSpec();
    const problem = specDataMismatch(spec, data.set, data.name);
    if (problem) throw new FieldError(`start: ${problem}`);
    return spec;
  } finally {
    model.dispose();
  }
}

function parseText(input) {
  if (input.length > MAX_EXERCISE_TEXT) {
    throw new FieldError(`exercise: ${input.length} characters, more than the ${MAX_EXERCISE_TEXT} allowed`);
  }
  try {
    return JSON.parse(input.replace(/^\uFEFF/, ''));
  } catch {
    throw new FieldError('exercise: not valid JSON');
  }
}

// A built-in set, { name, options, set }, or the exercise's own CSV table, which adds its `columns`.
function readData(dp, value) {
  if (plainObject(value, 'data').csv !== undefined) return { name: CSV_DATA_NAME, ...readCsvData(value) };
  // the engine names any option it does not know
  const { name, ...options } = value;
  oneOf(name, 'data.name', dp.datasetNames());
  return { name, options, set: under('data', () => dp.dataset(name, options)) };
}

function readFit(dp, value) {
  try {
    return dp.fitOptions(plainObject(value, 'fit'));
  } catch (e) {
    // the engine calls them options: "options.epochs: …"
    throw new FieldError(e.message.replace(/^options\b/, 'fit'));
  }
}

function readLimits(value) {
  const limits = object(value, 'limits', LIMIT_KEYS);
  const count = (key, min) =>
    limits[key] === undefined ? Infinity : integer(limits[key], `limits.${key}`, min, MAX_COUNT);
  return {
    maxHiddenUnits: count('maxHiddenUnits', 0),
    maxHiddenLayers: count('maxHiddenLayers', 0),
    maxParams: count('maxParams', 1),
    maxSeconds:
      limits.maxSeconds === undefined
        ? DEFAULT_MAX_SECONDS
        : number(limits.maxSeconds, 'limits.maxSeconds', 0.001, MAX_SECONDS),
  };
}

function readGoal(value, task) {
  const goal = object(value, 'goal', GOAL_KEYS);
  const metric = oneOf(goal.metric, 'goal.metric', ['accuracy', 'loss']);
  if (metric === 'accuracy' && task === 'regression') {
    throw new FieldError('goal.metric: accuracy needs a classification data set; this one is a regression (use loss)');
  }
  if ((goal.atLeast === undefined) === (goal.atMost === undefined)) {
    throw new FieldError('goal: give exactly one of atLeast and atMost');
  }
  const bound = goal.atLeast === undefined ? 'atMost' : 'atLeast';
  const ceiling = metric === 'accuracy' ? 1 : Number.MAX_VALUE;
  // The worst seed decides unless the exercise says otherwise.
  const worst = bound === 'atLeast' ? 'min' : 'max';
  return {
    metric,
    split: goal.split === undefined ? 'test' : oneOf(goal.split, 'goal.split', ['test', 'train']),
    bound,
    threshold: number(goal[bound], `goal.${bound}`, 0, ceiling),
    seeds:
      goal.seeds === undefined
        ? [1]
        : list(goal.seeds, 'goal.seeds', MAX_SEEDS, (s, path) => integer(s, path, 0, MAX_SEED)),
    aggregate: goal.aggregate === undefined ? worst : oneOf(goal.aggregate, 'goal.aggregate', ['min', 'mean', 'max']),
  };
}
