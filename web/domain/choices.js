// The values the playground's controls offer, and the rules that tie a
// network's output layer and loss to the kind of problem.
export const MAX_HIDDEN_LAYERS = 8;
export const MAX_UNITS = 64;

export const HIDDEN_ACTIVATIONS = ['relu', 'tanh', 'sigmoid', 'linear', 'leaky_relu', 'elu', 'gelu'];
export const INITIALIZERS = ['glorot_uniform', 'he_normal', 'zeros'];

export const LOSSES_BY_TASK = {
  binary: ['binary_crossentropy', 'mse', 'mae'],
  multiclass: ['sparse_categorical_crossentropy', 'categorical_crossentropy', 'nll', 'mse', 'mae'],
  regression: ['mse', 'mae'],
};

/** How the controls name each choice. */
export const LOSS_LABELS = {
  binary_crossentropy: 'Binary cross-entropy',
  categorical_crossentropy: 'Categorical cross-entropy (one-hot labels)',
  sparse_categorical_crossentropy: 'Sparse categorical cross-entropy (class ids)',
  nll: 'Negative log-likelihood (class ids)',
  mse: 'Mean squared error',
  mae: 'Mean absolute error',
};
export const INITIALIZER_LABELS = {
  glorot_uniform: 'Glorot uniform (default)',
  he_normal: 'He normal',
  zeros: 'Zeros (every neuron the same)',
};
export const REGULARIZATION_LABELS = { none: 'None', l1: 'L1', l2: 'L2', l1l2: 'L1 + L2 (elastic net)' };

export const OUTPUT_ACTIVATION = { binary: 'sigmoid', multiclass: 'softmax', regression: 'linear' };

/** Whether multi-class labels go to the engine one-hot rather than as class ids. */
export function usesOneHot(loss, task) {
  return task === 'multiclass' && loss !== 'sparse_categorical_crossentropy' && loss !== 'nll';
}

export const LEARNING_RATES = [0.00001, 0.0001, 0.001, 0.003, 0.01, 0.03, 0.1, 0.3, 1, 3, 10];
export const REGULARIZATION_RATES = [0.0001, 0.001, 0.003, 0.01, 0.03, 0.1, 0.3, 1, 3, 10];
export const REGULARIZATIONS = ['none', 'l1', 'l2', 'l1l2'];
export const BATCH_SIZES = [1, 2, 4, 8, 10, 16, 32, 64, 128, 256, 512, 1024];
export const DROPOUT_RATES = [0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8];

/** Training speeds, in epochs per second (Infinity: as fast as the machine goes). */
export const SPEEDS = { slow: 10, normal: 60, fast: Infinity };

/** A learning rate or penalty written the way people read it: 0.03, 1e-5. */
export function formatRate(value) {
  return value < 0.001 ? value.toExponential().replace('e-', 'e−') : String(value);
}

/** The offered values plus the current one when it is not among them (from a link or an imported spec). */
export function including(values, current) {
  return values.includes(current) ? values : [...values, current].sort((a, b) => a - b);
}
