// The optimizers and learning-rate schedules with the engine's (Keras's)
// defaults, so the controls can show every hyper-parameter of a spec that
// leaves some out.
export const OPTIMIZER_DEFAULTS = {
  sgd: { learningRate: 0.01, momentum: 0, dampening: 0, nesterov: false },
  rmsprop: { learningRate: 0.001, rho: 0.9, momentum: 0, epsilon: 1e-7, centered: false },
  adam: { learningRate: 0.001, beta1: 0.9, beta2: 0.999, epsilon: 1e-7 },
};

export const OPTIMIZER_LABELS = { sgd: 'SGD (with momentum)', rmsprop: 'RMSprop', adam: 'Adam' };

export const SCHEDULE_DEFAULTS = {
  constant: {},
  step: { decaySteps: 1000, decayRate: 0.96 },
  exponential: { decaySteps: 1000, decayRate: 0.96 },
  cosine: { decaySteps: 1000, alpha: 0, warmupSteps: 0 },
};

export const SCHEDULE_LABELS = {
  constant: 'Constant',
  step: 'Step decay',
  exponential: 'Exponential decay',
  cosine: 'Cosine decay',
};

/** The spec's optimizer with every hyper-parameter filled in (it may be a bare name, or absent). */
export function optimizerOf(spec) {
  const given = typeof spec.optimizer === 'string' ? { type: spec.optimizer } : (spec.optimizer ?? { type: 'sgd' });
  return { ...OPTIMIZER_DEFAULTS[given.type], ...given };
}

export function scheduleOf(optimizer) {
  const given = optimizer.schedule ?? { type: 'constant' };
  return { ...SCHEDULE_DEFAULTS[given.type], ...given };
}

/**
 * SGD's two momentum forms: 'classic' v = βv + g (dampening 0, as Keras and
 * PyTorch) and 'average' v = βv + (1 − β)g (dampening = β).
 */
export function momentumForm(optimizer) {
  return optimizer.dampening > 0 && optimizer.dampening === optimizer.momentum ? 'average' : 'classic';
}
