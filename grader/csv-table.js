// A learner's CSV file read as a table of text cells, within limits: the
// first row names the columns; values are separated by commas (or
// semicolons or tabs, whichever the header uses), may be quoted ("a, b",
// with "" for a quote inside) and blank lines are skipped. Each problem
// names its line (counted from 1, as an editor does) and, for a cell, its
// column.

/** The largest file read, in bytes. */
export const MAX_CSV_BYTES = 1_000_000;
/** Rows of values after the header: the playground's largest data set. */
export const MAX_CSV_ROWS = 5000;
/** Columns: up to 64 features (as many as digits has) and a label. */
export const MAX_CSV_COLUMNS = 65;
/** Problems listed before the rest are only counted. */
export const MAX_PROBLEMS = 20;

const SEPARATORS = [',', ';', '\t'];

/**
 * { header: [column names], rows: [{ line, cells }], problems: [{ line,
 * column?, message }], more: how many problems were not listed }.
 */
export function parseCsv(text) {
  const problems = new ProblemList();
  if (text.length > MAX_CSV_BYTES) {
    problems.add({ message: `the file is ${kilobytes(text.length)}; the limit is ${kilobytes(MAX_CSV_BYTES)}` });
    return { header: [], rows: [], ...problems.result() };
  }
  const records = splitRecords(text.replace(/^\uFEFF/, ''), problems);
  const [first, ...rest] = records.filter((record) => !(record.cells.length === 1 && record.cells[0].trim() === ''));
  if (!first) {
    problems.add({ message: 'the file is empty: its first line must name the columns' });
    return { header: [], rows: [], ...problems.result() };
  }
  const header = first.cells.map((name, i) => name.trim() || `column ${i + 1}`);
  if (header.length < 3 || header.length > MAX_CSV_COLUMNS)
    problems.add({
      line: first.line,
      message: `the header names ${header.length} column${header.length === 1 ? '' : 's'}; a file needs 3 to ${MAX_CSV_COLUMNS} (two or more features and a label)`,
    });
  if (rest.length > MAX_CSV_ROWS)
    problems.add({
      line: rest[MAX_CSV_ROWS].line,
      message: `the file has ${rest.length.toLocaleString('en-US')} rows of values; the limit is ${MAX_CSV_ROWS.toLocaleString('en-US')}`,
    });
  const rows = rest.slice(0, MAX_CSV_ROWS);
  for (const { line, cells } of rows) {
    if (cells.length !== header.length)
      problems.add({ line, message: `${cells.length} values, but the header names ${header.length} columns` });
  }
  if (rows.length === 0) problems.add({ line: first.line, message: 'there are no rows of values under the header' });
  return { header, rows, ...problems.result() };
}

/** Collects problems, listing the first MAX_PROBLEMS and counting the rest. */
export class ProblemList {
  #listed = [];
  #more = 0;

  add(problem) {
    if (this.#listed.length < MAX_PROBLEMS) this.#listed.push(problem);
    else this.#more += 1;
  }

  get empty() {
    return this.#listed.length === 0;
  }

  result() {
    return { problems: this.#listed, more: this.#more };
  }
}

/** A problem in words: "line 7, column 3 (“height”): …". */
export function describeProblem({ line, column, columnName, message }) {
  const where = [
    line !== undefined && `line ${line}`,
    column !== undefined && `column ${column}${columnName ? ` (“${columnName}”)` : ''}`,
  ].filter(Boolean);
  return where.length ? `${where.join(', ')}: ${message}` : message;
}

// The text as records of cells, each with the line it starts on.
function splitRecords(text, problems) {
  const separator = separatorOf(text);
  const records = [];
  let cells = [];
  let cell = '';
  let line = 1;
  let start = 1;
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i += 1;
      } else if (c === '"') quoted = false;
      else {
        if (c === '\n') line += 1;
        cell += c;
      }
    } else if (c === '"' && cell.trim() === '') {
      quoted = true;
      cell = '';
    } else if (c === separator) {
      cells.push(cell);
      cell = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i += 1;
      cells.push(cell);
      records.push({ line: start, cells });
      cells = [];
      cell = '';
      line += 1;
      start = line;
    } else cell += c;
  }
  if (quoted) problems.add({ line: start, message: 'a quoted value is never closed (a " is missing)' });
  cells.push(cell);
  records.push({ line: start, cells });
  return records;
}

// The separator the header line uses most: comma, semicolon or tab.
function separatorOf(text) {
  const header = text.slice(0, text.search(/\r|\n|$/));
  const count = (s) => header.split(s).length;
  return SEPARATORS.reduce((best, s) => (count(s) > count(best) ? s : best));
}

function kilobytes(bytes) {
  return `${Math.ceil(bytes / 1000).toLocaleString('en-US')} kB`;
}
