// Four packed floats: wasm SIMD (f32x4) when compiled with -msimd128, SSE in
// a native x86 build, and a portable struct anywhere else.
#pragma once

#if defined(__wasm_simd128__)
#include <wasm_simd128.h>
#elif defined(__SSE__)
#include <xmmintrin.h>
#endif

namespace dp {

#ifdef __wasm_simd128__
struct Vec4 {
  v128_t v;
  static Vec4 zero() { return {wasm_f32x4_splat(0.0f)}; }
  static Vec4 splat(float x) { return {wasm_f32x4_splat(x)}; }
  static Vec4 load(const float* p) { return {wasm_v128_load(p)}; }
  void store(float* p) const { wasm_v128_store(p, v); }
  // acc += a * b
  void multiply_add(Vec4 a, Vec4 b) { v = wasm_f32x4_add(v, wasm_f32x4_mul(a.v, b.v)); }
};
#elif defined(__SSE__)
struct Vec4 {
  __m128 v;
  static Vec4 zero() { return {_mm_setzero_ps()}; }
  static Vec4 splat(float x) { return {_mm_set1_ps(x)}; }
  static Vec4 load(const float* p) { return {_mm_loadu_ps(p)}; }
  void store(float* p) const { _mm_storeu_ps(p, v); }
  // acc += a * b
  void multiply_add(Vec4 a, Vec4 b) { v = _mm_add_ps(v, _mm_mul_ps(a.v, b.v)); }
};
#else
struct Vec4 {
  float v[4];
  static Vec4 zero() { return {{0.0f, 0.0f, 0.0f, 0.0f}}; }
  static Vec4 splat(float x) { return {{x, x, x, x}}; }
  static Vec4 load(const float* p) { return {{p[0], p[1], p[2], p[3]}}; }
  void store(float* p) const {
    for (int i = 0; i < 4; ++i) p[i] = v[i];
  }
  // acc += a * b
  void multiply_add(Vec4 a, Vec4 b) {
    for (int i = 0; i < 4; ++i) v[i] += a.v[i] * b.v[i];
  }
};
#endif

}  // namespace dp
