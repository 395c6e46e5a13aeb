// A parsed CSV table (csv-table.js) turned into a data set the playground
// and an exercise's own data (csv-data.js) train on like a built-in one, once
// its feature columns and its label column are chosen:
// - classification when the label column holds text, or whole numbers taking
//   at most MAX_LOCAL_CLASSES values (the classes, in sorted order); otherwise
//   regression on the label's numbers;
// - every feature, and a regression target, is scaled from its smallest to
//   its largest value onto -1..1, the range of the built-in data sets (with
//   exactly two features, the data lie on the playground's plane).
import { MAX_CSV_COLUMNS, ProblemList } from './csv-table.js';

/** Classes a label column may have (as many as digits has). */
export const MAX_LOCAL_CLASSES = 10;
/** The longest file or column name kept (and carried by a link). */
export const MAX_NAME_LENGTH = 60;

/**
 * { problems, more } when a chosen column does not hold what it must, else
 * { data: { rows, x (rows × features, scaled), targets (class ids or scaled
 * values), task: 'classification' | 'regression', inputNames, labelName,
 * classNames (classification only) } }.
 * choice: { features: [column indexes], label: column index }.
 */
export function localData({ header, rows }, { features, label }) {
  const problems = new ProblemList();
  if (features.length < 2 || features.length > MAX_CSV_COLUMNS - 1)
    problems.add({ message: `choose 2 to ${MAX_CSV_COLUMNS - 1} feature columns; ${features.length} are chosen` });
  if (features.includes(label))
    problems.add({ message: `the label column (“${header[label]}”) cannot also be a feature` });
  if (!problems.empty) return problems.result();

  const columns = features.map((column) => numbers(header, rows, column, problems));
  const labels = rows.map(({ cells }) => cells[label].trim());
  labels.forEach((value, i) => {
    if (value === '') problems.add({ line: rows[i].line, ...at(header, label), message: 'the label is empty' });
  });
  if (!problems.empty) return problems.result();

  const target = labelTarget(labels, header[label], problems);
  if (!problems.empty) return problems.result();
  const x = new Float32Array(rows.length * features.length);
  columns.forEach((values, f) => scaleOnto(values).forEach((v, i) => (x[i * features.length + f] = v)));
  return {
    data: {
      rows: rows.length,
      x,
      ...target,
      inputNames: features.map((column) => shortName(header[column])),
      labelName: shortName(header[label]),
    },
  };
}

/**
 * The rows of `data` (localData's) dealt into { train, test } splits, each
 * { x, y, n } as the engine takes them: shuffled by `seed`, round(rows *
 * testFraction) of them to test (at most all but one, as the engine deals
 * its data sets); y holds one-hot rows when labelWidth > 1.
 */
export function splitLocalData(data, { testFraction, seed, labelWidth }) {
  const order = shuffled(data.rows, seed);
  const testRows = Math.min(Math.round(data.rows * testFraction), data.rows - 1);
  return {
    test: pick(data, order.slice(0, testRows), labelWidth),
    train: pick(data, order.slice(testRows), labelWidth),
  };
}

function pick({ x, targets, rows }, indexes, labelWidth) {
  const inputs = x.length / rows;
  const n = indexes.length;
  const picked = { x: new Float32Array(n * inputs), y: new Float32Array(n * labelWidth), n };
  indexes.forEach((row, i) => {
    picked.x.set(x.subarray(row * inputs, (row + 1) * inputs), i * inputs);
    if (labelWidth > 1) picked.y[i * labelWidth + targets[row]] = 1;
    else picked.y[i] = targets[row];
  });
  return picked;
}

// 0..count-1 in an order set by `seed` (Fisher-Yates, driven by mulberry32).
function shuffled(count, seed) {
  let a = seed >>> 0;
  const random = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const order = Array.from({ length: count }, (_, i) => i);
  for (let i = count - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [order[i], order[j]] = [order[j], order[i]];
  }
  return order;
}

/** An 8-hex-digit FNV-1a hash of a file's text, which tells two loaded files apart. */
export function checksumOf(text) {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193) >>> 0;
  return hash.toString(16).padStart(8, '0');
}

/** A name cut to MAX_NAME_LENGTH characters. */
export function shortName(name) {
  return name.length > MAX_NAME_LENGTH ? `${name.slice(0, MAX_NAME_LENGTH - 1)}…` : name;
}

// A column's cells as numbers; each cell that is not one is a problem.
function numbers(header, rows, column, problems) {
  return rows.map(({ line, cells }) => {
    const text = cells[column].trim();
    const value = text === '' ? NaN : Number(text);
    if (!Number.isFinite(value))
      problems.add({
        line,
        ...at(header, column),
        message: text === '' ? 'the value is empty' : `“${shortName(text)}” is not a number`,
      });
    return value;
  });
}

// { task, targets, classNames? } from the label column's texts.
function labelTarget(labels, name, problems) {
  const values = labels.map(Number);
  const numeric = values.every(Number.isFinite);
  const distinct = [...new Set(numeric ? values : labels)];
  const classification = !numeric || (values.every(Number.isInteger) && distinct.length <= MAX_LOCAL_CLASSES);
  if (!classification) return { task: 'regression', targets: scaleOnto(values) };
  const classes = numeric ? distinct.sort((a, b) => a - b) : distinct.sort();
  if (classes.length < 2 || classes.length > MAX_LOCAL_CLASSES) {
    problems.add({
      message: `the label column (“${name}”) has ${classes.length} different value${classes.length === 1 ? '' : 's'}; classes must number 2 to ${MAX_LOCAL_CLASSES} (or the label must be numbers, for regression)`,
    });
    return {};
  }
  const index = new Map(classes.map((value, k) => [value, k]));
  return {
    task: 'classification',
    targets: Float32Array.from(numeric ? values : labels, (value) => index.get(value)),
    classNames: classes.map((value) => shortName(String(value))),
  };
}

// min → -1, max → +1; a column with one value throughout → 0.
function scaleOnto(values) {
  let min = Infinity;
  let max = -Infinity;
  for (const v of values) {
    min = Math.min(min, v);
    max = Math.max(max, v);
  }
  const span = max - min;
  return Float32Array.from(values, (v) => (span > 0 ? (2 * (v - min)) / span - 1 : 0));
}

// A problem's column: its number (counted from 1) and name.
function at(header, column) {
  return { column: column + 1, columnName: shortName(header[column]) };
}
