// The public JS API of Deep Playground, the same in Node and browsers:
//   const dp = await loadEngine(); dp.dataset(...); dp.model(spec) ...
import createEngineModule from './wasm/engine.mjs';
import { describe, toJson, download } from './arrays.js';
import { Model } from './model.js';
import { assertAlive, hasAborted, watchAborts } from './aborts.js';
import { readExercise } from '../grader/exercise.js';
import { gradeSubmission } from '../grader/grade.js';

let enginePromise = null;
let engineSource = null;

/**
 * Loads the wasm engine once per page or process; later calls share it. A
 * load that failed is tried again on the next call, and an engine that has
 * aborted is replaced by a fresh one.
 */
export async function loadEngine() {
  enginePromise ??= instantiate()
    .then((module) => new Engine(module))
    .catch((error) => {
      enginePromise = null;
      throw error;
    });
  const engine = await enginePromise;
  if (!engine.aborted) return engine;
  enginePromise = null;
  return loadEngine();
}

/**
 * Grades a model spec (an object or JSON text) against an exercise (an
 * object or JSON text): checks the limits, trains once per goal seed and
 * compares the goal's metric. Resolves to { passed, status, message, metrics };
 * throws an Error naming the field if the exercise itself is invalid. Runs in
 * this thread (the deadline is checked between epochs); the CLI's grade
 * command runs each submission in a worker thread it can stop.
 */
export async function grade(exercise, spec, { engine } = {}) {
  const dp = engine ?? (await loadEngine());
  return gradeSubmission(dp, readExercise(dp, exercise), spec);
}

/**
 * Makes loadEngine() build the engine from `source` — a compiled
 * WebAssembly.Module, the wasm file's bytes, or a promise of either — instead
 * of fetching wasm/engine.wasm. Call it before the first loadEngine(). The
 * embeddings (web/embed/) fetch and compile the engine once per page and
 * hand it to every worker this way.
 */
export function setEngineSource(source) {
  engineSource = source;
}

async function instantiate() {
  if (engineSource) return instantiateFrom(await engineSource);
  const wasmUrl = new URL('./wasm/engine.wasm', import.meta.url);
  const isNode = typeof process !== 'undefined' && process.versions?.node && wasmUrl.protocol === 'file:';
  if (isNode) {
    // The glue's own loader fetches, which Node cannot do for file paths (docs/toolchain.md, gotcha 4).
    const { readFile } = await import(/* @vite-ignore */ 'node:fs/promises');
    return createEngineModule({ wasmBinary: await readFile(wasmUrl) });
  }
  return createEngineModule({ locateFile: () => wasmUrl.href });
}

function instantiateFrom(source) {
  // With a locateFile the glue never resolves engine.wasm against its own
  // URL, which may be a blob: (an inlined worker) that nothing resolves against.
  const locateFile = (file) => file;
  if (!(source instanceof WebAssembly.Module)) return createEngineModule({ wasmBinary: source, locateFile });
  return new Promise((resolve, reject) => {
    const instantiateWasm = (imports, receive) => {
      WebAssembly.instantiate(source, imports).then((instance) => receive(instance, source), reject);
      return {};
    };
    createEngineModule({ instantiateWasm, locateFile }).then(resolve, reject);
  });
}

class Engine {
  #module;

  constructor(module) {
    this.#module = module;
    watchAborts(module);
  }

