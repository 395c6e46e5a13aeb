// Every lesson module by id, loaded on demand: the lesson page and the
// training worker import only the lesson they show or run. A static map of
// dynamic imports, so the bundler splits each lesson into its own chunk.
// A lesson may declare a live figure (lead, figure, tryThis buttons,
// predictions): the contract is in figure.js and docs/lessons.md.
const MODULES = {
  'what-is-deep-learning': () => import('./what-is-deep-learning.js'),
  'why-deep': () => import('./why-deep.js'),
  'neural-networks': () => import('./neural-networks.js'),
  activations: () => import('./activations.js'),
  'loss-functions': () => import('./loss-functions.js'),
  'gradient-descent': () => import('./gradient-descent.js'),
  'gd-vs-sgd': () => import('./gd-vs-sgd.js'),
  'why-sgd': () => import('./why-sgd.js'),
  'negative-log-likelihood': () => import('./negative-log-likelihood.js'),
  optimizers: () => import('./optimizers.js'),
  'learning-rate': () => import('./learning-rate.js'),
  momentum: () => import('./momentum.js'),
  dropout: () => import('./dropout.js'),
  regularization: () => import('./regularization.js'),
};

export const LESSON_IDS = Object.keys(MODULES);

/**
 * The lesson module's namespace: `default` is the lesson (text, widgets,
 * experiment, claim ...), `compute` its optional compute(dp, { seed }).
 * Rejects for an unknown id.
 */
export async function loadLesson(id) {
  const load = Object.hasOwn(MODULES, id) ? MODULES[id] : null;
  if (!load) throw new Error(`There is no lesson called "${id}".`);
  return load();
}
