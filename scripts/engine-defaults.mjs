// Writes bindings/wasm/defaults.json: the engine's defaults for what a spec
// leaves out (dp.defaults()), so that the web controls show the values the
// engine will use without a copy of them. Run by scripts/build.sh after the
// wasm build.
import { writeFileSync } from 'node:fs';
import { loadEngine } from '../bindings/index.js';

const dp = await loadEngine();
writeFileSync(
  new URL('../bindings/wasm/defaults.json', import.meta.url),
  `${JSON.stringify(dp.defaults(), null, 2)}\n`,
);
