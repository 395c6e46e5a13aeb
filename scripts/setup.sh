#!/usr/bin/env bash
# Installs what building and testing need, and only what is missing:
# Debian packages through apt (as root), npm packages through npm.
# Fast when everything is already there.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

DEBIAN_PACKAGES=(emscripten libxtensor-dev xtl-dev libxsimd-dev doctest-dev
  nlohmann-json3-dev cmake g++ make chromium clang-format)

installed() {
  [ "$(dpkg-query -W -f='${db:Status-Status}' "$1" 2>/dev/null)" = installed ]
}

missing=()
for pkg in "${DEBIAN_PACKAGES[@]}"; do
  installed "$pkg" || missing+=("$pkg")
done

if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" -ne 0 ]; then
    echo "setup: missing Debian packages: ${missing[*]}" >&2
    echo "setup: install them as root with:" >&2
    echo "  apt-get update && apt-get install -y ${missing[*]}" >&2
    exit 1
  fi
  echo "setup: installing ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update
  apt-get install -y "${missing[@]}"
fi

for cmd in node npm; do
  if ! command -v "$cmd" >/dev/null; then
    echo "setup: '$cmd' is not on PATH; install Node.js 20 or newer first" >&2
    exit 1
  fi
done

# node_modules/.package-lock.json is written by every npm install/ci, so it
# tells when the installed tree is older than what package*.json ask for.
stamp=node_modules/.package-lock.json
if [ ! -f "$stamp" ] || [ package.json -nt "$stamp" ] ||
   { [ -f package-lock.json ] && [ package-lock.json -nt "$stamp" ]; }; then
  if [ -f package-lock.json ]; then
    echo "setup: npm ci"
    npm ci --no-audit --no-fund
  else
    echo "setup: npm install"
    npm install --no-audit --no-fund
  fi
fi
