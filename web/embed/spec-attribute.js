// <deep-playground spec="...">: what the attribute may hold, read as
// untrustingly as a playground link (url-hash.js):
//   - a playground link, or just its hash ('#%7B%22version%22...'), as
//     "Copy link to this run" gives it;
//   - the playground's state as JSON ({ "version": 1, "data": ..., "spec": ... });
//   - a model spec alone as JSON ({ "layers": [...], "optimizer": ... }),
//     trained on the playground's default data (its inputs fitted to them).
// Returns { state, problem, adapted } as stateFromHash() does.
import { defaultState } from '../domain/playground-state.js';
import { stateFromHash, stateToHash } from '../domain/url-hash.js';
import { parseUntrustedJson } from '../domain/untrusted-json.js';

export function stateFromSpecAttribute(text) {
  const value = (text ?? '').trim();
  if (value === '') return stateFromHash('');
  if (value.includes('#')) return stateFromHash(value.slice(value.indexOf('#')));
  if (!value.startsWith('{')) return stateFromHash(`#${value}`);
  const { value: json, problem } = parseUntrustedJson(value);
  // A playground state names its version, data or spec; anything else is a model spec, and its own fields are named.
  const isState =
    problem ||
    json === null ||
    typeof json !== 'object' ||
    ['version', 'data', 'spec'].some((key) => Object.hasOwn(json, key));
  if (isState) return stateFromHash(`#${encodeURIComponent(value)}`);
  return stateFromHash(stateToHash({ ...defaultState(), spec: json }));
}
