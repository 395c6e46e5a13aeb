// The embedding library, dist/embed.js: one script tag,
//   <script type="module" src="https://…/embed.js"></script>
// and the page can use <deep-lesson lesson="momentum">, <deep-playground
// spec="…"> and <deep-exercise src="…"> (web/embed/deep-lesson.js,
// deep-playground.js, deep-exercise.js).
// Everything it needs sits beside it and is found from its own URL: the
// engine (fetched and compiled once for every element on the page, however
// many), its worker, the lessons and KaTeX's fonts.
import workerUrl from './embed/engine-worker.js?worker&url';
import { shareEngine } from './embed/shared-engine.js';
import { setSiteBase } from './embed/site.js';
import './embed/deep-lesson.js';
import './embed/deep-playground.js';
import './embed/deep-exercise.js';

const wasmUrl = new URL('../bindings/wasm/engine.wasm', import.meta.url);

setSiteBase(new URL(/* @vite-ignore */ './', import.meta.url));

shareEngine({
  async compile() {
    const response = await fetch(wasmUrl);
    if (!response.ok) throw new Error(`${wasmUrl} answered ${response.status}`);
    // Streaming compilation needs the server to say application/wasm.
    if (response.headers.get('Content-Type')?.startsWith('application/wasm'))
      return WebAssembly.compileStreaming(response);
    return WebAssembly.compile(await response.arrayBuffer());
  },
  startWorker({ name } = {}) {
    const url = new URL(workerUrl, import.meta.url);
    if (url.origin === location.origin) return new Worker(url, { type: 'module', name });
    // A worker must come from the page's own origin; from another one, a
    // same-origin blob imports the worker's module (fetched with CORS).
    const source = `import ${JSON.stringify(url.href)};`;
    const blob = URL.createObjectURL(new Blob([source], { type: 'text/javascript' }));
    const worker = new Worker(blob, { type: 'module', name });
    const revoke = () => URL.revokeObjectURL(blob);
    worker.addEventListener('message', revoke, { once: true });
    worker.addEventListener('error', revoke, { once: true });
    return worker;
  },
});
