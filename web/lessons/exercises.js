// The exercise that ends each lesson, by lesson id in catalog order: data
// files (web/lessons/<lesson-id>.exercise.json) that grader/exercise.js reads.
import whatIsDeepLearning from './what-is-deep-learning.exercise.json' with { type: 'json' };
import whyDeep from './why-deep.exercise.json' with { type: 'json' };
import neuralNetworks from './neural-networks.exercise.json' with { type: 'json' };
import activations from './activations.exercise.json' with { type: 'json' };
import lossFunctions from './loss-functions.exercise.json' with { type: 'json' };
import gradientDescent from './gradient-descent.exercise.json' with { type: 'json' };
import gdVsSgd from './gd-vs-sgd.exercise.json' with { type: 'json' };
import whySgd from './why-sgd.exercise.json' with { type: 'json' };
import negativeLogLikelihood from './negative-log-likelihood.exercise.json' with { type: 'json' };
import optimizers from './optimizers.exercise.json' with { type: 'json' };
import learningRate from './learning-rate.exercise.json' with { type: 'json' };
import momentum from './momentum.exercise.json' with { type: 'json' };
import dropout from './dropout.exercise.json' with { type: 'json' };
import regularization from './regularization.exercise.json' with { type: 'json' };

export const LESSON_EXERCISES = {
  'what-is-deep-learning': whatIsDeepLearning,
  'why-deep': whyDeep,
  'neural-networks': neuralNetworks,
  activations,
  'loss-functions': lossFunctions,
  'gradient-descent': gradientDescent,
  'gd-vs-sgd': gdVsSgd,
  'why-sgd': whySgd,
  'negative-log-likelihood': negativeLogLikelihood,
  optimizers,
  'learning-rate': learningRate,
  momentum,
  dropout,
  regularization,
};

/** The exercise file with this exercise id, or null. */
export function exerciseById(id) {
  return Object.values(LESSON_EXERCISES).find((exercise) => exercise.id === id) ?? null;
}
