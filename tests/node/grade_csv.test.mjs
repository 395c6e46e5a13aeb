// An exercise whose data is a CSV table written into it: read by the same
// parser and column rules as the playground's CSV loader, each bad table,
// label or feature list named by its field (and line and column), graded like
// a built-in set through grade() and the CLI.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { loadEngine, grade } from '../../bindings/index.js';
import { MAX_EXERCISE_TEXT, readExercise } from '../../grader/exercise.js';
import { parseCsv } from '../../grader/csv-table.js';
import { localData, splitLocalData } from '../../grader/local-data.js';

const cli = new URL('../../cli/deep-playground.js', import.meta.url).pathname;
const fixtures = new URL('../fixtures/csv-exercise/', import.meta.url).pathname;
const exercise = JSON.parse(readFileSync(`${fixtures}exercise.json`, 'utf8'));
const solution = JSON.parse(readFileSync(`${fixtures}solution.json`, 'utf8'));
const prices = readFileSync(new URL('../fixtures/csv/prices.csv', import.meta.url), 'utf8');
const dp = await loadEngine();

const withData = (data) => ({ ...exercise, data: { ...exercise.data, ...data } });
const readError = (input) => {
  try {
    readExercise(dp, input);
  } catch (e) {
    return e.message;
  }
  assert.fail('the exercise was read');
};

function run(args) {
  return new Promise((resolve) => {
    execFile(process.execPath, [cli, ...args], { cwd: fixtures }, (error, stdout, stderr) => {
      resolve({ code: error ? error.code : 0, stdout, stderr });
    });
  });
}

test('a CSV exercise reads into the rows, split and shape the playground would train on', () => {
  const { data, goal } = readExercise(dp, exercise);
  assert.equal(data.name, 'csv');
  assert.deepEqual(data.options, {
    label: 'kind',
    features: ['length_cm', 'width_cm'],
    testFraction: 0.25,
    seed: 3,
    oneHot: false,
  });
  assert.deepEqual(data.columns, {
    inputNames: ['length_cm', 'width_cm'],
    labelName: 'kind',
    classNames: ['inner', 'outer'],
  });
  const { set } = data;
  assert.deepEqual(
    { inputs: set.inputs, outputs: set.outputs, classes: set.classes, labelWidth: set.labelWidth, task: set.task },
    { inputs: 2, outputs: 1, classes: 2, labelWidth: 1, task: 'binary' },
  );
  const loaded = localData(parseCsv(exercise.data.csv), { features: [0, 1], label: 2 }).data;
  const split = splitLocalData(loaded, { testFraction: 0.25, seed: 3, labelWidth: 1 });
  assert.deepEqual({ train: set.train, test: set.test }, split, "the loader's rows, dealt by the exercise's seed");
  assert.equal(set.test.n, 20);
  assert.equal(goal.metric, 'accuracy');
});

test('defaults: every column but the label is a feature, half the rows test, seed 0; numbers make a regression', () => {
  const { data } = readExercise(dp, {
    ...exercise,
    data: { csv: prices, label: 'price' },
    goal: { metric: 'loss', atMost: 0.1 },
    start: undefined,
  });
  assert.deepEqual(data.options, {
    label: 'price',
    features: ['x1', 'x2', 'x3'],
    testFraction: 0.5,
    seed: 0,
    oneHot: false,
  });
  assert.equal(data.set.task, 'regression');
  assert.equal(data.set.inputs, 3);
  assert.equal(data.set.train.n + data.set.test.n, parseCsv(prices).rows.length);
  const multiclass = readExercise(dp, {
    ...exercise,
    data: { csv: 'a,b,c\n1,2,x\n3,4,y\n5,6,z\n7,8,x\n', label: 'c', oneHot: true },
    start: undefined,
  });
  assert.deepEqual([multiclass.data.set.task, multiclass.data.set.labelWidth], ['multiclass', 3]);
});

