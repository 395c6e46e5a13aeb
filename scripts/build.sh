#!/usr/bin/env bash
# Builds the engine twice: natively (with the doctest suite) into build/native,
# and to WebAssembly into bindings/wasm/ (engine.mjs + engine.wasm); then the
# web site into dist/ with Vite. Configures each tree once; later runs only
# rebuild what changed. The site build is followed by the embedding builds
# (vite.embed.config.js) into the same dist/, the API reference from the type
# declarations (typedoc.json) into dist/api/, and the test build of the site
# into build/test-site/: the same site plus the hook the browser tests use to
# crash the training worker (web/worker/test-hooks.js), which dist/ leaves out.
#   scripts/build.sh          everything
#   scripts/build.sh engine   the engine only (npm start serves web/ live)
#   scripts/build.sh package  what the npm package carries: the wasm engine and dist/ (npm pack's prepack)
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

mode=${1:-all}
case "$mode" in
  all | engine | package) ;;
  *) echo "build: unknown target '$mode' (all, engine or package)" >&2 && exit 2 ;;
esac
jobs=${JOBS:-2}

# Stops with the one thing to do when a tool the build needs is missing.
need() {
  for tool in "$@"; do
    if ! command -v "$tool" >/dev/null; then
      echo "build: '$tool' is not on PATH; building Deep Playground needs the toolchain that scripts/setup.sh installs (see CONTRIBUTING.md)" >&2
      exit 1
    fi
  done
}
need cmake make node npx
[ "$mode" = package ] || need c++
[ "$mode" = engine ] || [ -x node_modules/.bin/vite ] || {
  echo "build: node_modules/ has no Vite; run 'npm ci' (or scripts/setup.sh) first" >&2
  exit 1
}

configured() { [ -f "$1/CMakeCache.txt" ] && [ -f "$1/Makefile" ]; }

if [ "$mode" != package ]; then
  echo "build: native (build/native)"
  if ! configured build/native; then
    cmake -S . -B build/native -DCMAKE_BUILD_TYPE=Release
  fi
  cmake --build build/native -j"$jobs"
fi

echo "build: wasm (build/wasm -> bindings/wasm/)"
need emcmake em++
# Debian's emscripten finds its JS dependencies (acorn) only through NODE_PATH.
export NODE_PATH=/usr/share/nodejs${NODE_PATH:+:$NODE_PATH}
if ! configured build/wasm; then
  emcmake cmake -S . -B build/wasm -DCMAKE_BUILD_TYPE=Release
fi
cmake --build build/wasm -j"$jobs"
node scripts/engine-defaults.mjs

if [ "$mode" != engine ]; then
  echo "build: web site (web/ -> dist/)"
  npx vite build --logLevel warn
  echo "build: embedding library (dist/embed.js) and single-file lessons (dist/single/)"
  npx vite build --config vite.embed.config.js
  npx vite build --config vite.embed.config.js --mode single
  echo "build: API reference (bindings/*.d.ts -> dist/api/)"
  npx typedoc --logLevel Warn
  cp LICENSE THIRD-PARTY-NOTICES dist/
fi
if [ "$mode" = all ]; then
  echo "build: test site, with the worker crash hook (build/test-site/)"
  npx vite build --mode test --outDir ../build/test-site --logLevel warn
fi
