// web/worker/ — training: the worker that runs the engine (training-worker.js and
// what it runs) and the page-side clients and controllers that talk to it.
//
// The lesson page's side of the training worker (one worker per page):
// run(lessonId, { seed, only }, onProgress) runs the lesson's experiment (or
// only the runs labelled in `only`, for a widget that retrains one) there and
// resolves with { results, compute, timing }; call(method, ...args) asks the
// engine for a loss surface or an optimizer path. Progress frames
// ({ type: 'lesson-progress', id, lessonId, label, kind, epoch, epochs, logs,
// history (the epochs since the previous frame), boundary?, dropped?,
// neurons? }) go to the onProgress of the request they belong to, so the
// page's experiment and a widget's run can be in flight at once. The worker
// (and the engine in it) starts with the first request, so reading a lesson
// costs nothing until something needs the engine; the page's exercise may
// share it (an ExerciseClient on the same TrainingClient). A crashed worker is the
// TrainingClient's business: the request in flight fails with words saying
// so, and the next one starts a fresh worker.
import { TrainingClient } from './training-client.js';

export class LessonClient {
  #client;

  /** client: the TrainingClient whose worker runs the lessons (a new one by default). */
  constructor(client = new TrainingClient(() => {})) {
    this.#client = client;
  }

  /**
   * Runs the lesson's default experiment (every seed replaced by `seed`, when
   * given; only the runs labelled in `only`, when given; a figure lesson's runs
   * for control values `settings`, when given). A request on a `channel`
   * supersedes the one before it on that channel: the worker drops the older
   * one before its next run, and it rejects.
   */
  run(lessonId, { seed, only, settings, channel } = {}, onProgress = () => {}) {
    const payload = {
      lessonId,
      ...(seed !== undefined && { seed }),
      ...(only && { only }),
      ...(settings && { settings }),
      ...(channel && { channel }),
    };
    return this.#client.request('runLesson', payload, { patient: true, onMessage: onProgress });
  }

  /** dp[method](...args) in the worker, for method 'surface' or 'optimizerPath'. */
  call(method, ...args) {
    return this.#client.request('engineCall', { method, args }, { patient: true });
  }

  terminate() {
    this.#client.terminate('The lesson page was closed.');
  }
}
