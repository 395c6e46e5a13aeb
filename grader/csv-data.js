// An exercise's own data: a CSV table written into the exercise file
// (data.csv), read exactly as the playground reads a learner's file
// (csv-table.js, local-data.js), dealt into train and test rows by its own
// seed, and handed over in the shape dp.dataset gives a built-in set.
import { FieldError, integer, list, number, object, oneOf, quote } from './fields.js';
import { MAX_CSV_COLUMNS, describeProblem, parseCsv } from './csv-table.js';
import { localData, splitLocalData } from './local-data.js';

/** What readExercise calls a data set given as CSV (no built-in set has this name). */
export const CSV_DATA_NAME = 'csv';

const KEYS = ['csv', 'label', 'features', 'testFraction', 'seed', 'oneHot'];
// The engine's own bounds and defaults for a built-in set's options.
const MAX_TEST_FRACTION = 0.9;
const MAX_SEED = 2 ** 32 - 1;
const DEFAULTS = { testFraction: 0.5, seed: 0, oneHot: false };

/**
 * { options (every default filled in), set (as dp.dataset returns it), columns:
 * { inputNames, labelName, classNames (classification only) } } of an
 * exercise's `data` that gives `csv`; throws a FieldError naming the field.
 */
export function readCsvData(value) {
  const data = object(value, 'data', KEYS);
  if (typeof data.csv !== 'string') throw new FieldError(`data.csv: ${quote(data.csv)} must be the CSV text`);
  const table = parseCsv(data.csv);
  if (table.problems.length > 0) throw new FieldError(`data.csv: ${firstProblem(table)}`);
  const { header } = table;
  const label = header.indexOf(oneOf(data.label, 'data.label', header));
  const features = readFeatures(data.features, header, label);
  const options = {
    label: data.label,
    features: features.map((column) => header[column]),
    testFraction: readOption(data, 'testFraction', (v, path) => number(v, path, 0, MAX_TEST_FRACTION)),
    seed: readOption(data, 'seed', (v, path) => integer(v, path, 0, MAX_SEED)),
    oneHot: readOption(data, 'oneHot', (v, path) => oneOf(v, path, [true, false])),
  };
  const read = localData(table, { features, label });
  // The features are checked above: a problem without a line is the label's (too few or too many classes).
  if (!read.data)
    throw new FieldError(`${read.problems[0].line === undefined ? 'data.label' : 'data.csv'}: ${firstProblem(read)}`);
  const { inputNames, labelName, classNames } = read.data;
  return {
    options,
    set: dataset(read.data, options),
    columns: { inputNames, labelName, ...(classNames && { classNames }) },
  };
}

// The feature columns' indexes: those named (each a column, once, not the label), or every column but the label.
function readFeatures(names, header, label) {
  if (names === undefined) return header.map((_, column) => column).filter((column) => column !== label);
  const features = list(names, 'data.features', MAX_CSV_COLUMNS - 1, (name, path) => {
    const column = header.indexOf(oneOf(name, path, header));
    if (column === label) throw new FieldError(`${path}: ${quote(name)} is the label column`);
    return column;
  });
  features.forEach((column, i) => {
    if (features.indexOf(column) !== i)
      throw new FieldError(`data.features[${i}]: ${quote(header[column])} is named twice`);
  });
  if (features.length < 2) throw new FieldError(`data.features: give 2 to ${MAX_CSV_COLUMNS - 1} columns; 1 is given`);
  return features;
}

function readOption(data, key, check) {
  return data[key] === undefined ? DEFAULTS[key] : check(data[key], `data.${key}`);
}

// The first problem in words, and how many more there are.
function firstProblem({ problems, more }) {
  const others = problems.length - 1 + more;
  return `${describeProblem(problems[0])}${others > 0 ? ` (and ${others} more problem${others === 1 ? '' : 's'})` : ''}`;
}

// { train, test, inputs, outputs, classes, labelWidth, task, options }, as dp.dataset has them.
function dataset(data, options) {
  const classes = data.classNames?.length ?? 0;
  const task = classes === 0 ? 'regression' : classes === 2 ? 'binary' : 'multiclass';
  const labelWidth = options.oneHot && task === 'multiclass' ? classes : 1;
  const { train, test } = splitLocalData(data, { testFraction: options.testFraction, seed: options.seed, labelWidth });
  return {
    train,
    test,
    inputs: data.inputNames.length,
    outputs: task === 'multiclass' ? classes : 1,
    classes,
    labelWidth,
    task,
    options: { ...options, oneHot: labelWidth > 1 },
  };
}
