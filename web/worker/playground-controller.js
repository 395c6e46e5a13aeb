// The playground page's state and its training worker, as a Lit reactive
// controller: edits go to the URL hash (except in a <deep-playground>, whose
// state is its own: see open()) and to the worker (which may reject
// them with the engine's message, and then the last accepted state comes
// back); the worker's data, runs and snapshots come back for drawing. A
// link's state is untrusted: the controls show it only once the engine has
// accepted it. When the worker crashes, the page says so and a fresh worker
// takes up the same state, which the address still holds.
import { TrainingClient, WorkerLost } from './training-client.js';
import { defaultState } from '../domain/playground-state.js';
import { withLocalData } from '../domain/state-edits.js';
import { stateFromHash, stateToHash } from '../domain/url-hash.js';

const emptyHistory = () => ({ loss: [], accuracy: [], valLoss: [], valAccuracy: [] });

/** Crashes in a row (with no state accepted in between) after which the defaults are tried, and then no more restarts. */
const CRASHES_BEFORE_DEFAULTS = 2;
const CRASHES_BEFORE_GIVING_UP = 3;

export class PlaygroundController {
  /** The state the controls show (the latest edit, or the last link the engine accepted); null before the first. */
  state = null;
  /** { kind: 'error' | 'info', text } for the learner, or null. */
  notice = null;
  /** The worker's 'data' message: { settings (the data settings it was made from), shape, shown }. */
  data = null;
  /** What each data set's thumbnail draws (dataset-previews.js), once the worker has made them; null before. */
  previews = null;
  /** The latest snapshot, and every epoch's values of this run so far. */
  snapshot = null;
  history = emptyHistory();
  playing = false;
  /** The engine crashed too often to restart by itself: nothing to train until an edit starts a new one. */
  broken = false;

  #host;
  #client = null;
  #local = null; // the loaded file's data (grader/local-data.js) with its checksum: only this page has it
  #proposed = null; // the state last sent to the worker
  #proposedShown = false; // whether the controls showed it before the engine's answer (a link's state waits)
  #accepted = null; // the state the worker last accepted
  #crashes = 0; // in a row, with no state accepted in between
  #inAddress = true; // whether the state lives in the page's address
  #addressHash = null; // the hash this controller last read from the address or wrote to it
  #onHashChange = () => {
    if (location.hash !== this.#addressHash) this.#openLink();
  };

  constructor(host) {
    this.#host = host;
    host.addController(this);
  }

