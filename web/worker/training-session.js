// One playground run inside the worker: the data, the model, and training in
// short slices so that commands (pause, new settings) are heard between
// them. After each slice it posts a snapshot of what the page draws, a few
// times a second: losses, weights, the decision boundary, every neuron's
// output over the plane and the dropout masks.
import { buildTrainingData } from './training-data.js';
import { changeBetween } from '../domain/change-kind.js';
import { featureRows } from '../domain/features.js';
import { BOUNDARY_GRID, NEURON_GRID, planeGrid } from '../domain/plane.js';
import { SPEEDS } from '../domain/choices.js';

/** Training work between two looks at the message queue. */
const SLICE_MS = 8;
/** Time between snapshots (longer when a snapshot itself is slow to take). */
const SNAPSHOT_MS = 125;
/** Epochs owed at a finite speed pile up for at most this long (no bursts after a stall). */
const MAX_BACKLOG_S = 0.1;

const BOUNDARY_POINTS = planeGrid(BOUNDARY_GRID);
const NEURON_POINTS = planeGrid(NEURON_GRID);

const emptyHistory = () => ({ loss: [], accuracy: [], valLoss: [], valAccuracy: [] });

export class TrainingSession {
  #dp;
  #post;
  #state = null;
  #data = null;
  #probes = null; // feature rows of the plane's grids, for 2-D data
  #model = null;
  #epoch = 0;
  #latest = null; // the last epoch's { loss, accuracy, valLoss, valAccuracy }
  #newEpochs = emptyHistory(); // per-epoch values not yet posted
  #diverged = null;
  #playing = false;
  #owed = 0; // epochs owed at the chosen speed
  #lastTick = 0;
  #lastSnapshot = 0;
  #snapshotCost = 0;
  #wakePending = false;
  #wakeChannel = new MessageChannel(); // a zero-delay wake-up, unlike setTimeout's clamped one

  /** post(message, transfer): sends to the page, transferring the message's buffers when asked. */
  constructor(dp, post) {
    this.#dp = dp;
    this.#post = post;
    this.#wakeChannel.port1.onmessage = () => this.#wake();
  }

  /** Frees the model and closes the wake-up channel: in a worker the session lasts as long as the worker; in Node, it ends here. */
  dispose() {
    this.#playing = false;
    this.#model?.dispose();
    this.#model = null;
    this.#wakeChannel.port1.close();
  }

