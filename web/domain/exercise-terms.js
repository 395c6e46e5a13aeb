// An exercise's terms as a learner reads them — its goal, its limits, the
// settings it fixes — and its network as a playground state, so that the
// playground's views and edits serve the exercise too. `exercise` is one as
// the training worker opens it (web/worker/exercise-grader.js).
import { defaultState } from './playground-state.js';
import { INITIALIZER_LABELS, LOSS_LABELS, REGULARIZATION_LABELS, formatRate } from './choices.js';
import { OPTIMIZER_LABELS, optimizerOf } from './optimizers.js';
import { initializerOf, regularizationKind, regularizationRate } from './network-spec.js';

/** A playground state holding the exercise's data and `spec` (its starting network when not given). */
export function exerciseState(exercise, spec = exercise.start) {
  const initial = defaultState();
  const { name, shape, columns } = exercise.data;
  // An exercise's CSV table is shown as the playground shows a loaded file, by its column names.
  const dataset = columns ? { dataset: 'local', local: columns } : { dataset: name };
  return {
    ...initial,
    data: { ...initial.data, ...dataset, classes: shape.classes },
    features: shape.planar ? ['x1', 'x2'] : [],
    batchSize: exercise.fit.batchSize,
    spec,
  };
}

/** The goal in words: 'at least 90% test accuracy for each of the seeds 1, 2 and 3'. */
export function goalText({ metric, split, bound, threshold, seeds, aggregate }) {
  const value = metric === 'accuracy' ? `${+(threshold * 100).toFixed(1)}%` : String(threshold);
  const target = `${bound === 'atLeast' ? 'at least' : 'at most'} ${value} ${split} ${metric}`;
  const worst = bound === 'atLeast' ? 'min' : 'max';
  if (seeds.length === 1) return `${target} (seed ${seeds[0]})`;
  const which = aggregate === worst ? 'for each of' : aggregate === 'mean' ? 'on average over' : 'for at least one of';
  return `${target} ${which} the seeds ${listed(seeds)}`;
}

/** The limits the exercise sets, in words (those it leaves open are left out). */
export function limitTexts({ maxHiddenLayers, maxHiddenUnits, maxParams, maxSeconds }) {
  const texts = [];
  const plural = (n, one, many) => `${n.toLocaleString('en-US')} ${n === 1 ? one : many}`;
  if (Number.isFinite(maxHiddenLayers))
    texts.push(`at most ${plural(maxHiddenLayers, 'hidden layer', 'hidden layers')}`);
  if (Number.isFinite(maxHiddenUnits))
    texts.push(`at most ${plural(maxHiddenUnits, 'hidden neuron', 'hidden neurons')} in all`);
  if (Number.isFinite(maxParams)) texts.push(`at most ${plural(maxParams, 'weight', 'weights and biases')}`);
  texts.push(`${maxSeconds} s of training in all`);
  return texts;
}

/** [{ label, value }] for each setting of `spec` the learner may not change, and how the grader trains. */
export function fixedSettings(spec, free, fit) {
  const optimizer = optimizerOf(spec);
  const settings = [];
  const fixed = (control, label, value) => {
    if (!free.includes(control)) settings.push({ label, value });
  };
  fixed('optimizer', 'Optimizer', OPTIMIZER_LABELS[optimizer.type]);
  fixed('learningRate', 'Learning rate', formatRate(optimizer.learningRate));
  if (optimizer.momentum !== undefined) fixed('momentum', 'Momentum', String(optimizer.momentum));
  const kind = regularizationKind(spec);
  fixed(
    'regularization',
    'Regularization',
    kind === 'none'
      ? REGULARIZATION_LABELS.none
      : `${REGULARIZATION_LABELS[kind]} ${formatRate(regularizationRate(spec))}`,
  );
  fixed('loss', 'Loss', LOSS_LABELS[spec.loss] ?? spec.loss);
  fixed('initializer', 'Initializer', INITIALIZER_LABELS[initializerOf(spec)] ?? initializerOf(spec));
  settings.push({ label: 'Training', value: `${fit.epochs} epochs in batches of ${fit.batchSize}` });
  return settings;
}

function listed(values) {
  return values.length === 1 ? String(values[0]) : `${values.slice(0, -1).join(', ')} and ${values.at(-1)}`;
}