  hostConnected() {
    this.#client = new TrainingClient((message) => this.#receive(message), {
      onCrash: (reason) => this.#recover(reason),
    });
    // A <deep-playground> on someone's page hands its state over (initialState): that page's address is not the playground's.
    this.#inAddress = this.#host.initialState === undefined;
    if (this.#inAddress) {
      window.addEventListener('hashchange', this.#onHashChange);
      this.#openLink();
    } else this.open(this.#host.initialState);
    this.#askForPreviews();
  }

  hostDisconnected() {
    window.removeEventListener('hashchange', this.#onHashChange);
    this.#client.terminate();
    this.#accepted = null;
  }

  /**
   * Starts over from `{ state, problem, adapted }` as stateFromHash() reads it
   * (a state that passed only the page's checks waits for the engine's), for
   * a playground whose state is not in the address.
   */
  open(opened) {
    const { state, problem, adapted } = this.#withoutMissingFile(opened);
    this.notice = problem ? { kind: 'error', text: problem } : adapted && { kind: 'info', text: adapted };
    this.#accepted = null;
    this.#apply(state, { shown: problem !== null });
    this.#host.requestUpdate();
  }

  /** Trains on a loaded file: { descriptor (what data.local holds), data (grader/local-data.js) }. */
  useLocalData({ descriptor, data }) {
    this.#local = { ...data, checksum: descriptor.checksum };
    this.edit(withLocalData(this.state, descriptor));
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

  /** Gives one weight of the model a new value ({ layer, index, value }: kernel `layer`'s entry `index`); training goes on from it. */
  setWeight(change) {
    this.#client.send('setWeight', change);
  }

  /** { spec, weights, keras, run } of the model as trained so far (TrainingSession.exportModel). */
  exportModel() {
    return this.#client.request('exportModel');
  }

  /** The engine's full version of a spec; rejects with the engine's message. */
  checkSpec(spec) {
    return this.#client.request('checkSpec', { spec });
  }

  // Thumbnails are a nicety: without them (a crash first), the chooser names the data sets in words.
  async #askForPreviews() {
    try {
      this.previews = await this.#client.request('datasetPreviews');
      this.#host.requestUpdate();
    } catch {
      this.previews = null;
    }
  }

  // A link to a loaded file's data opens the defaults unless this page holds that file.
  #withoutMissingFile({ state, problem = null, adapted = null }) {
    const { local } = state.data;
    if (!local || local.checksum === this.#local?.checksum) return { state, problem, adapted };
    return {
      state: defaultState(),
      problem: `This link trains on ${local.file} (${local.rows} rows), a file loaded on its author's computer: links do not carry a file's rows, so the playground starts from its defaults. Load the file under Data to train on it.`,
      adapted: null,
    };
  }

  #openLink() {
    this.#addressHash = location.hash;
    const { state, problem, adapted } = this.#withoutMissingFile(stateFromHash(location.hash));
    this.notice = problem ? { kind: 'error', text: problem } : adapted && { kind: 'info', text: adapted };
    this.#accepted = null;
    // A state that passed only the page's checks waits for the engine's before the controls show it.
    this.#apply(state, { shown: problem !== null || location.hash.length <= 1 });
    this.#host.requestUpdate();
  }

  /** Sends `state` to the worker; `shown`: the controls show it at once rather than once the engine accepts it. */
  async #apply(state, { shown = true } = {}) {
    this.#proposed = state;
    this.#proposedShown = shown;
    if (shown) this.#show(state);
    try {
      const local = state.data.dataset === 'local' ? { local: this.#local } : {};
      await this.#client.request('configure', { state, ...local });
    } catch (error) {
      if (error instanceof WorkerLost || this.#proposed !== state) return; // a crash (see #recover) or a newer state
      if (this.#accepted) {
        this.notice = { kind: 'error', text: error.message };
        this.#apply(this.#accepted);
      } else {
        this.notice = {
          kind: 'error',
          text: `The link's settings were rejected (${error.message}), so the playground starts from its defaults.`,
        };
        this.#apply(defaultState());
      }
      return;
    }
    this.#accepted = state;
    this.#crashes = 0;
    this.broken = false;
    if (!shown && this.#proposed === state) this.#show(state);
  }

  #show(state) {
    this.state = state;
    // A hash this controller has not read is a newer link, whose hashchange is on its way: the latest link wins.
    if (this.#inAddress && location.hash === this.#addressHash) {
      window.history.replaceState(window.history.state, '', stateToHash(state));
      this.#addressHash = location.hash;
    }
    this.#host.requestUpdate();
  }

  // The worker is gone (the TrainingClient has ended it): a fresh one takes up the state, or the defaults when that keeps crashing.
  #recover(reason) {
    this.#crashes += 1;
    this.playing = false;
    if (this.#crashes >= CRASHES_BEFORE_GIVING_UP) {
      this.broken = true;
      const kept = this.#inAddress ? '; the address keeps your settings' : '';
      this.notice = {
        kind: 'error',
        text: `The training engine keeps crashing (${reason}). Reload the page to try again${kept}.`,
      };
      this.#host.requestUpdate();
      return;
    }
    const keep = this.#crashes < CRASHES_BEFORE_DEFAULTS;
    this.notice = {
      kind: 'error',
      text: keep
        ? `The training engine crashed (${reason}). It has been restarted with your settings${this.#inAddress ? ", which the page's address keeps" : ''}; the network starts again from epoch 0: press play to train it.`
        : `The training engine crashed again (${reason}), so the playground starts from its defaults.`,
    };
    const [state, shown] = !keep
      ? [defaultState(), true]
      : this.#accepted
        ? [this.#accepted, true]
        : [this.#proposed ?? defaultState(), this.#proposedShown];
    this.#accepted = null;
    this.#apply(state, { shown });
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
