// The playground's state in the URL hash (#<URI-encoded JSON>), so a link
// reproduces the run. The hash is untrusted: it is parsed as JSON (never
// evaluated) and vetted by readState.
import { defaultState, readState } from './playground-state.js';

export function stateToHash(state) {
  return '#' + encodeURIComponent(JSON.stringify(state));
}

/** { state, problem }: the hash's state, or the default one and why the hash was not usable. */
export function stateFromHash(hash) {
  if (hash === '' || hash === '#') return { state: defaultState(), problem: null };
  let candidate;
  try {
    candidate = JSON.parse(decodeURIComponent(hash.slice(1)));
  } catch {
    return fallback('it is not valid JSON');
  }
  const { state, problem } = readState(candidate);
  return problem ? fallback(problem) : { state, problem: null };
}

function fallback(reason) {
  return {
    state: defaultState(),
    problem: `The link's playground settings could not be used (${reason}), so the playground starts from its defaults.`,
  };
}
