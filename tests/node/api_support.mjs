// The small specs the API tests build their models from.

/** A dense layer spec. */
export const dense = (units, activation) => ({ type: 'dense', units, activation });

/** A 2-8-1 binary classifier with dropout, trained by Adam. */
export const binarySpec = (seed = 1) => ({
  inputs: 2,
  layers: [dense(8, 'tanh'), { type: 'dropout', rate: 0.1 }, dense(1, 'sigmoid')],
  loss: 'binary_crossentropy',
  optimizer: { type: 'adam', learningRate: 0.02 },
  seed,
});