  /** The Embind module; throws once the engine has aborted. */
  get module() {
    assertAlive(this.#module);
    return this.#module;
  }

  /** Whether the engine aborted (its memory is lost; loadEngine() gives a fresh one). */
  get aborted() {
    return hasAborted(this.#module);
  }

  /** The names dp.dataset() accepts, in the order the UI lists them. */
  datasetNames() {
    return this.module.datasetNames().split('\n');
  }

  /**
   * Wasm memory: { usedBytes } malloc has handed out and not taken back, and
   * { totalBytes } the wasm heap (it grows, never shrinks). For leak checks.
   */
  memory() {
    const { usedBytes, totalBytes } = this.module.memoryUse();
    return { usedBytes, totalBytes };
  }

  /**
   * A seeded data set: { train: {x, y, n}, test: {x, y, n}, inputs, outputs, classes, labelWidth, task,
   * options (what it was made with, every default filled in) }.
   */
  dataset(name, options = {}) {
    if (typeof name !== 'string') throw new Error(`dataset: ${describe(name)} must be a data set name`);
    const handle = new this.module.DatasetHandle(name, this.#optionsJson(options));
    try {
      if (handle.error) throw new Error(handle.error);
      const inputs = handle.inputs();
      const labelWidth = handle.labelWidth();
      const split = (test) => {
        const n = handle.rows(test);
        return {
          x: download(this.module, handle.address(test, false), n * inputs),
          y: download(this.module, handle.address(test, true), n * labelWidth),
          n,
        };
      };
      return {
        train: split(false),
        test: split(true),
        inputs,
        outputs: handle.outputs(),
        classes: handle.classes(),
        labelWidth,
        task: handle.task(),
        options: JSON.parse(handle.optionsJson()),
      };
    } finally {
      handle.delete();
    }
  }

  /**
   * A 2-D loss surface as a heatmap: { values: Float32Array [ny * nx] (row 0
   * at the top), nx, ny, window, start, minimum }. options: { nx, ny, window: [xmin, xmax, ymin, ymax] }.
   */
  surface(name, options = {}) {
    return this.#withBuffer((buffer) => {
      const reply = this.module.surfaceGrid(String(name), this.#optionsJson(options), buffer);
      if (reply.error) throw new Error(reply.error);
      const { window: w, info } = reply;
      return {
        values: download(this.module, buffer.address(), buffer.size()),
        nx: reply.nx,
        ny: reply.ny,
        window: [w.xmin, w.xmax, w.ymin, w.ymax],
        start: [info.startW1, info.startW2],
        minimum: { w1: info.minW1, w2: info.minW2, loss: info.minLoss },
      };
    });
  }

  /**
   * The path a real optimizer takes on a surface: { w1, w2, loss } (Float32Arrays,
   * the start first) and diverged. options: { optimizer, start: [w1, w2], steps, gradientNoise, seed }.
   */
  optimizerPath(name, options = {}) {
    return this.#withBuffer((buffer) => {
      const reply = this.module.optimizerPath(String(name), this.#optionsJson(options), buffer);
      if (reply.error) throw new Error(reply.error);
      const points = download(this.module, buffer.address(), reply.points * 3);
      const column = (c) => Float32Array.from({ length: reply.points }, (_, i) => points[i * 3 + c]);
      return { w1: column(0), w2: column(1), loss: column(2), diverged: reply.diverged };
    });
  }

  #withBuffer(use) {
    const buffer = new this.module.FloatBuffer();
    try {
      return use(buffer);
    } finally {
      buffer.delete();
    }
  }

  #optionsJson(options) {
    if (options === null || typeof options !== 'object') {
      throw new Error(`options: ${describe(options)} must be an object`);
    }
    return toJson(options);
  }

  /** `options` as model.fit() reads them, every default filled in: { epochs, batchSize, shuffle }; throws an Error naming any bad field. */
  fitOptions(options = {}) {
    const reply = this.module.fitOptions(this.#optionsJson(options));
    if (reply.error) throw new Error(reply.error);
    return JSON.parse(reply.json);
  }

  /**
   * The engine's defaults for what a spec leaves out, read off its spec
   * parser: { optimizers: { sgd, rmsprop, adam }, schedules: { constant, step,
   * exponential, cosine } }, each the fields of that type (learningRate,
   * momentum, ...; decaySteps, ...). A fresh object on every call.
   */
  defaults() {
    return JSON.parse(this.module.defaults());
  }

  /**
   * The engine's limits: { specText } characters of spec JSON read, and
   * { callBytes } of working memory one call on a model may allocate (its data
   * copies, outputs and batch buffers). A fresh object on every call.
   */
  limits() {
    return { specText: this.module.maxSpecText, callBytes: this.module.maxCallBytes };
  }

  /** Builds a model from a spec (see docs/design.md); throws an Error naming any bad field. */
  model(spec) {
    if (spec === null || (typeof spec !== 'object' && typeof spec !== 'string')) {
      throw new Error(`spec: ${describe(spec)} must be an object`);
    }
    const text = typeof spec === 'string' ? spec : toJson(spec);
    // Checked before the text is copied into wasm memory.
    const tooLong = this.module.specLengthError(text.length);
    if (tooLong) throw new Error(tooLong);
    const built = new this.module.ModelBuild(text);
    try {
      if (built.error) throw new Error(built.error);
      return new Model(this.module, built.takeSession());
    } finally {
      built.delete();
    }
  }
}
