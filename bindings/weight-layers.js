// A model's weights (model.getWeights(): per dense layer a flat kernel, then
// its bias) in Keras's layout, as files keep them: per dense layer a kernel
// [inputs][units] as rows and a bias [units].

/** spec: the model's full spec (model.toSpec()); weights: model.getWeights(). */
export function weightLayers(spec, weights) {
  return denseInputs(spec).map((inputs, d) => ({
    kernel: rowsOf(weights[2 * d], inputs),
    bias: Array.from(weights[2 * d + 1]),
  }));
}

/** A flat row-major typed array of `count` rows as arrays of numbers. */
export function rowsOf(values, count) {
  const width = count > 0 ? values.length / count : 0;
  return Array.from({ length: count }, (_, r) => Array.from(values.subarray(r * width, (r + 1) * width)));
}

// Each dense layer's inputs: the model's, then the units of the dense layer before.
function denseInputs(spec) {
  const dense = spec.layers.filter((layer) => layer.type === 'dense');
  return dense.map((layer, d) => (d === 0 ? spec.inputs : dense[d - 1].units));
}
