// The page's side of the training worker: fire-and-forget commands, requests
// that resolve with the worker's reply, and every other message (data, run,
// snapshot, failed) handed to onMessage.
export class TrainingClient {
  #worker;
  #nextId = 0;
  #waiting = new Map();

  constructor(onMessage) {
    this.#worker = new Worker(new URL('./training-worker.js', import.meta.url), { type: 'module' });
    this.#worker.onmessage = ({ data }) => (data.type === 'reply' ? this.#settle(data) : onMessage(data));
    this.#worker.onerror = (event) => onMessage({ type: 'failed', message: `The training worker stopped: ${event.message}` });
  }

  /** play | pause | step | reset */
  send(type) {
    this.#worker.postMessage({ type });
  }

  /** configure | exportModel | checkSpec: resolves with the result, rejects with the engine's message. */
  request(type, payload = {}) {
    const id = this.#nextId++;
    this.#worker.postMessage({ type, id, ...payload });
    return new Promise((resolve, reject) => this.#waiting.set(id, { resolve, reject }));
  }

  terminate() {
    this.#worker.terminate();
    this.#waiting.clear();
  }

  #settle({ id, result, error }) {
    const waiting = this.#waiting.get(id);
    this.#waiting.delete(id);
    if (error === undefined) waiting?.resolve(result);
    else waiting?.reject(new Error(error));
  }
}
