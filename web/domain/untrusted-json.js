// Reading JSON that came from outside — a link's hash, a pasted or loaded
// spec — so that no input can cost more than a real playground state: a cap
// on the text's length, JSON.parse (never evaluation), a cap on nesting and
// no key that names JavaScript's prototype machinery. The walk is a loop,
// not a recursion, so no nesting overflows the stack; what passes is safe to
// stringify, clone to the worker and hand to the engine, which then vets
// the values.
import ENGINE_LIMITS from '../../bindings/wasm/limits.json' with { type: 'json' };

/** Longest text accepted, the engine's cap on spec text: a state with 500 drawn points takes about a quarter of it. */
export const MAX_JSON_TEXT = ENGINE_LIMITS.specText;
/** Deepest nesting accepted: a state is at most 5 levels deep (state → spec → layers → layer → regularizer). */
export const MAX_JSON_DEPTH = 16;
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/** { value } parsed from `text`, or { problem } saying in words why it was not. */
export function parseUntrustedJson(text, { maxLength = MAX_JSON_TEXT } = {}) {
  if (text.length > maxLength) {
    return {
      problem: `it is ${text.length.toLocaleString('en-US')} characters long, more than the ${maxLength.toLocaleString('en-US')} allowed`,
    };
  }
  let value;
  try {
    value = JSON.parse(text);
  } catch {
    return { problem: 'it is not valid JSON' };
  }
  const problem = shapeProblem(value);
  return problem ? { problem } : { value };
}

function shapeProblem(root) {
  const pending = [[root, 1]];
  while (pending.length > 0) {
    const [value, depth] = pending.pop();
    if (value === null || typeof value !== 'object') continue;
    if (depth > MAX_JSON_DEPTH) return `it nests deeper than ${MAX_JSON_DEPTH} levels`;
    for (const key of Object.keys(value)) {
      if (FORBIDDEN_KEYS.has(key)) return `it has a key named "${key}", which is never a setting`;
      pending.push([value[key], depth + 1]);
    }
  }
  return null;
}
