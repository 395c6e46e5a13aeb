#!/usr/bin/env bash
# `npm run fuzz`: builds the libFuzzer targets of tests/fuzz (clang,
# -fsanitize=fuzzer,address,undefined) into build/fuzz and runs each for a
# bounded time, starting from the seed corpus in tests/fuzz/corpus/<target>/.
#   scripts/fuzz.sh [--seconds N] [--jobs N] [target ...]
#   targets: spec fit_options dataset surface data_check (default: all)
#   FUZZ_SECONDS (default 60 per target) and FUZZ_JOBS (default: cores) work too.
# Inputs found along the way go to build/fuzz/corpus/<target>/ (the repo's
# seeds stay as they are); a crash is saved to build/fuzz/artifacts/<target>/
# and fails the run: turn it into a doctest case in tests/native/ and fix it.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

seconds=${FUZZ_SECONDS:-60}
jobs=${FUZZ_JOBS:-$(nproc)}
targets=()
while [ $# -gt 0 ]; do
  case "$1" in
    --seconds) seconds=$2; shift 2 ;;
    --jobs) jobs=$2; shift 2 ;;
    -h|--help) sed -n '2,10p' "$0"; exit 0 ;;
    *) targets+=("$1"); shift ;;
  esac
done
[ ${#targets[@]} -gt 0 ] || targets=(spec fit_options dataset surface data_check)

# clang 14 with libFuzzer's runtime (libclang_rt.fuzzer in libclang-rt-14-dev).
CLANG=${CLANG:-clang++-14}
fuzzer_lib=$(ls /usr/lib/llvm-14/lib/clang/*/lib/linux/libclang_rt.fuzzer-x86_64.a 2>/dev/null | head -1 || true)
if ! command -v "$CLANG" >/dev/null || [ -z "$fuzzer_lib" ]; then
  if [ "$(id -u)" -ne 0 ]; then
    echo "fuzz: needs $CLANG and libFuzzer; install them as root with:" >&2
    echo "  apt-get update && apt-get install -y clang-14 libclang-rt-14-dev" >&2
    exit 1
  fi
  echo "fuzz: installing clang-14 libclang-rt-14-dev"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update
  apt-get install -y clang-14 libclang-rt-14-dev
fi

if ! { [ -f build/fuzz/CMakeCache.txt ] && [ -f build/fuzz/Makefile ]; }; then
  # -O1 -g with assertions on: fast enough to fuzz, readable stack traces.
  cmake -S . -B build/fuzz -DDP_FUZZ=ON -DCMAKE_CXX_COMPILER="$CLANG" -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DCMAKE_CXX_FLAGS_RELWITHDEBINFO="-O1 -g" >/dev/null
fi
echo "fuzz: building ${targets[*]} (build/fuzz)"
cmake --build build/fuzz -j"$(nproc)" --target "${targets[@]/#/fuzz_}"

export ASAN_OPTIONS=detect_leaks=1${ASAN_OPTIONS:+:$ASAN_OPTIONS}
export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1${UBSAN_OPTIONS:+:$UBSAN_OPTIONS}

run_target() {
  local t=$1 log=build/fuzz/logs/$1.log
  local dict=()
  [ "$t" = data_check ] || dict=(-dict=tests/fuzz/json.dict)
  mkdir -p "build/fuzz/corpus/$t" "build/fuzz/artifacts/$t"
  # The first directory receives new inputs; the seeds are read only.
  if "build/fuzz/fuzz_$t" "build/fuzz/corpus/$t" "tests/fuzz/corpus/$t" "${dict[@]}" \
      -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -max_len=4096 \
      -artifact_prefix="build/fuzz/artifacts/$t/" -print_final_stats=1 >"$log" 2>&1; then
    echo "ok" >"build/fuzz/logs/$t.status"
  else
    echo "crashed" >"build/fuzz/logs/$t.status"
  fi
}

mkdir -p build/fuzz/logs
echo "fuzz: ${seconds} s per target, ${jobs} at a time"
started=$SECONDS
running=0
for t in "${targets[@]}"; do
  rm -f "build/fuzz/logs/$t.status"
  run_target "$t" &
  running=$((running + 1))
  if [ "$running" -ge "$jobs" ]; then
    wait -n || true
    running=$((running - 1))
  fi
done
wait

status=0
printf '%-12s %10s %9s %8s %7s  %s\n' target executions 'exec/s' corpus seconds result
for t in "${targets[@]}"; do
  log=build/fuzz/logs/$t.log
  stat() { sed -n "s/^stat::$1: *//p" "$log" | tail -1; }
  corpus=$(find "build/fuzz/corpus/$t" -type f | wc -l)
  result=$(cat "build/fuzz/logs/$t.status" 2>/dev/null || echo crashed)
  printf '%-12s %10s %9s %8s %7s  %s\n' "$t" "$(stat number_of_executed_units)" "$(stat average_exec_per_sec)" \
    "$corpus" "$seconds" "$result"
  if [ "$result" != ok ]; then
    status=1
    echo "fuzz: $t found a crash; log: $log; input(s): $(ls "build/fuzz/artifacts/$t" | tr '\n' ' ')" >&2
    grep -m3 -E 'ERROR|runtime error|invariant broken' "$log" >&2 || true
  fi
done
echo "fuzz: done in $((SECONDS - started)) s"
exit $status
