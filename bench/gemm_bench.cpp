// Times dp::gemm against a plain 4x8 register-blocked f32x4 kernel compiled
// with the same flags: that kernel is what straightforward SIMD code reaches
// on this machine, the practical ceiling the engine's GEMM is measured against.
// The same source runs natively (SSE) and as wasm (-msimd128); it prints one
// JSON line that bench/gemm.mjs reads.
#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <vector>

#include "gemm.hpp"

#ifdef __wasm_simd128__
#include <wasm_simd128.h>
#else
#include <immintrin.h>
#endif

namespace {

#ifdef __wasm_simd128__
using F4 = v128_t;
inline F4 load(const float* p) { return wasm_v128_load(p); }
inline void store(float* p, F4 v) { wasm_v128_store(p, v); }
inline F4 splat(const float* p) { return wasm_v128_load32_splat(p); }
inline F4 zero() { return wasm_f32x4_splat(0.0f); }
inline F4 multiply_add(F4 acc, F4 a, F4 b) { return wasm_f32x4_add(acc, wasm_f32x4_mul(a, b)); }
const char* const kBuild = "wasm";
#else
using F4 = __m128;
inline F4 load(const float* p) { return _mm_loadu_ps(p); }
inline void store(float* p, F4 v) { _mm_storeu_ps(p, v); }
inline F4 splat(const float* p) { return _mm_load1_ps(p); }
inline F4 zero() { return _mm_setzero_ps(); }
inline F4 multiply_add(F4 acc, F4 a, F4 b) { return _mm_add_ps(acc, _mm_mul_ps(a, b)); }
const char* const kBuild = "native";
#endif

// Reference rows i0..i0+R of C[m, n] = A[m, k] B[k, n] (A, B row-major dense):
// a 4x8 block of C lives in eight registers through the whole k loop.
template <std::size_t R>
void reference_rows(const float* a, const float* b, float* c, std::size_t i0, std::size_t n, std::size_t k) {
  std::size_t j = 0;
  for (; j + 8 <= n; j += 8) {
    F4 acc[R][2];
    for (std::size_t r = 0; r < R; ++r) acc[r][0] = acc[r][1] = zero();
    for (std::size_t p = 0; p < k; ++p) {
      const F4 b0 = load(b + p * n + j), b1 = load(b + p * n + j + 4);
      for (std::size_t r = 0; r < R; ++r) {
        const F4 ar = splat(a + (i0 + r) * k + p);
        acc[r][0] = multiply_add(acc[r][0], ar, b0);
        acc[r][1] = multiply_add(acc[r][1], ar, b1);
      }
    }
    for (std::size_t r = 0; r < R; ++r) {
      store(c + (i0 + r) * n + j, acc[r][0]);
      store(c + (i0 + r) * n + j + 4, acc[r][1]);
    }
  }
  for (; j < n; ++j)
    for (std::size_t r = 0; r < R; ++r) {
      float sum = 0.0f;
      for (std::size_t p = 0; p < k; ++p) sum += a[(i0 + r) * k + p] * b[p * n + j];
      c[(i0 + r) * n + j] = sum;
    }
}

void reference_gemm(const float* a, const float* b, float* c, std::size_t m, std::size_t n, std::size_t k) {
  std::size_t i = 0;
  for (; i + 4 <= m; i += 4) reference_rows<4>(a, b, c, i, n, k);
  for (; i < m; ++i) reference_rows<1>(a, b, c, i, n, k);
}

// One product the training step runs: C[m, n] = A[m, k] B[k, n]. The weight
// gradient x^T dz reads A transposed in place, as engine/layers/dense.cpp does.
struct Shape {
  const char* name;
  std::size_t m, n, k;
  bool a_transposed;
};

const Shape kShapes[] = {
    {"W3 forward 1", 64, 256, 784, false}, {"W3 dW 1", 784, 256, 64, true},      {"W3 forward 2", 64, 128, 256, false},
    {"W3 dW 2", 256, 128, 64, true},       {"W3 dX 2", 64, 256, 128, false},     {"W3 forward 3", 64, 10, 128, false},
    {"W3 dW 3", 128, 10, 64, true},        {"W3 dX 3", 64, 128, 10, false},      {"W2 forward 1", 32, 128, 64, false},
    {"W2 dW 1", 64, 128, 32, true},        {"W2 forward 2", 32, 64, 128, false}, {"W2 dX 2", 32, 128, 64, false},
    {"W2 forward 3", 32, 10, 64, false},   {"W1 forward 1", 10, 8, 2, false},    {"W1 forward 2", 10, 8, 8, false},
    {"W1 forward 3", 10, 1, 8, false},     {"square 256", 256, 256, 256, false},
};

double now_seconds() {
  return std::chrono::duration<double>(std::chrono::steady_clock::now().time_since_epoch()).count();
}

// Seconds per call: median of 5 trials, each long enough (>= 10 ms) to time.
template <typename F>
double seconds_per_call(F&& call) {
  call();
  std::size_t reps = 1;
  for (double t0 = now_seconds(); reps < (1u << 24); reps *= 2) {
    for (std::size_t r = 0; r < reps; ++r) call();
    const double elapsed = now_seconds() - t0;
    if (elapsed > 0.01) break;
    t0 = now_seconds();
  }
  std::vector<double> trials;
  for (int t = 0; t < 5; ++t) {
    const double t0 = now_seconds();
    for (std::size_t r = 0; r < reps; ++r) call();
    trials.push_back((now_seconds() - t0) / double(reps));
  }
  std::sort(trials.begin(), trials.end());
  return trials[2];
}

float pseudo_random(std::size_t i) { return float((i * 2654435761u) % 1000u) / 1000.0f - 0.5f; }

}  // namespace

