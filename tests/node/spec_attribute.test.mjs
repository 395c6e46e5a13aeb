// What <deep-playground spec="…"> reads: a model spec alone has its own fields
// named when they are wrong, a playground state is read as a link's state.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { stateFromSpecAttribute } from '../../web/embed/spec-attribute.js';

const sigmoidOutput = { type: 'dense', units: 1, activation: 'sigmoid' };

test('a model spec alone is trained on the default data', () => {
  const { state, problem } = stateFromSpecAttribute(JSON.stringify({ layers: [sigmoidOutput] }));
  assert.equal(problem, null);
  assert.deepEqual(state.spec.layers, [sigmoidOutput]);
});

test('a bad model spec names its own field, not the playground state version', () => {
  const { problem } = stateFromSpecAttribute('{"layers":"dense"}');
  assert.match(problem, /\(spec\.layers: must be a non-empty array\)/);
});

test('JSON with a version, data or spec is read as a playground state', () => {
  for (const text of ['{"version":2}', '{"data":{}}', '{"spec":{}}']) {
    assert.match(stateFromSpecAttribute(text).problem, /\(version: must be 1\)/, text);
  }
});
