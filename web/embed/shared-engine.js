// One engine download per page, however many elements it embeds: every
// training worker an element starts (and every worker restarted after a
// crash) gets the same compiled WebAssembly.Module from here as its first
// message, { type: 'engine-source', wasm } (or { error }), and instantiates
// it instead of fetching engine.wasm itself (engine-source.js, in the worker).
import { setWorkerStarter } from '../worker/start-worker.js';

/**
 * compile(): a promise of the compiled engine (called once, and again only
 * after it failed); startWorker(options): a new worker running engine-worker.js.
 */
export function shareEngine({ compile, startWorker }) {
  let compiled = null;
  setWorkerStarter((options) => {
    const worker = startWorker(options);
    compiled ??= compile().catch((error) => {
      compiled = null; // the next worker tries again
      throw error;
    });
    compiled.then(
      (wasm) => worker.postMessage({ type: 'engine-source', wasm }),
      (error) =>
        worker.postMessage({ type: 'engine-source', error: `the engine could not be loaded: ${error.message}` }),
    );
    return worker;
  });
}
