#!/usr/bin/env bash
# Builds the doctest suite with AddressSanitizer + UndefinedBehaviorSanitizer
# (and LeakSanitizer, ASan's default on Linux) into build/asan and runs it:
# any out-of-bounds access, use after free, leak or undefined behaviour fails
# the run. -O1 keeps the build under a minute or so on 2 cores.
# Configures the tree once; later runs only rebuild what changed.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

jobs=${JOBS:-2}

if ! { [ -f build/asan/CMakeCache.txt ] && [ -f build/asan/Makefile ]; }; then
  # _GLIBCXX_ASSERTIONS adds bounds checks to std::vector and friends.
  cmake -S . -B build/asan -DDP_SANITIZE=ON -DCMAKE_BUILD_TYPE=Debug \
    -DCMAKE_CXX_FLAGS_DEBUG="-O1 -g -D_GLIBCXX_ASSERTIONS" >/dev/null
fi
echo "sanitize: building build/asan (ASan + UBSan, -O1)"
cmake --build build/asan -j"$jobs" --target engine_tests

export ASAN_OPTIONS=detect_leaks=1:strict_string_checks=1:detect_stack_use_after_return=1:check_initialization_order=1${ASAN_OPTIONS:+:$ASAN_OPTIONS}
export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1${UBSAN_OPTIONS:+:$UBSAN_OPTIONS}
echo "sanitize: running the doctest suite under ASan + UBSan"
build/asan/engine_tests --no-intro