  /**
   * Applies a playground state (with `local`, a loaded file's data, for the
   * 'local' data set); throws (leaving the run as it was) when the engine
   * rejects it.
   */
  configure(state, local) {
    const change = this.#state ? changeBetween(this.#state, state) : 'data';
    const data = ['data', 'drawn'].includes(change) ? buildTrainingData(this.#dp, state, local) : this.#data;
    const model = ['data', 'model', 'training'].includes(change) ? this.#dp.model(state.spec) : this.#model;
    if (change === 'training') {
      model.setWeights(this.#model.getWeights());
      this.#diverged = null;
    }
    if (model !== this.#model) this.#model?.dispose();
    this.#state = state;
    this.#model = model;
    if (data !== this.#data) {
      this.#data = data;
      this.#probes = data.shape.planar ? probesFor(state.features) : null;
      this.#postData();
    }
    if (change === 'data' || change === 'model') this.#startRun();
    else if (change === 'drawn') this.#postSnapshot();
    if (this.#playing) this.#schedule(0);
  }

  play() {
    if (this.#diverged || this.#data.train.n === 0) return this.#postSnapshot();
    this.#playing = true;
    // The first epoch trains and shows at once; the pace and the snapshot rate apply after it.
    this.#owed = 1;
    this.#lastSnapshot = 0;
    this.#lastTick = performance.now();
    this.#schedule(0);
  }

  pause() {
    this.#playing = false;
    this.#postSnapshot();
  }

  /** One epoch, then a snapshot. */
  step() {
    this.#playing = false;
    if (!this.#diverged && this.#data.train.n > 0) this.#trainEpoch();
    this.#postSnapshot();
  }

  /** Back to epoch 0 with freshly initialized weights, paused. */
  reset() {
    const model = this.#dp.model(this.#state.spec);
    this.#model.dispose();
    this.#model = model;
    this.#playing = false;
    this.#startRun();
  }

  /** Sets entry `index` of the kernel of dense layer `layer` to `value`, then shows the network with it. */
  setWeight(layer, index, value) {
    const weights = this.#model.getWeights();
    const kernel = Number.isInteger(layer) ? weights[2 * layer] : undefined;
    if (!kernel) throw new Error(`setWeight: layer must be 0 to ${weights.length / 2 - 1}, not ${layer}`);
    if (!Number.isInteger(index) || index < 0 || index >= kernel.length)
      throw new Error(`setWeight: index must be an integer from 0 to ${kernel.length - 1}, not ${index}`);
    if (!Number.isFinite(value)) throw new Error(`setWeight: value must be a finite number, not ${value}`);
    kernel[index] = value;
    this.#model.setWeights(weights);
    this.#postSnapshot();
  }

  /**
   * The trained model as files want it (model-files.js): { spec (every default spelled out), weights, keras,
   * run }, run being what it was trained on and how: { features, fit, train, test }.
   */
  exportModel() {
    const { shape, train, test, shown } = this.#data;
    const run = {
      features: shape.planar ? this.#state.features : null,
      // Epoch after epoch with the engine's fit defaults (shuffled): one fit of as many epochs.
      fit: { ...this.#dp.fitOptions({ batchSize: this.#state.batchSize }), epochs: this.#epoch },
      // The rows before the feature columns, the labels as trained on.
      train: { x: shown.train.x, y: train.y, n: train.n },
      test: { x: shown.test.x, y: test.y, n: test.n },
    };
    return { spec: this.#model.toSpec(), weights: this.#model.getWeights(), keras: this.#model.toKeras(), run };
  }

  /** A spec the engine accepts, with every default spelled out; throws the engine's message otherwise. */
  checkSpec(spec) {
    const model = this.#dp.model(spec);
    try {
      return model.toSpec();
    } finally {
      model.dispose();
    }
  }

  #startRun() {
    this.#epoch = 0;
    this.#latest = null;
    this.#newEpochs = emptyHistory();
    this.#diverged = null;
    this.#post({ type: 'run' });
    this.#postSnapshot();
  }

  #schedule(delayMs) {
    if (this.#wakePending) return;
    this.#wakePending = true;
    if (delayMs > 0) setTimeout(() => this.#wake(), delayMs);
    else this.#wakeChannel.port2.postMessage(null);
  }

  #wake() {
    this.#wakePending = false;
    if (this.#playing) this.#trainSlice();
  }

  #trainSlice() {
    const started = performance.now();
    const speed = SPEEDS[this.#state.view.speed];
    const owed = this.#owed + (speed * (started - this.#lastTick)) / 1000;
    this.#owed = Math.min(owed, Math.max(1, speed * MAX_BACKLOG_S));
    this.#lastTick = started;
    while (this.#owed >= 1 && performance.now() - started < SLICE_MS && this.#trainEpoch()) this.#owed -= 1;

    const snapshotDue = performance.now() - this.#lastSnapshot >= Math.max(SNAPSHOT_MS, 4 * this.#snapshotCost);
    if (!this.#playing || snapshotDue) this.#postSnapshot();
    if (this.#playing) this.#schedule(this.#owed >= 1 ? 0 : (1000 * (1 - this.#owed)) / speed);
  }

  /** Trains one epoch; false when that paused training (the loss diverged, or it reached stopAtEpoch). */
  #trainEpoch() {
    const { train, test } = this.#data;
    const history = this.#model.fit(train, {
      epochs: 1,
      batchSize: this.#state.batchSize,
      validation: test.n > 0 ? test : undefined,
    });
    if (history.diverged) {
      const { step, lastLoss } = history.diverged;
      this.#diverged = { epoch: this.#epoch + 1, step, lastLoss };
      this.#playing = false;
      return false;
    }
    this.#epoch += 1;
    // Training pauses by itself once at the epoch the state names; Play goes on past it.
    if (this.#epoch === this.#state.stopAtEpoch) this.#playing = false;
    this.#latest = {};
    for (const [key, values] of Object.entries(history)) {
      this.#latest[key] = values[0];
      this.#newEpochs[key].push(values[0]);
    }
    return this.#playing;
  }

  // At epoch 0 nothing has been trained yet, so the untrained model is evaluated.
  #metrics() {
    if (this.#latest) return this.#latest;
    const evaluate = (split) => (split.n > 0 ? this.#model.evaluate(split.x, split.y) : {});
    const train = evaluate(this.#data.train);
    const test = evaluate(this.#data.test);
    return { loss: train.loss, accuracy: train.accuracy, valLoss: test.loss, valAccuracy: test.accuracy };
  }

  #postData() {
    const { shape, shown } = this.#data;
    this.#post({ type: 'data', settings: this.#state.data, shape, shown });
  }

  #postSnapshot() {
    const started = performance.now();
    const model = this.#model;
    const views = this.#probes
      ? { boundary: model.predict(this.#probes.boundary), neurons: model.layerOutputs(this.#probes.neurons) }
      : { testOutputs: model.predict(this.#data.test.x) };
    const history = Object.fromEntries(
      Object.entries(this.#newEpochs).map(([key, values]) => [key, Float32Array.from(values)]),
    );
    this.#newEpochs = emptyHistory();
    const snapshot = {
      type: 'snapshot',
      epoch: this.#epoch,
      playing: this.#playing,
      diverged: this.#diverged,
      metrics: this.#metrics(),
      history,
      weights: model.getWeights(),
      // The first row of the last batch: which units that example trained without.
      dropped: model
        .dropoutMasks()
        .map(({ rows, units, mask }) => (rows > 0 ? mask.slice(0, units) : new Float32Array(0))),
      ...views,
    };
    this.#post(snapshot, true);
    this.#lastSnapshot = performance.now();
    this.#snapshotCost = this.#lastSnapshot - started;
  }
}

function probesFor(features) {
  return { boundary: featureRows(BOUNDARY_POINTS, features), neurons: featureRows(NEURON_POINTS, features) };
}
