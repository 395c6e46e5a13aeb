// web/domain/ — pure data and rules, no DOM, no worker: data sets, features, choices,
// optimizers and their update rules, the network spec, the playground's state, its
// edits and URL form, untrusted JSON, model files, the plane, the widgets' math.
//
// What a new playground state changes for a running session, from the most
// to the least disruptive:
//   'data'     the points or their features: new data, new model, new run
//   'model'    the architecture, loss or seed: new model, new run
//   'drawn'    only the learner's drawn points: new data, training goes on
//   'training' optimizer, regularizer or batch size: same weights, training goes on
//   'view'     nothing the engine sees
import { dataShape } from './datasets.js';
import { usesOneHot } from './choices.js';

export function changeBetween(before, after) {
  const same = (pick) => JSON.stringify(pick(before)) === JSON.stringify(pick(after));
  if (!same(dataKey)) return 'data';
  if (!same((state) => architecture(state.spec))) return 'model';
  if (!same((state) => state.data.drawn)) return 'drawn';
  if (!same((state) => [state.spec, state.batchSize])) return 'training';
  return 'view';
}

function dataKey(state) {
  const { drawn, ...generated } = state.data;
  const { task } = dataShape(state.data, state.features.length);
  return [generated, state.features, usesOneHot(state.spec.loss, task)];
}

// The spec less what training can change under the same weights.
function architecture(spec) {
  const layers = spec.layers.map(({ kernelRegularizer, ...layer }) => layer);
  return { ...spec, layers, optimizer: null };
}
