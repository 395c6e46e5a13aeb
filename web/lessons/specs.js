// Model specs the lessons share. Most lessons train a binary classifier on
// the 2-D plane; they differ only in its hidden layers, activation and
// optimizer, so they build it here instead of spelling it out each time.

// A lesson that sizes its nets by their number of weights counts them as the widgets do.
export { parameterCount } from '../domain/widget-math.js';

/**
 * Hidden layers, then one sigmoid unit trained on binary cross-entropy.
 * `hidden` lists dense widths (numbers, with `activation` and, when given,
 * `kernelInitializer`) or whole layer objects (e.g. dropout), in order.
 */
export function binaryClassifier(hidden, { activation = 'tanh', kernelInitializer, optimizer, seed = 1 }) {
  const dense = (units) => ({ type: 'dense', units, activation, ...(kernelInitializer && { kernelInitializer }) });
  return {
    inputs: 2,
    layers: [
      ...hidden.map((layer) => (typeof layer === 'number' ? dense(layer) : layer)),
      { type: 'dense', units: 1, activation: 'sigmoid' },
    ],
    loss: 'binary_crossentropy',
    optimizer,
    seed,
  };
}
