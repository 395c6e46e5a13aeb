// The exercise's side of the training worker (its own, or the lesson page's):
// open(exercise) reads an exercise there, as the grader does, and resolves
// with what the page shows of it (exercise-grader.js: openExercise);
// grade(exercise, spec, onProgress) grades a learner's network with the
// exercise's own seeds and resolves with the grader's result. Progress
// frames ({ type: 'exercise-progress', seed, seedIndex, seeds, epoch,
// epochs }) go to onProgress. The worker starts with the first request; one
// that crashes or goes silent is the TrainingClient's business: the request
// fails with words saying so, and the next one starts a fresh worker.
import { TrainingClient } from './training-client.js';

export class ExerciseClient {
  #client;

  /** client: the TrainingClient whose worker grades (a new one by default). */
  constructor(client = new TrainingClient(() => {})) {
    this.#client = client;
  }

  /** The exercise (its JSON text or object) as the page shows it; rejects naming its first bad field. */
  open(exercise) {
    return this.#client.request('openExercise', { exercise }, { patient: true });
  }

  /** The grader's { passed, status, message, metrics } for the model spec `spec`, and what it `trained` (exercise-grader.js). */
  grade(exercise, spec, onProgress = () => {}) {
    return this.#client.request('grade', { exercise, spec }, { patient: true, onMessage: onProgress });
  }

  terminate() {
    this.#client.terminate('The exercise was closed.');
  }
}
