// The page's side of the training worker, shared by the playground and the
// lesson pages: fire-and-forget commands, requests that resolve with the
// worker's reply, and every other message (data, run, snapshot, failed,
// lesson-progress) handed to onMessage. The worker starts with the first
// command.
//
// It also watches the worker. When the engine aborts or traps (the worker
// says 'crashed'), the worker throws where nothing catches it (an 'error'
// event) or it goes silent (no answer to a heartbeat), the worker is ended,
// every request waiting on it rejects with a WorkerLost, onCrash(reason)
// hears why in words, and the next command starts a fresh worker.
import { exposeCrashHook } from './test-hooks.js';
import { prestartTrainingWorker, startTrainingWorker } from './start-worker.js';

/** How often the page asks the worker whether it is alive. */
const HEARTBEAT_MS = 1000;
/** Silence after which an idle (or playground) worker counts as dead. */
const SILENCE_MS = 5000;
/** Before its first answer (the worker's code is still loading) and while a patient request runs. */
const PATIENT_SILENCE_MS = 60_000;

const WORKER_NAME = 'training';

/**
 * Starts the next TrainingClient's worker ahead of time, for a page that will
 * train at once; with a playground `state`, the worker also builds its data
 * and model (a 'configure'), and the client hears the answers when it starts.
 */
export function prestartTraining(state = null) {
  prestartTrainingWorker({ name: WORKER_NAME }, state ? [{ type: 'configure', state }] : []);
}

/** Why a request got no reply: the worker crashed (or the page closed it). */
export class WorkerLost extends Error {}

export class TrainingClient {
  #onMessage;
  #onCrash;
  #worker = null;
  #nextId = 0;
  #waiting = new Map(); // id -> { resolve, reject, patient, onMessage }
  #heartbeat = 0;
  #answered = false; // whether this worker has answered anything yet
  #lastHeard = 0;
  #lastBeat = 0;

  /** onMessage(message) gets every message that is not a reply; onCrash(reason) hears of each crash. */
  constructor(onMessage, { onCrash = () => {} } = {}) {
    this.#onMessage = onMessage;
    this.#onCrash = onCrash;
    if (import.meta.env.MODE === 'test') exposeCrashHook(this);
  }

  /** A command without a reply: play | pause | step | reset (and crashForTest in the test build). */
  send(type, payload = {}) {
    this.#running().postMessage({ type, ...payload });
  }

  /**
   * configure | exportModel | checkSpec | runLesson | engineCall: resolves with
   * the result, rejects with the engine's message (or a WorkerLost). Messages
   * that carry the request's id before its reply (a lesson run's progress
   * frames) go to options.onMessage. A patient request (a lesson run) may keep
   * the worker busy without a word for long.
   */
  request(type, payload = {}, { patient = false, onMessage } = {}) {
    const worker = this.#running();
    // A prestarted worker that had crashed before this first request (see #running).
    if (worker !== this.#worker)
      return Promise.reject(new WorkerLost('The training engine crashed before it could answer.'));
    const id = this.#nextId++;
    worker.postMessage({ type, id, ...payload });
    return new Promise((resolve, reject) => this.#waiting.set(id, { resolve, reject, patient, onMessage }));
  }

  /** Ends the worker; waiting requests reject with a WorkerLost saying `reason`, or are dropped when none is given. */
  terminate(reason) {
    this.#stop();
    const waiting = [...this.#waiting.values()];
    this.#waiting.clear();
    if (reason) waiting.forEach(({ reject }) => reject(new WorkerLost(reason)));
  }

  #running() {
    if (this.#worker) return this.#worker;
    const { worker, early } = startTrainingWorker({ name: WORKER_NAME });
    worker.onmessage = ({ data }) => worker === this.#worker && this.#receive(data);
    worker.onerror = (event) => {
      event.preventDefault();
      if (worker === this.#worker)
        this.#crash(event.message ? `an error in the worker: ${event.message}` : 'the worker could not be loaded');
    };
    this.#worker = worker;
    this.#answered = false;
    this.#lastHeard = this.#lastBeat = performance.now();
    this.#heartbeat = setInterval(() => this.#beat(), HEARTBEAT_MS);
    // What a prestarted worker said before this client took it, in order.
    for (const event of early) worker[`on${event.type}`]?.(event);
    return worker;
  }

  #receive(message) {
    this.#answered = true;
    this.#lastHeard = performance.now();
    if (message.type === 'pong') return;
    if (message.type === 'crashed') this.#crash(message.message);
    else if (message.type === 'reply') this.#settle(message);
    else if (this.#waiting.has(message.id)) this.#waiting.get(message.id).onMessage?.(message);
    else this.#onMessage(message);
  }

  #settle({ id, result, error }) {
    const waiting = this.#waiting.get(id);
    this.#waiting.delete(id);
    if (error === undefined) waiting?.resolve(result);
    else waiting?.reject(new Error(error));
  }

  #beat() {
    const now = performance.now();
    // A page that was frozen or throttled may not have read the answers queued for it: start counting afresh.
    const pageStalled = now - this.#lastBeat > 3 * HEARTBEAT_MS;
    this.#lastBeat = now;
    if (pageStalled) this.#lastHeard = now;
    const patient = !this.#answered || [...this.#waiting.values()].some((w) => w.patient);
    const silence = now - this.#lastHeard;
    if (silence > (patient ? PATIENT_SILENCE_MS : SILENCE_MS)) {
      this.#crash(`it stopped answering for ${Math.round(silence / 1000)} seconds`);
      return;
    }
    this.#worker.postMessage({ type: 'ping' });
  }

  #crash(reason) {
    this.terminate(`The training engine crashed (${reason}). It restarts by itself: try again.`);
    this.#onCrash(reason);
  }

  #stop() {
    clearInterval(this.#heartbeat);
    this.#worker?.terminate();
    this.#worker = null;
  }
}
