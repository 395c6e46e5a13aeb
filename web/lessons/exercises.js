// The exercise that ends each lesson, by lesson id in catalog order: data
// files (web/lessons/<lesson-id>.exercise.json) that grader/exercise.js reads.
import whatIsDeepLearning from './what-is-deep-learning.exercise.json' with { type: 'json' };
import activations from './activations.exercise.json' with { type: 'json' };

export const LESSON_EXERCISES = {
  'what-is-deep-learning': whatIsDeepLearning,
  activations,
};

/** The exercise file with this exercise id, or null. */
export function exerciseById(id) {
  return Object.values(LESSON_EXERCISES).find((exercise) => exercise.id === id) ?? null;
}
