// Checks of untrusted plain objects, field by field, with messages that name
// the field's path and the allowed values, quoting at most a short prefix of
// what was given.

export class FieldError extends Error {}

/** A short, safe rendering of a bad value for a message. */
export function quote(value) {
  if (value === null) return 'null';
  if (Array.isArray(value)) return `an array of ${value.length}`;
  if (typeof value === 'string') return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
  if (typeof value === 'object') return 'an object';
  if (typeof value === 'bigint') return `${value}n`;
  return String(value);
}

const fail = (path, message) => {
  throw new FieldError(`${path}: ${message}`);
};

/** `value`, which must be a plain object. */
export function plainObject(value, path) {
  if (value === null || typeof value !== 'object' || Array.isArray(value))
    fail(path, `${quote(value)} must be an object`);
  return value;
}

/** `value` as a plain object whose keys are all in `allowed`. */
export function object(value, path, allowed) {
  plainObject(value, path);
  const stray = Object.keys(value).find((key) => !allowed.includes(key));
  if (stray !== undefined)
    fail(`${path}.${stray.slice(0, 40)}`, `is not a field; the fields are ${allowed.join(', ')}`);
  return value;
}

/** A string of 1..maxLength characters, matching `pattern` if given (described by `patternText`). */
export function text(value, path, { maxLength, pattern, patternText }) {
  if (typeof value !== 'string' || value.length === 0 || value.length > maxLength) {
    fail(path, `${quote(value)} must be a text of 1 to ${maxLength} characters`);
  }
  if (pattern && !pattern.test(value)) fail(path, `${quote(value)} must be ${patternText}`);
  return value;
}

/** An integer in min..max. */
export function integer(value, path, min, max) {
  if (!Number.isInteger(value) || value < min || value > max)
    fail(path, `${quote(value)} must be an integer in ${min}..${max}`);
  return value;
}

/** A finite number in min..max. */
export function number(value, path, min, max) {
  if (typeof value !== 'number' || !Number.isFinite(value) || value < min || value > max) {
    fail(path, `${quote(value)} must be a number in ${min}..${max}`);
  }
  return value;
}

/** One of `choices`. */
export function oneOf(value, path, choices) {
  if (!choices.includes(value)) fail(path, `${quote(value)} is not one of ${choices.join(', ')}`);
  return value;
}

/** An array of 1..maxLength items, each checked by `item(value, path)`. */
export function list(value, path, maxLength, item) {
  if (!Array.isArray(value) || value.length === 0 || value.length > maxLength) {
    fail(path, `${quote(value)} must be an array of 1 to ${maxLength} items`);
  }
  return Array.from(value, (v, i) => item(v, `${path}[${i}]`));
}

/** Runs `check`; an Error it throws (e.g. the engine's "n: …") is rethrown under `path`. */
export function under(path, check) {
  try {
    return check();
  } catch (e) {
    throw new FieldError(`${path}.${e.message}`);
  }
}
