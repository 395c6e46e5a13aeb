// The files a trained model exports to: its spec (the engine's JSON, every
// default spelled out), its weights (Keras's layout: per dense layer a
// kernel [inputs][units] and a bias [units]) and Keras 3 Python source.

/** model: { spec, weights, keras } as the worker's exportModel gives it. */
export function modelFile(kind, model) {
  if (kind === 'spec') {
    return {
      name: 'deep-playground-spec.json',
      type: 'application/json',
      text: JSON.stringify(model.spec, null, 2) + '\n',
    };
  }
  if (kind === 'weights') {
    const layers = denseShapes(model.spec).map(([inputs, units], d) => ({
      kernel: rows(model.weights[2 * d], inputs, units),
      bias: Array.from(model.weights[2 * d + 1]),
    }));
    return { name: 'deep-playground-weights.json', type: 'application/json', text: JSON.stringify({ layers }) + '\n' };
  }
  return { name: 'deep_playground_model.py', type: 'text/x-python', text: model.keras };
}

function denseShapes(spec) {
  let width = spec.inputs;
  return spec.layers
    .filter((layer) => layer.type === 'dense')
    .map(({ units }) => {
      const shape = [width, units];
      width = units;
      return shape;
    });
}

function rows(values, count, width) {
  return Array.from({ length: count }, (_, r) => Array.from(values.subarray(r * width, (r + 1) * width)));
}
