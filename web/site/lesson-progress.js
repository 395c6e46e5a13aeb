// What the learner has done in each lesson — visited it, run its experiment,
// answered a question right, passed its exercise — kept in localStorage on
// this device only, for the marks on the lesson index. Storage may be unavailable (private mode,
// blocked cookies): then nothing is remembered and nothing breaks.
const KEY = 'deep-playground:lesson-progress';
export const STEPS = ['visited', 'ran', 'answered', 'passed'];

/** { [lessonId]: { visited?: true, ran?: true, answered?: true, passed?: true } } */
export function readProgress() {
  try {
    const value = JSON.parse(localStorage.getItem(KEY) ?? '{}');
    return value && typeof value === 'object' && !Array.isArray(value) ? value : {};
  } catch {
    return {};
  }
}

/** Records that the learner did `step` ('visited' | 'ran' | 'answered' | 'passed' the exercise) in lesson `id`. */
export function markProgress(id, step) {
  if (!STEPS.includes(step)) throw new Error(`markProgress: step must be one of ${STEPS.join(', ')}`);
  const progress = readProgress();
  if (progress[id]?.[step]) return;
  progress[id] = { ...progress[id], [step]: true };
  try {
    localStorage.setItem(KEY, JSON.stringify(progress));
  } catch {
    // Not remembered: storage is full or blocked.
  }
}
