// Writes bindings/wasm/defaults.json, the engine's defaults for what a spec
// leaves out (dp.defaults()), and bindings/wasm/limits.json, its limits
// (dp.limits()), so that the web and the CLI show and apply the values the
// engine will use without a copy of them. Run by scripts/build.sh after the
// wasm build.
import { writeFileSync } from 'node:fs';
import { loadEngine } from '../bindings/index.js';

const dp = await loadEngine();
for (const [name, value] of Object.entries({ defaults: dp.defaults(), limits: dp.limits() })) {
  writeFileSync(new URL(`../bindings/wasm/${name}.json`, import.meta.url), `${JSON.stringify(value, null, 2)}\n`);
}
