// The single-file lesson's script (scripts/embed-build.mjs inlines it, and
// everything it imports, into dist/single/<id>.html): <deep-lesson> with the
// engine and its worker inlined too, so that the file works where nothing
// else can be loaded — opened from disk (file://), offline, or uploaded to a
// learning platform that takes one file.
import EngineWorker from './embed/engine-worker.js?worker&inline';
// The engine's wasm as base64 text (a virtual module of scripts/embed-build.mjs).
import wasmBase64 from 'deep-playground:engine-wasm-base64';
import { shareEngine } from './embed/shared-engine.js';
import './embed/deep-lesson.js';

shareEngine({
  compile: async () => WebAssembly.compile(base64Bytes(wasmBase64)),
  startWorker: ({ name } = {}) => new EngineWorker({ name }),
});

function base64Bytes(base64) {
  const text = atob(base64);
  const bytes = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i += 1) bytes[i] = text.charCodeAt(i);
  return bytes;
}
