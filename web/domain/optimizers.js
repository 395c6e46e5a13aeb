// The optimizers and learning-rate schedules with the engine's (Keras's)
// defaults, so the controls can show every hyper-parameter of a spec that
// leaves some out. The defaults are the engine's own (dp.defaults(), written
// next to the engine by the build: scripts/engine-defaults.mjs).
import ENGINE_DEFAULTS from '../../bindings/wasm/defaults.json' with { type: 'json' };

export const OPTIMIZER_DEFAULTS = ENGINE_DEFAULTS.optimizers;

export const OPTIMIZER_LABELS = { sgd: 'SGD (with momentum)', rmsprop: 'RMSprop', adam: 'Adam' };

export const SCHEDULE_DEFAULTS = ENGINE_DEFAULTS.schedules;

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
