#!/usr/bin/env bash
# Checks (default) or rewrites (--write) the C++ sources' formatting against
# .clang-format: every tracked .cpp and .hpp file.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
mapfile -t files < <(git ls-files '*.cpp' '*.hpp')
if [ "${1:-}" = --write ]; then
  clang-format -i "${files[@]}"
else
  clang-format --dry-run -Werror "${files[@]}"
fi
