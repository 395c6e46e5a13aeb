// What the bad-input tests share: the engine, a small binary spec to vary,
// models to call with bad arguments, and the check that each case throws an
// Error whose message names the field.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadEngine } from '../../bindings/index.js';

export const dp = await loadEngine();

export const spec = (changes = {}) => ({
  inputs: 2,
  layers: [
    { type: 'dense', units: 4, activation: 'tanh' },
    { type: 'dense', units: 1, activation: 'sigmoid' },
  ],
  loss: 'binary_crossentropy',
  optimizer: { type: 'adam', learningRate: 0.05 },
  seed: 1,
  ...changes,
});
export const withLayer = (layer) => spec({ layers: [layer] });
export const without = (key) => {
  const s = spec();
  delete s[key];
  return s;
};
export const withOptimizer = (optimizer) => spec({ optimizer });

export const binary = dp.model(spec());
export const sparse = dp.model({
  inputs: 2,
  layers: [{ type: 'dense', units: 3, activation: 'softmax' }],
  loss: 'sparse_categorical_crossentropy',
  seed: 1,
});
export const row = { x: [0.5, -0.5], y: [1] };
export const fitWith = (options) => () => binary.fit(row, options);
export const weights = () => binary.getWeights();

// `values` with element i deleted: a sparse array, as [1, , 3] is.
export const withHole = (values, i) => {
  const holed = [...values];
  delete holed[i];
  return holed;
};

/** One test per [name, run, message]: run() throws an Error whose message matches. */
export function throwsNamingTheField(cases) {
  for (const [name, run, message] of cases) {
    test(`${name}: throws an Error naming the field and what is allowed`, () => {
      let caught = null;
      try {
        run();
      } catch (error) {
        caught = error;
      }
      assert.ok(
        caught instanceof Error,
        `expected an Error, got ${caught === null ? 'no throw' : typeof caught}: ${caught}`,
      );
      assert.match(caught.message, message);
    });
  }
}
