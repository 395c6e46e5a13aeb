// The playground's state in the URL hash (#<URI-encoded JSON>), so a link
// reproduces the run. The hash is untrusted: it is parsed as JSON (never
// evaluated) within limits (untrusted-json.js) and vetted by readState; the
// engine then vets the spec's values before the page shows them.
import { defaultState, readState } from './playground-state.js';
import { MAX_JSON_TEXT, parseUntrustedJson } from './untrusted-json.js';

/** Longest hash read: the JSON's limit, plus room for its URI encoding. */
const MAX_HASH_LENGTH = 3 * MAX_JSON_TEXT;

export function stateToHash(state) {
  return '#' + encodeURIComponent(JSON.stringify(state));
}

/**
 * { state, problem, adapted }: the hash's state, or the default one and why
 * the hash was not usable (problem); adapted says in words what was changed
 * to make the link's network fit its data, or is null.
 */
export function stateFromHash(hash) {
  if (hash === '' || hash === '#') return { state: defaultState(), problem: null, adapted: null };
  if (hash.length > MAX_HASH_LENGTH) {
    return fallback(
      `it is ${hash.length.toLocaleString('en-US')} characters long, more than the ${MAX_HASH_LENGTH.toLocaleString('en-US')} a playground link can be`,
    );
  }
  let text;
  try {
    text = decodeURIComponent(hash.slice(1));
  } catch {
    return fallback('it is not a properly encoded address');
  }
  const { value, problem: jsonProblem } = parseUntrustedJson(text);
  if (jsonProblem) return fallback(jsonProblem);
  const { state, problem, changes } = readState(value);
  if (problem) return fallback(problem);
  const adapted = changes.length ? `The link's network was adapted to fit its data: ${changes.join(', ')}.` : null;
  return { state, problem: null, adapted };
}

function fallback(reason) {
  return {
    state: defaultState(),
    problem: `The link's playground settings could not be used (${reason}), so the playground starts from its defaults.`,
    adapted: null,
  };
}
