// The playground page's state and its training worker, as a Lit reactive
// controller: edits go to the URL hash and to the worker (which may reject
// them with the engine's message, and then the last accepted state comes
// back); the worker's data, runs and snapshots come back for drawing.
import { TrainingClient } from '../worker/training-client.js';
import { defaultState } from './playground-state.js';
import { stateFromHash, stateToHash } from './url-hash.js';

const emptyHistory = () => ({ loss: [], accuracy: [], valLoss: [], valAccuracy: [] });

export class PlaygroundController {
  /** The state the controls show (the latest edit). */
  state = null;
  /** { kind: 'error' | 'info', text } for the learner, or null. */
  notice = null;
  /** The worker's 'data' message: { settings (the data settings it was made from), shape, shown }. */
  data = null;
  /** The latest snapshot, and every epoch's values of this run so far. */
  snapshot = null;
  history = emptyHistory();
  playing = false;

  #host;
  #client = null;
  #accepted = null;
  #onHashChange = () => {
    if (location.hash !== stateToHash(this.state)) this.#openLink();
  };

  constructor(host) {
    this.#host = host;
    host.addController(this);
  }

  hostConnected() {
    this.#client = new TrainingClient((message) => this.#receive(message));
    window.addEventListener('hashchange', this.#onHashChange);
    this.#openLink();
  }

  hostDisconnected() {
    window.removeEventListener('hashchange', this.#onHashChange);
    this.#client.terminate();
    this.#accepted = null;
  }

  /** Applies a new state from the controls. */
  edit(state) {
    this.notice = null;
    this.#apply(state);
  }

  dismissNotice() {
    this.notice = null;
    this.#host.requestUpdate();
  }

  play() {
    this.playing = true;
    this.#client.send('play');
    this.#host.requestUpdate();
  }

  pause() {
    this.playing = false;
    this.#client.send('pause');
    this.#host.requestUpdate();
  }

  step() {
    this.#client.send('step');
  }

  reset() {
    this.#client.send('reset');
  }

  /** { spec, weights, keras } of the model as trained so far. */
  exportModel() {
    return this.#client.request('exportModel');
  }

  /** The engine's full version of a spec; rejects with the engine's message. */
  checkSpec(spec) {
    return this.#client.request('checkSpec', { spec });
  }

  #openLink() {
    const { state, problem } = stateFromHash(location.hash);
    this.notice = problem && { kind: 'error', text: problem };
    this.#accepted = null;
    this.#apply(state);
  }

  async #apply(state) {
    this.state = state;
    window.history.replaceState(window.history.state, '', stateToHash(state));
    this.#host.requestUpdate();
    try {
      await this.#client.request('configure', { state });
      this.#accepted = state;
    } catch (error) {
      if (this.state !== state) return; // a newer edit is on its way and will be judged on its own
      if (this.#accepted) {
        this.notice = { kind: 'error', text: error.message };
        this.#apply(this.#accepted);
      } else {
        this.notice = { kind: 'error', text: `The link's settings were rejected (${error.message}), so the playground starts from its defaults.` };
        this.#apply(defaultState());
      }
    }
  }

  #receive(message) {
    if (message.type === 'data') this.data = message;
    else if (message.type === 'run') {
      this.history = emptyHistory();
      this.snapshot = null;
    } else if (message.type === 'snapshot') this.#takeSnapshot(message);
    else if (message.type === 'failed') this.notice = { kind: 'error', text: message.message };
    this.#host.requestUpdate();
  }

  #takeSnapshot(snapshot) {
    for (const [key, values] of Object.entries(snapshot.history)) this.history[key].push(...values);
    this.history = { ...this.history };
    this.snapshot = snapshot;
    this.playing = snapshot.playing;
  }
}
