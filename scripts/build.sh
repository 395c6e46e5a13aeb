#!/usr/bin/env bash
# Builds the engine twice: natively (with the doctest suite) into build/native,
# and to WebAssembly into bindings/wasm/ (engine.mjs + engine.wasm); then the
# web site into dist/ with Vite. Configures each tree once; later runs only
# rebuild what changed. The site build is followed by the embedding builds
# (vite.embed.config.js) into the same dist/, and by the test build of the site
# into build/test-site/: the same site plus the hook the browser tests use to
# crash the training worker (web/worker/test-hooks.js), which dist/ leaves out.
#   scripts/build.sh          everything
#   scripts/build.sh engine   the engine only (npm start serves web/ live)
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

jobs=${JOBS:-2}

configured() { [ -f "$1/CMakeCache.txt" ] && [ -f "$1/Makefile" ]; }

echo "build: native (build/native)"
if ! configured build/native; then
  cmake -S . -B build/native -DCMAKE_BUILD_TYPE=Release
fi
cmake --build build/native -j"$jobs"

echo "build: wasm (build/wasm -> bindings/wasm/)"
# Debian's emscripten finds its JS dependencies (acorn) only through NODE_PATH.
export NODE_PATH=/usr/share/nodejs${NODE_PATH:+:$NODE_PATH}
if ! configured build/wasm; then
  emcmake cmake -S . -B build/wasm -DCMAKE_BUILD_TYPE=Release
fi
cmake --build build/wasm -j"$jobs"
node scripts/engine-defaults.mjs

if [ "${1:-all}" != engine ]; then
  echo "build: web site (web/ -> dist/)"
  npx vite build --logLevel warn
  echo "build: embedding library (dist/embed.js) and single-file lessons (dist/single/)"
  npx vite build --config vite.embed.config.js
  npx vite build --config vite.embed.config.js --mode single
  cp LICENSE THIRD-PARTY-NOTICES dist/
  echo "build: test site, with the worker crash hook (build/test-site/)"
  npx vite build --mode test --outDir ../build/test-site --logLevel warn
fi