test('each bad table, label, feature list or option is named by its field, line and column', () => {
  const header = 'length_cm,width_cm,kind\n';
  const cases = [
    [{ csv: 5 }, 'data.csv: 5 must be the CSV text'],
    [{ csv: '' }, 'data.csv: the file is empty: its first line must name the columns'],
    [
      { csv: `${header}1.5,2.5,inner\n2.0,2.1,outer\n3.1,tall,inner\n` },
      'data.csv: line 4, column 2 (“width_cm”): “tall” is not a number',
    ],
    [
      { csv: `${header}1.5,2.5,inner\n2.0,outer\n3.1,x,inner\n` },
      'data.csv: line 3: 2 values, but the header names 3 columns',
    ],
    [
      { csv: `${header}1.5,2.5,inner\n2.0,,outer\n3.1,x,\n` },
      'data.csv: line 3, column 2 (“width_cm”): the value is empty (and 2 more problems)',
    ],
    [{ csv: `${header}1.5,2.5,"inner\n` }, 'data.csv: line 2: a quoted value is never closed (a " is missing)'],
    [
      { csv: 'a,b\n1,2\n', label: 'b' },
      'data.csv: line 1: the header names 2 columns; a file needs 3 to 65 (two or more features and a label)',
    ],
    [{ label: 'x' }, 'data.label: "x" is not one of length_cm, width_cm, kind'],
    [{ label: undefined }, 'data.label: undefined is not one of length_cm, width_cm, kind'],
    [
      { csv: `${header}1.5,2.5,inner\n2.0,2.1,inner\n` },
      'data.label: the label column (“kind”) has 1 different value; classes must number 2 to 10 (or the label must be numbers, for regression)',
    ],
    [{ features: ['length_cm', 'depth'] }, 'data.features[1]: "depth" is not one of length_cm, width_cm, kind'],
    [{ features: ['kind', 'width_cm'] }, 'data.features[0]: "kind" is the label column'],
    [{ features: ['width_cm', 'width_cm'] }, 'data.features[1]: "width_cm" is named twice'],
    [{ features: ['width_cm'] }, 'data.features: give 2 to 64 columns; 1 is given'],
    [{ features: [] }, 'data.features: an array of 0 must be an array of 1 to 64 items'],
    [{ testFraction: 1 }, 'data.testFraction: 1 must be a number in 0..0.9'],
    [{ seed: -1 }, 'data.seed: -1 must be an integer in 0..4294967295'],
    [{ oneHot: 'yes' }, 'data.oneHot: "yes" is not one of true, false'],
    [{ name: 'spiral' }, 'data.name: is not a field; the fields are csv, label, features, testFraction, seed, oneHot'],
  ];
  for (const [data, message] of cases) assert.equal(readError(withData(data)), message, JSON.stringify(data));
  assert.equal(
    readError({ ...exercise, data: { csv: prices, label: 'price' }, start: undefined }),
    'goal.metric: accuracy needs a classification data set; this one is a regression (use loss)',
  );
  assert.equal(
    readError({ ...exercise, start: { ...exercise.start, inputs: 3 } }),
    'start: spec.inputs is 3 but csv has 2 inputs',
  );
});

test("the exercise file's cap holds the loader's 5,000 rows of two short features and a label, and bounds the CSV", () => {
  // rows like "12.00,34.00,inner": 17 characters and a line break written as \n
  const row = (i) => `${(10 + (i % 90)).toFixed(2)},${(10 + (i % 89)).toFixed(2)},${i % 2 ? 'inner' : 'outer'}\n`;
  const exerciseOf = (rows) =>
    JSON.stringify(
      withData({ csv: `length_cm,width_cm,kind\n${Array.from({ length: rows }, (_, i) => row(i)).join('')}` }),
    );
  const fitting = exerciseOf(5000);
  assert.ok(fitting.length <= MAX_EXERCISE_TEXT, `${fitting.length} characters`);
  assert.equal(readExercise(dp, fitting).data.set.train.n, 3750);
  const over = exerciseOf(5300);
  assert.equal(readError(over), `exercise: ${over.length} characters, more than the ${MAX_EXERCISE_TEXT} allowed`);
});

test('grade(): the start misses the goal, the reference solution passes, on every seed', async () => {
  const start = await grade(exercise, exercise.start);
  assert.equal(start.status, 'fail', start.message);
  assert.match(start.message, /^test accuracy \d\.\d+ \(min over seeds 1, 2, 3\) is below 0\.900$/);
  const solved = await grade(JSON.stringify(exercise), solution);
  assert.equal(solved.status, 'pass', solved.message);
  assert.deepEqual(
    solved.metrics.seeds.map(({ seed, epochs }) => [seed, epochs]),
    [
      [1, 200],
      [2, 200],
      [3, 200],
    ],
  );
  assert.deepEqual(await grade(exercise, solution), solved, 'the same grade every time');
});

test('deep-playground grade: grades submissions against a CSV exercise, and names the bad cell of a broken one', async () => {
  const graded = await run(['grade', 'exercise.json', 'solution.json', '../grading/submissions/three-layers.json']);
  assert.equal(graded.code, 1, graded.stderr);
  assert.equal(
    graded.stdout,
    [
      'PASS  solution.json  test accuracy 1.000 (min over seeds 1, 2, 3) >= 0.900',
      'FAIL  ../grading/submissions/three-layers.json  rejected: layers: 3 hidden layers, the limit is 1',
      '',
    ].join('\n'),
  );
  const dir = await mkdtemp(path.join(tmpdir(), 'csv-exercise-'));
  try {
    const broken = path.join(dir, 'broken.json');
    await writeFile(broken, JSON.stringify(withData({ csv: exercise.data.csv.replace('9.31,19.80', '9.31,tall') })));
    const refused = await run(['grade', broken, 'solution.json']);
    assert.equal(refused.code, 2);
    assert.equal(refused.stdout, '');
    assert.match(refused.stderr, /broken\.json: data\.csv: line 2, column 2 \(“width_cm”\): “tall” is not a number\n$/);
  } finally {
    await rm(dir, { recursive: true });
  }
});
