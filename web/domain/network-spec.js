// Reading and editing the model spec (the engine's JSON) the way the
// playground presents it: hidden layers, each a dense layer with an optional
// dropout after it, then an output layer that fits the data; one kernel
// initializer and one regularizer shared by every dense layer.
import { LOSSES_BY_TASK, MAX_HIDDEN_LAYERS, MAX_UNITS, OUTPUT_ACTIVATION } from './choices.js';

/** The hidden layers as [{ units, activation, dropout }]. */
export function hiddenLayers(spec) {
  const hidden = [];
  for (const layer of spec.layers.slice(0, -1)) {
    if (layer.type === 'dense')
      hidden.push({ units: layer.units, activation: layer.activation ?? 'linear', dropout: 0 });
    else hidden.at(-1).dropout = layer.rate;
  }
  return hidden;
}

export function outputLayer(spec) {
  return spec.layers.at(-1);
}

/** Rebuilds the layer list from [{ units, activation, dropout }], keeping the output layer. */
export function withHiddenLayers(spec, hidden) {
  const output = outputLayer(spec);
  const shared = sharedDenseFields(output);
  const layers = hidden.flatMap(({ units, activation, dropout }) => [
    { type: 'dense', units, activation, ...shared },
    ...(dropout > 0 ? [{ type: 'dropout', rate: dropout }] : []),
  ]);
  return { ...spec, layers: [...layers, output] };
}

/** { l1, l2 } penalties on the kernels (0 when absent). */
export function regularizationOf(spec) {
  const { l1 = 0, l2 = 0 } = outputLayer(spec).kernelRegularizer ?? {};
  return { l1, l2 };
}

/** 'none', 'l1', 'l2' or 'l1l2': which penalties the kernels carry. */
export function regularizationKind(spec) {
  const { l1, l2 } = regularizationOf(spec);
  return l1 > 0 && l2 > 0 ? 'l1l2' : l1 > 0 ? 'l1' : l2 > 0 ? 'l2' : 'none';
}

/** The penalty's rate (L1's when both are on; 0 without one). */
export function regularizationRate(spec) {
  const { l1, l2 } = regularizationOf(spec);
  return l1 || l2;
}

/** The { l1, l2 } penalties of a kind ('none' | 'l1' | 'l2' | 'l1l2') at one rate. */
export function penaltiesOf(kind, rate) {
  return { l1: kind === 'l1' || kind === 'l1l2' ? rate : 0, l2: kind === 'l2' || kind === 'l1l2' ? rate : 0 };
}

export function withRegularization(spec, { l1, l2 }) {
  const kernelRegularizer = l1 > 0 || l2 > 0 ? { ...(l1 > 0 && { l1 }), ...(l2 > 0 && { l2 }) } : undefined;
  return withDenseFields(spec, { kernelRegularizer });
}

export function initializerOf(spec) {
  return outputLayer(spec).kernelInitializer ?? 'glorot_uniform';
}

export function withInitializer(spec, kernelInitializer) {
  return withDenseFields(spec, {
    kernelInitializer: kernelInitializer === 'glorot_uniform' ? undefined : kernelInitializer,
  });
}

/** The spec with its inputs, output layer and loss made to fit data of this shape (see dataShape). */
export function conformSpec(spec, shape) {
  const losses = LOSSES_BY_TASK[shape.task];
  const loss = losses.includes(spec.loss) ? spec.loss : losses[0];
  const output = { ...outputLayer(spec), units: shape.outputs, activation: OUTPUT_ACTIVATION[shape.task] };
  return { ...spec, inputs: shape.inputs, loss, layers: [...spec.layers.slice(0, -1), output] };
}

/** What conformSpec changed in a spec, in words: ['inputs 3 → 2', 'output units 5 → 1', ...]. */
export function specChanges(given, used) {
  const changes = [];
  const note = (what, before, after) => before !== after && changes.push(`${what} ${shown(before)} → ${shown(after)}`);
  note('inputs', given.inputs, used.inputs);
  note('output units', outputLayer(given).units, outputLayer(used).units);
  note('output activation', outputLayer(given).activation, outputLayer(used).activation);
  note('loss', given.loss, used.loss);
  return changes;
}

/** A value (from a spec, an attribute) as a message shows it: short, and in words when absent. */
export function shown(value) {
  const text = value === undefined ? 'none' : typeof value === 'string' ? value : JSON.stringify(value);
  return text.length > 40 ? `${text.slice(0, 40)}…` : text;
}

/**
 * Why the playground cannot show this spec's layers (it draws at most
 * MAX_HIDDEN_LAYERS hidden dense layers of MAX_UNITS, each optionally followed
 * by one dropout), or null. The engine checks everything else.
 */
export function layoutProblem(spec) {
  if (!Array.isArray(spec?.layers) || spec.layers.length === 0) return 'layers: must be a non-empty array';
  let hidden = 0;
  for (const [i, layer] of spec.layers.entries()) {
    const where = `layers[${i}]`;
    const previous = spec.layers[i - 1];
    const last = i === spec.layers.length - 1;
    if (layer?.type === 'dropout') {
      if (last) return `${where}: the last layer must be dense (it produces the outputs)`;
      if (previous?.type !== 'dense')
        return `${where}: the playground puts a dropout layer only right after a dense layer`;
    } else if (layer?.type === 'dense') {
      if (last) continue;
      hidden += 1;
      if (!Number.isInteger(layer.units) || layer.units < 1 || layer.units > MAX_UNITS) {
        return `${where}.units: the playground draws 1 to ${MAX_UNITS} neurons per hidden layer`;
      }
    } else {
      return `${where}.type: must be 'dense' or 'dropout'`;
    }
  }
  if (hidden > MAX_HIDDEN_LAYERS)
    return `layers: the playground draws at most ${MAX_HIDDEN_LAYERS} hidden layers, this spec has ${hidden}`;
  return null;
}

function sharedDenseFields(layer) {
  const { kernelInitializer, kernelRegularizer } = layer;
  return { ...(kernelInitializer && { kernelInitializer }), ...(kernelRegularizer && { kernelRegularizer }) };
}

function withDenseFields(spec, fields) {
  const layers = spec.layers.map((layer) => {
    if (layer.type !== 'dense') return layer;
    const next = { ...layer, ...fields };
    for (const key of Object.keys(fields)) if (next[key] === undefined) delete next[key];
    return next;
  });
  return { ...spec, layers };
}
