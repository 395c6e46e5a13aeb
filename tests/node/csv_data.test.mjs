// A learner's CSV file: parsed within limits (csv-table.js), its chosen
// columns turned into a data set (local-data.js) with each problem named by
// line and column, dealt into splits, and described in a playground link.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { MAX_CSV_BYTES, MAX_CSV_ROWS, MAX_PROBLEMS, describeProblem, parseCsv } from '../../grader/csv-table.js';
import { checksumOf, localData, splitLocalData } from '../../grader/local-data.js';
import { defaultState, readState } from '../../web/domain/playground-state.js';
import { withData, withLocalData } from '../../web/domain/state-edits.js';
import { dataShape } from '../../web/domain/datasets.js';

const fixture = (name) => readFile(new URL(`../fixtures/csv/${name}`, import.meta.url), 'utf8');
const problemsOf = (result) => result.problems.map(describeProblem);

test('a file with a header, quotes, CRLF, blank lines and a semicolon separator reads as a table', () => {
  const table = parseCsv('\uFEFFa;"b; with separator";label\r\n1;"2";"say ""x"""\r\n\r\n3;4;y\r\n');
  assert.deepEqual(table.header, ['a', 'b; with separator', 'label']);
  assert.deepEqual(
    table.rows.map((row) => [row.line, row.cells]),
    [
      [2, ['1', '2', 'say "x"']],
      [4, ['3', '4', 'y']],
    ],
  );
  assert.deepEqual(table.problems, []);
});

test('a row with the wrong number of values, an unclosed quote, too few columns and no rows are named by line', () => {
  assert.deepEqual(problemsOf(parseCsv('a,b,c\n1,2,3\n1,2\n')), ['line 3: 2 values, but the header names 3 columns']);
  assert.deepEqual(problemsOf(parseCsv('a,b,c\n1,2,3\n4,"5,6\n')), [
    'line 3: a quoted value is never closed (a " is missing)',
    'line 3: 2 values, but the header names 3 columns',
  ]);
  assert.deepEqual(problemsOf(parseCsv('a,b\n1,2\n')), [
    'line 1: the header names 2 columns; a file needs 3 to 65 (two or more features and a label)',
  ]);
  assert.deepEqual(problemsOf(parseCsv('a,b,c\n')), ['line 1: there are no rows of values under the header']);
  assert.deepEqual(problemsOf(parseCsv('\n\n')), ['the file is empty: its first line must name the columns']);
});

test('size, rows and the number of problems listed are bounded', () => {
  assert.deepEqual(problemsOf(parseCsv('x'.repeat(MAX_CSV_BYTES + 1))), [
    'the file is 1,001 kB; the limit is 1,000 kB',
  ]);
  const long = parseCsv(`a,b,c\n${'1,2,3\n'.repeat(MAX_CSV_ROWS + 1)}`);
  assert.deepEqual(problemsOf(long), [
    `line ${MAX_CSV_ROWS + 2}: the file has 5,001 rows of values; the limit is 5,000`,
  ]);
  assert.equal(long.rows.length, MAX_CSV_ROWS);
  const ragged = parseCsv(`a,b,c\n${'1,2\n'.repeat(30)}`);
  assert.equal(ragged.problems.length, MAX_PROBLEMS);
  assert.equal(ragged.more, 30 - MAX_PROBLEMS);
});

test('every cell that is not a number, and every empty label, is named by line and column', async () => {
  const table = parseCsv(await fixture('bad.csv'));
  assert.deepEqual(table.problems, []);
  assert.deepEqual(problemsOf(localData(table, { features: [0, 1], label: 2 })), [
    'line 4, column 2 (“width_cm”): “tall” is not a number',
    'line 5, column 3 (“kind”): the label is empty',
  ]);
});

test('the chosen columns must be two or more features and a separate label', () => {
  const table = parseCsv('a,b,c\n1,2,0\n3,4,1\n');
  assert.deepEqual(problemsOf(localData(table, { features: [0], label: 2 })), [
    'choose 2 to 64 feature columns; 1 are chosen',
  ]);
  assert.deepEqual(problemsOf(localData(table, { features: [0, 2], label: 2 })), [
    'the label column (“c”) cannot also be a feature',
  ]);
  assert.deepEqual(problemsOf(localData(parseCsv('a,b,c\n1,2,x\n3,4,x\n'), { features: [0, 1], label: 2 })), [
    'the label column (“c”) has 1 different value; classes must number 2 to 10 (or the label must be numbers, for regression)',
  ]);
});

