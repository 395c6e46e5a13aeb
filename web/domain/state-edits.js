// Every change a control can make to the playground's state, as a pure
// function from a state to the next one. Changes that touch the data or the
// features re-fit the network's inputs, output layer and loss to them.
import { datasetInfo, datasetsFor } from './datasets.js';
import { conformState } from './playground-state.js';
import {
  hiddenLayers,
  withHiddenLayers,
  withInitializer as specWithInitializer,
  withRegularization as specWithRegularization,
} from './network-spec.js';
import { OPTIMIZER_DEFAULTS, momentumForm, optimizerOf } from './optimizers.js';

/**
 * data: a patch of { dataset, classes, points, noise, trainPercent, seed, drawn, local (for 'local' only) }.
 * A data set that needs wider hidden layers (leastHiddenUnits) widens the
 * narrower ones when it is chosen.
 */
export function withData(state, data) {
  const next = { ...state.data, ...data };
  if (next.dataset !== 'local') delete next.local;
  let { spec } = state;
  if (data.dataset && (data.dataset !== state.data.dataset || data.local)) {
    const { classes, leastHiddenUnits = 0 } = datasetInfo(next);
    next.classes = classes[0];
    next.drawn = [];
    const hidden = hiddenLayers(spec);
    if (hidden.some((layer) => layer.units < leastHiddenUnits))
      spec = withHiddenLayers(
        spec,
        hidden.map((layer) => ({ ...layer, units: Math.max(layer.units, leastHiddenUnits) })),
      );
  }
  if (data.classes !== undefined && data.classes !== state.data.classes) next.drawn = [];
  return conformState({ ...state, data: next, spec });
}

/** A loaded file's data (described as data.local is, see datasets.js) in place of the current data. */
export function withLocalData(state, local) {
  return withData(state, { dataset: 'local', local });
}

export function withProblem(state, problem) {
  return withData(state, { dataset: datasetsFor(problem)[0] });
}

export function withFeatures(state, features) {
  return conformState({ ...state, features });
}

export function withBatchSize(state, batchSize) {
  return { ...state, batchSize };
}

/** The epoch training pauses at by itself (0: none). */
export function withStopAtEpoch(state, stopAtEpoch) {
  return { ...state, stopAtEpoch };
}

export function withView(state, view) {
  return { ...state, view: { ...state.view, ...view } };
}

export function withSpec(state, spec) {
  return conformState({ ...state, spec });
}

export function withModelSeed(state, seed) {
  return { ...state, spec: { ...state.spec, seed } };
}

/** hidden: [{ units, activation, dropout }] */
export function withHidden(state, hidden) {
  return { ...state, spec: withHiddenLayers(state.spec, hidden) };
}

export function withHiddenActivation(state, activation) {
  return withHidden(
    state,
    hiddenLayers(state.spec).map((layer) => ({ ...layer, activation })),
  );
}

export function withRegularization(state, penalties) {
  return { ...state, spec: specWithRegularization(state.spec, penalties) };
}

export function withInitializer(state, initializer) {
  return { ...state, spec: specWithInitializer(state.spec, initializer) };
}

export function withLoss(state, loss) {
  return conformState({ ...state, spec: { ...state.spec, loss } });
}

/** patch: some of the optimizer's hyper-parameters; SGD's averaging form keeps dampening = momentum. */
export function withOptimizer(state, patch) {
  const current = optimizerOf(state.spec);
  const next = { ...current, ...patch };
  if (next.type === 'sgd' && patch.momentum !== undefined && momentumForm(current) === 'average')
    next.dampening = patch.momentum;
  return { ...state, spec: { ...state.spec, optimizer: next } };
}

/** Another optimizer with its own defaults, keeping the learning rate and its schedule. */
export function withOptimizerType(state, type) {
  const { learningRate, schedule } = optimizerOf(state.spec);
  const optimizer = { type, ...OPTIMIZER_DEFAULTS[type], learningRate, ...(schedule && { schedule }) };
  return { ...state, spec: { ...state.spec, optimizer } };
}

/** 'classic' (dampening 0) or 'average' (dampening = momentum, which then cannot be 0). */
export function withMomentumForm(state, form) {
  const { momentum } = optimizerOf(state.spec);
  if (form === 'classic') return withOptimizer(state, { dampening: 0 });
  const beta = momentum > 0 ? momentum : 0.9;
  return withOptimizer(state, { momentum: beta, dampening: beta });
}
