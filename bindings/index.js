// The public JS API of Deep Playground, the same in Node and browsers:
//   const dp = await loadEngine(); dp.dataset(...); dp.model(spec) ...
import createEngineModule from './wasm/engine.mjs';
import { describe, toJson, download } from './arrays.js';
import { Model } from './model.js';

let enginePromise = null;

/** Loads the wasm engine once per page or process; later calls share it. */
export function loadEngine() {
  enginePromise ??= instantiate().then((module) => new Engine(module));
  return enginePromise;
}

async function instantiate() {
  const wasmUrl = new URL('./wasm/engine.wasm', import.meta.url);
  const isNode = typeof process !== 'undefined' && process.versions?.node && wasmUrl.protocol === 'file:';
  if (isNode) {
    // The glue's own loader fetches, which Node cannot do for file paths (TOOLCHAIN gotcha 4).
    const { readFile } = await import(/* @vite-ignore */ 'node:fs/promises');
    return createEngineModule({ wasmBinary: await readFile(wasmUrl) });
  }
  return createEngineModule({ locateFile: () => wasmUrl.href });
}

class Engine {
  constructor(module) {
    this.module = module;
  }

  /** A seeded data set: { train: {x, y, n}, test: {x, y, n}, inputs, outputs, classes, labelWidth, task }. */
  dataset(name, options = {}) {
    if (typeof name !== 'string') throw new Error(`dataset: ${describe(name)} must be a data set name`);
    if (options === null || typeof options !== 'object') {
      throw new Error(`dataset options: ${describe(options)} must be an object`);
    }
    const handle = new this.module.DatasetHandle(name, toJson(options));
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
      };
    } finally {
      handle.delete();
    }
  }

  /** Builds a model from a spec (see DESIGN.md); throws an Error naming any bad field. */
  model(spec) {
    const json = typeof spec === 'string' ? spec : toJson(spec);
    if (spec === null || (typeof spec !== 'object' && typeof spec !== 'string')) {
      throw new Error(`spec: ${describe(spec)} must be an object`);
    }
    const error = this.module.checkSpec(json);
    if (error) throw new Error(error);
    return new Model(this.module, new this.module.ModelSession(json));
  }
}