test('text labels and few whole numbers are classes (sorted); other numbers are a regression target; all scaled onto -1..1', async () => {
  const rings = localData(parseCsv(await fixture('rings.csv')), { features: [0, 1], label: 2 }).data;
  assert.equal(rings.task, 'classification');
  assert.deepEqual(rings.classNames, ['inner', 'outer']);
  assert.deepEqual(rings.inputNames, ['length_cm', 'width_cm']);
  assert.equal(rings.rows, 80);
  assert.equal(Math.min(...rings.x), -1);
  assert.equal(Math.max(...rings.x), 1);

  const digits = localData(parseCsv('a,b,c\n1,2,3\n3,4,1\n5,6,3\n'), { features: [0, 1], label: 2 }).data;
  assert.deepEqual(digits.classNames, ['1', '3']);
  assert.deepEqual([...digits.targets], [1, 0, 1]);

  const prices = localData(parseCsv(await fixture('prices.csv')), { features: [0, 1, 2], label: 3 }).data;
  assert.equal(prices.task, 'regression');
  assert.equal(prices.classNames, undefined);
  assert.equal(Math.min(...prices.targets), -1);
  assert.equal(Math.max(...prices.targets), 1);
});

test('the rows are dealt into splits by the seed, as the engine deals its data sets, one-hot when asked', async () => {
  const data = localData(parseCsv(await fixture('rings.csv')), { features: [0, 1], label: 2 }).data;
  const split = splitLocalData(data, { testFraction: 0.25, seed: 3, labelWidth: 1 });
  assert.equal(split.test.n, 20);
  assert.equal(split.train.n, 60);
  assert.deepEqual(splitLocalData(data, { testFraction: 0.25, seed: 3, labelWidth: 1 }), split);
  assert.notDeepEqual(splitLocalData(data, { testFraction: 0.25, seed: 4, labelWidth: 1 }).train.x, split.train.x);
  const sorted = (values) => [...values].sort((a, b) => a - b);
  assert.deepEqual(sorted([...split.train.x, ...split.test.x]), sorted(data.x));
  const oneHot = splitLocalData(data, { testFraction: 0.25, seed: 3, labelWidth: 2 });
  assert.deepEqual([...oneHot.train.y.slice(0, 2)], split.train.y[0] === 1 ? [0, 1] : [1, 0]);
  assert.equal(splitLocalData(data, { testFraction: 1, seed: 1, labelWidth: 1 }).train.n, 1);
});

test('a link describes the loaded file (not its rows), and the network fits it', () => {
  const local = {
    file: 'rings.csv',
    rows: 80,
    checksum: checksumOf('rings'),
    inputNames: ['length_cm', 'width_cm', 'depth'],
    labelName: 'kind',
    classNames: ['inner', 'middle', 'outer'],
  };
  const state = withLocalData(defaultState(), local);
  assert.deepEqual(dataShape(state.data, state.features.length), {
    task: 'multiclass',
    classes: 3,
    inputs: 3,
    outputs: 3,
    planar: false,
  });
  assert.equal(state.spec.layers.at(-1).units, 3);
  assert.deepEqual(readState(JSON.parse(JSON.stringify(state))).state, state);
  assert.equal(withData(state, { dataset: 'circle' }).data.local, undefined);
  const bad = (patch) => readState({ ...state, data: { ...state.data, local: { ...local, ...patch } } }).problem;
  assert.equal(bad({ checksum: 'zz' }), 'data.local.checksum: must be 8 hexadecimal digits');
  assert.equal(bad({ inputNames: ['one'] }), 'data.local.inputNames: must be 2 to 64 names');
  assert.equal(bad({ classNames: ['a'] }), 'data.local.classNames: must be 2 to 10 names, or absent for regression');
  assert.equal(bad({ rows: 0 }), 'data.local.rows: must be a whole number from 1 to 5000');
  assert.equal(
    readState({ ...state, data: { ...state.data, local: undefined } }).problem,
    'data.local: must describe the loaded file',
  );
});
