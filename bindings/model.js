// A trained-in-wasm model as users see it: Keras-like fit / predict /
// evaluate, weights in and out, and explicit dispose() (with a
// FinalizationRegistry as the safety net for a forgotten one).
import { toFloat32, toJson, upload, download, describe, lengthOf, nestedShape } from './arrays.js';
import { assertAlive, hasAborted } from './aborts.js';

// A forgotten model's wasm objects are freed when it is collected, unless its engine aborted (nothing left to free).
const reclaim = new FinalizationRegistry(
  ({ module, handles }) => hasAborted(module) || handles.forEach((h) => h.isDeleted() || h.delete()),
);

export class Model {
  #module;
  #session;
  #buffers;
  #fitting = false;

  constructor(module, session) {
    this.#module = module;
    this.#session = session;
    const buffer = () => new module.FloatBuffer();
    // One pair per caller, so predict/evaluate/trainBatch inside onEpoch leave fit's data alone.
    const names = ['x', 'y', 'valX', 'valY', 'evalX', 'evalY', 'batchX', 'batchY', 'predX', 'out'];
    this.#buffers = Object.fromEntries(names.map((name) => [name, buffer()]));
    reclaim.register(this, { module, handles: [session, ...Object.values(this.#buffers)] }, this);
  }

  /**
   * Trains for options.epochs epochs; returns { loss, accuracy?, valLoss?, valAccuracy?, diverged? }.
   * onEpoch may predict and evaluate, but not fit or trainBatch this model; dispose() in it ends the fit.
   */
  fit(data, options = {}) {
    const session = this.#trainable('fit');
    if (options === null || typeof options !== 'object') {
      throw new Error(`options: ${describe(options)} must be an object`);
    }
    const { validation, onEpoch, ...engineOptions } = options;
    if (onEpoch !== undefined && typeof onEpoch !== 'function') {
      throw new Error(`options.onEpoch: ${describe(onEpoch)} must be a function`);
    }
    checkData(data, 'data');
    if (validation !== undefined) checkData(validation, 'validation');
    const [valX, valY] = validation === undefined ? [0, 0] : [lengthOf(validation.x), lengthOf(validation.y)];
    plan(session.planFit(toJson(engineOptions), lengthOf(data.x), lengthOf(data.y), valX, valY));
    const train = this.#uploadData(data, 'data', 'x', 'y');
    this.#check(session.prepareFit(toJson(engineOptions), train.x, train.y), train.names);
    const val = validation === undefined ? null : this.#uploadData(validation, 'validation', 'valX', 'valY');
    if (val) this.#evaluateUploaded(val, 'validation');
    this.#fitting = true;
    try {
      return this.#fitEpochs(session, train, val, onEpoch);
    } finally {
      this.#fitting = false;
    }
  }

  #fitEpochs(session, train, val, onEpoch) {
    const hasAccuracy = session.hasAccuracy();
    const history = { loss: [] };
    if (hasAccuracy) history.accuracy = [];
    if (val) {
      history.valLoss = [];
      if (hasAccuracy) history.valAccuracy = [];
    }
    const epochs = session.fitEpochs();
    for (let epoch = 0; epoch < epochs; epoch++) {
      const result = session.fitEpoch(train.x, train.y);
      if (result.diverged) {
        // The engine's NaN: no step of this model had a finite loss yet.
        const lastLoss = Number.isNaN(result.lastLoss) ? null : result.lastLoss;
        history.diverged = { epoch, step: result.step, lastLoss };
        break;
      }
      const logs = { loss: result.loss };
      if (hasAccuracy) logs.accuracy = result.accuracy;
      if (val) {
        const v = this.#evaluateUploaded(val, 'validation');
        logs.valLoss = v.loss;
        if (hasAccuracy) logs.valAccuracy = v.accuracy;
      }
      for (const key of Object.keys(logs)) history[key].push(logs[key]);
      if (onEpoch && onEpoch(epoch, logs) === false) break;
      if (this.disposed) break;
    }
    return history;
  }

  /** Loss (with regularization, as Keras reports it) and accuracy at inference. */
  evaluate(x, y) {
    const session = this.#live();
    plan(session.planEvaluate('evaluate', lengthOf(x), lengthOf(y)));
    return this.#evaluateUploaded(this.#uploadData({ x, y }, 'data', 'evalX', 'evalY'), 'data');
  }

  /** One optimizer step on the given batch; returns its loss (NaN/Infinity: step skipped, weights kept). */
  trainBatch(x, y) {
    const session = this.#trainable('trainBatch');
    plan(session.planTrainBatch(lengthOf(x), lengthOf(y)));
    const data = this.#uploadData({ x, y }, 'data', 'batchX', 'batchY');
    this.#check(session.trainBatch(data.x, data.y), data.names);
    return session.lastLoss();
  }

  /** Outputs for rows of x, as a Float32Array [n, outputs]. */
  predict(x) {
    const session = this.#live();
    plan(session.planPredict(lengthOf(x)));
    upload(this.#module, this.#buffers.predX, toFloat32(x, 'predict.x'));
    this.#check(session.predict(this.#buffers.predX, this.#buffers.out), ['predX']);
    return download(this.#module, this.#buffers.out.address(), this.#buffers.out.size());
  }

  /** Every dense layer's activations for rows of x: one Float32Array [n, units] per dense layer. */
  layerOutputs(x) {
    const session = this.#live();
    plan(session.planLayerOutputs(lengthOf(x)));
    upload(this.#module, this.#buffers.predX, toFloat32(x, 'layerOutputs.x'));
    this.#check(session.layerOutputs(this.#buffers.predX), ['predX']);
    const outputs = [];
    for (let d = 0; d < session.denseCount(); d++) {
      outputs.push(download(this.#module, session.layerOutputAddress(d), session.layerOutputSize(d)));
    }
    return outputs;
  }

  /** Per dropout layer, the last training batch's mask: { rows, units, mask } with 0 where a unit was dropped. */
  dropoutMasks() {
    const session = this.#live();
    const masks = [];
    for (let i = 0; i < session.dropoutCount(); i++) {
      const rows = session.dropoutRows(i);
      const units = session.dropoutUnits(i);
      const mask = rows ? download(this.#module, session.dropoutMaskAddress(i), rows * units) : new Float32Array(0);
      masks.push({ rows, units, mask });
    }
    return masks;
  }

  /** Per dense layer: kernel [inputs, units] row-major, then bias [units] (Keras order). */
  getWeights() {
    const session = this.#live();
    const weights = [];
    for (let i = 0; i < session.parameterCount(); i++) {
      weights.push(download(this.#module, session.parameterAddress(i), session.parameterSize(i)));
    }
    return weights;
  }

  setWeights(weights) {
    const session = this.#live();
    if (!Array.isArray(weights) || weights.length !== session.parameterCount()) {
      throw new Error(
        `weights: expected an array of ${session.parameterCount()} arrays (kernel and bias per dense layer), got ${describe(weights)}`,
      );
    }
    weights.forEach((w, i) => {
      const shape = nestedShape(w);
      const expected = JSON.parse(session.parameterShape(i));
      if (shape && String(shape) !== String(expected)) {
        throw new Error(
          `weights[${i}]: shape [${shape.join(', ')}], but ${session.parameterDescription(i)} is expected`,
        );
      }
    });
    const staged = weights.map((w, i) => toFloat32(w, `weights[${i}]`));
    staged.forEach((w, i) => {
      if (w.length !== session.parameterSize(i)) {
        throw new Error(
          `weights[${i}]: ${w.length} numbers, but ${session.parameterDescription(i)} holds ${session.parameterSize(i)}`,
        );
      }
      // All or nothing: a bad array must not leave the layers before it overwritten.
      const bad = w.findIndex((v) => !Number.isFinite(v));
      if (bad >= 0) throw new Error(`weights[${i}][${bad}]: ${w[bad]} is not a finite number`);
    });
    staged.forEach((w, i) => {
      const error = session.setParameter(i, upload(this.#module, this.#buffers.out, w));
      if (error) throw new Error(error);
    });
  }

  /** The full spec, every default spelled out; dp.model(toSpec()) rebuilds the same model. */
  toSpec() {
    return JSON.parse(this.#live().specJson());
  }

  /** Python source that builds and compiles the same model in Keras 3. */
  toKeras() {
    return this.#live().kerasSource();
  }

  dispose() {
    if (!this.#session) return;
    reclaim.unregister(this);
    // An engine that aborted has no memory left to free.
    if (!hasAborted(this.#module)) [this.#session, ...Object.values(this.#buffers)].forEach((h) => h.delete());
    this.#session = null;
  }

  get disposed() {
    return this.#session === null;
  }

  #live() {
    assertAlive(this.#module);
    if (!this.#session) throw new Error('model: used after dispose()');
    return this.#session;
  }

  // The session, unless a fit() of this model is running (its onEpoch is calling): training it again would move that fit's data.
  #trainable(call) {
    const session = this.#live();
    if (this.#fitting) {
      throw new Error(
        `${call}: this model's fit() is running (called from its onEpoch); train it after that fit ends, or return false from onEpoch to end it`,
      );
    }
    return session;
  }

  // Copies { x, y } into the buffers named xName and yName: { x, y } those buffers, and their names.
  #uploadData(data, field, xName, yName) {
    checkData(data, field);
    return {
      x: upload(this.#module, this.#buffers[xName], toFloat32(data.x, `${field}.x`)),
      y: upload(this.#module, this.#buffers[yName], toFloat32(data.y, `${field}.y`)),
      names: [xName, yName],
    };
  }

  // Throws the engine's `error`, if any, after giving back the memory of the buffers the refused call filled.
  #check(error, bufferNames) {
    if (!error) return;
    bufferNames.forEach((name) => this.#buffers[name].release());
    throw new Error(error);
  }

  #evaluateUploaded(data, name) {
    const session = this.#session;
    this.#check(session.evaluate(data.x, data.y, name), data.names);
    const { loss, accuracy } = session.evaluation();
    return Number.isNaN(accuracy) ? { loss } : { loss, accuracy };
  }
}

function checkData(data, field) {
  if (data === null || typeof data !== 'object' || data.x === undefined || data.y === undefined) {
    throw new Error(`${field}: expected { x, y } (as dp.dataset(...).train gives), got ${describe(data)}`);
  }
}

// A call over the memory budget is refused before its data is copied into wasm memory.
function plan(error) {
  if (error) throw new Error(error);
}
