// The worker's half of shared-engine.js: the engine comes from the page as
// the message { type: 'engine-source', wasm | error } instead of from a fetch
// of engine.wasm. Imported before training-worker.js, so that its listener
// runs first and keeps that message from the worker's command handler.
import { setEngineSource } from '../../bindings/index.js';

let settle;
setEngineSource(new Promise((resolve, reject) => (settle = { resolve, reject })));

self.addEventListener('message', function receive(event) {
  if (event.data?.type !== 'engine-source') return;
  event.stopImmediatePropagation();
  self.removeEventListener('message', receive);
  if (event.data.error) settle.reject(new Error(event.data.error));
  else settle.resolve(event.data.wasm);
});
