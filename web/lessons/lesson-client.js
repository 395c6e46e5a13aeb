// The lesson page's side of the training worker (one worker per page):
// run(lessonId, { seed }, onProgress) runs the lesson's experiment there and
// resolves with { results, compute, timing }; call(method, ...args) asks the
// engine for a loss surface or an optimizer path. Progress frames
// ({ type: 'lesson-progress', lessonId, label, kind, epoch, epochs, logs,
// history (the epochs since the previous frame), boundary?, dropped?,
// neurons? }) go to the onProgress of the run they belong to. The worker
// (and the engine in it) starts with the first request, so reading a lesson
// costs nothing until something needs the engine.
export class LessonClient {
  #worker = null;
  #nextId = 0;
  #waiting = new Map();
  #onProgress = new Map(); // lessonId -> callback of the run in flight
  #failure = null;

  #start() {
    this.#worker = new Worker(new URL('../worker/training-worker.js', import.meta.url), { type: 'module' });
    this.#worker.onmessage = ({ data }) => this.#receive(data);
    this.#worker.onerror = (event) => this.#fail(`The training worker stopped: ${event.message ?? 'it could not load'}`);
    return this.#worker;
  }

  /** Runs the lesson's default experiment (every seed replaced by `seed` when given). */
  run(lessonId, { seed } = {}, onProgress = () => {}) {
    this.#onProgress.set(lessonId, onProgress);
    return this.#request('runLesson', { lessonId, ...(seed !== undefined && { seed }) }).finally(() => {
      if (this.#onProgress.get(lessonId) === onProgress) this.#onProgress.delete(lessonId);
    });
  }

  /** dp[method](...args) in the worker, for method 'surface' or 'optimizerPath'. */
  call(method, ...args) {
    return this.#request('engineCall', { method, args });
  }

  terminate() {
    this.#worker?.terminate();
    this.#worker = null;
    for (const { reject } of this.#waiting.values()) reject(new Error('The lesson page was closed.'));
    this.#waiting.clear();
  }

  #request(type, payload) {
    if (this.#failure) return Promise.reject(new Error(this.#failure));
    const id = this.#nextId++;
    (this.#worker ?? this.#start()).postMessage({ type, id, ...payload });
    return new Promise((resolve, reject) => this.#waiting.set(id, { resolve, reject }));
  }

  #receive(message) {
    if (message.type === 'reply') {
      const waiting = this.#waiting.get(message.id);
      this.#waiting.delete(message.id);
      if (message.error === undefined) waiting?.resolve(message.result);
      else waiting?.reject(new Error(message.error));
    } else if (message.type === 'lesson-progress') {
      this.#onProgress.get(message.lessonId)?.(message);
    } else if (message.type === 'failed') {
      this.#fail(message.message);
    }
  }

  #fail(text) {
    this.#failure = text;
    for (const { reject } of this.#waiting.values()) reject(new Error(text));
    this.#waiting.clear();
  }
}