int main() {
  std::printf("{\"build\":\"%s\",\"shapes\":[", kBuild);
  double flops_all = 0, ours_all = 0, reference_all = 0;  // the net shapes, each run once
  for (const Shape& s : kShapes) {
    std::vector<float> a(s.m * s.k), a_stored(s.m * s.k), b(s.k * s.n), c(s.m * s.n), c_ref(s.m * s.n);
    for (std::size_t i = 0; i < a.size(); ++i) a[i] = pseudo_random(i);
    for (std::size_t i = 0; i < b.size(); ++i) b[i] = pseudo_random(i + 7);
    // Ours reads A as the engine stores it: [k, m] row-major when transposed.
    for (std::size_t i = 0; i < s.m; ++i)
      for (std::size_t p = 0; p < s.k; ++p) a_stored[s.a_transposed ? p * s.m + i : i * s.k + p] = a[i * s.k + p];
    const dp::StridedMatrix view =
        s.a_transposed ? dp::StridedMatrix{a_stored.data(), 1, s.m} : dp::StridedMatrix{a_stored.data(), s.k, 1};
    const double ours = seconds_per_call([&] { dp::gemm(view, b.data(), c.data(), s.m, s.n, s.k, false); });
    const double reference = seconds_per_call([&] { reference_gemm(a.data(), b.data(), c_ref.data(), s.m, s.n, s.k); });
    float max_diff = 0.0f;
    for (std::size_t i = 0; i < c.size(); ++i) max_diff = std::max(max_diff, std::fabs(c[i] - c_ref[i]));
    const double flops = 2.0 * double(s.m) * double(s.n) * double(s.k);
    if (s.name[0] == 'W') flops_all += flops, ours_all += ours, reference_all += reference;
    std::printf(
        "%s{\"name\":\"%s\",\"m\":%zu,\"n\":%zu,\"k\":%zu,\"aTransposed\":%s,"
        "\"ours\":%.4f,\"reference\":%.4f,\"maxDiff\":%.3g}",
        &s == kShapes ? "" : ",", s.name, s.m, s.n, s.k, s.a_transposed ? "true" : "false", flops / ours * 1e-9,
        flops / reference * 1e-9, double(max_diff));
  }
  std::printf("],\"netShapes\":{\"ours\":%.4f,\"reference\":%.4f}}\n", flops_all / ours_all * 1e-9,
              flops_all / reference_all * 1e-9);
  return 0;
}
