// What an exercise's limits count in a network, read from a model's full spec
// (model.toSpec(), which the engine has checked): hidden dense layers, their
// units, and every kernel and bias.

/** { hiddenLayers, hiddenUnits, params, widest: { index, units } } of a full spec. */
export function networkSize(spec) {
  const dense = spec.layers.map((layer, index) => ({ ...layer, index })).filter((layer) => layer.type === 'dense');
  const hidden = dense.slice(0, -1);
  let inputs = spec.inputs;
  let params = 0;
  for (const { units } of dense) {
    // a dense layer holds an inputs x units kernel and a bias of units
    params += inputs * units + units;
    inputs = units;
  }
  return {
    hiddenLayers: hidden.length,
    hiddenUnits: hidden.reduce((sum, layer) => sum + layer.units, 0),
    params,
    widest: hidden.reduce((wide, layer) => (layer.units > wide.units ? layer : wide), { index: 0, units: 0 }),
  };
}

/** Why the network breaks the exercise's limits, or '' if it keeps them. */
export function limitProblem(spec, limits) {
  const size = networkSize(spec);
  if (size.hiddenUnits > limits.maxHiddenUnits) {
    const where = size.hiddenLayers === 1 ? `layers[${size.widest.index}].units` : 'layers';
    return `${where}: ${size.hiddenUnits} hidden units, the limit is ${limits.maxHiddenUnits}`;
  }
  if (size.hiddenLayers > limits.maxHiddenLayers) {
    return `layers: ${size.hiddenLayers} hidden layers, the limit is ${limits.maxHiddenLayers}`;
  }
  if (size.params > limits.maxParams) {
    return `layers: ${size.params} weights and biases, the limit is ${limits.maxParams}`;
  }
  return '';
}
