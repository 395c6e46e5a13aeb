// Four packed floats: wasm SIMD (f32x4) when compiled with -msimd128, SSE in
// a native x86 build, and a portable struct anywhere else.
#pragma once

#include <cmath>

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
inline Vec4 operator+(Vec4 a, Vec4 b) { return {wasm_f32x4_add(a.v, b.v)}; }
inline Vec4 operator-(Vec4 a, Vec4 b) { return {wasm_f32x4_sub(a.v, b.v)}; }
inline Vec4 operator*(Vec4 a, Vec4 b) { return {wasm_f32x4_mul(a.v, b.v)}; }
inline Vec4 operator/(Vec4 a, Vec4 b) { return {wasm_f32x4_div(a.v, b.v)}; }
inline Vec4 square_root(Vec4 a) { return {wasm_f32x4_sqrt(a.v)}; }
// max(a, 0) per lane, 0 for NaN (as std::fmax(a, 0.0f))
inline Vec4 max_zero(Vec4 a) { return {wasm_f32x4_pmax(wasm_f32x4_splat(0.0f), a.v)}; }
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
inline Vec4 operator+(Vec4 a, Vec4 b) { return {_mm_add_ps(a.v, b.v)}; }
inline Vec4 operator-(Vec4 a, Vec4 b) { return {_mm_sub_ps(a.v, b.v)}; }
inline Vec4 operator*(Vec4 a, Vec4 b) { return {_mm_mul_ps(a.v, b.v)}; }
inline Vec4 operator/(Vec4 a, Vec4 b) { return {_mm_div_ps(a.v, b.v)}; }
inline Vec4 square_root(Vec4 a) { return {_mm_sqrt_ps(a.v)}; }
// max(a, 0) per lane, 0 for NaN (as std::fmax(a, 0.0f))
inline Vec4 max_zero(Vec4 a) { return {_mm_max_ps(a.v, _mm_setzero_ps())}; }
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
template <class Op>
inline Vec4 lanewise(Vec4 a, Vec4 b, Op op) {
  Vec4 r;
  for (int i = 0; i < 4; ++i) r.v[i] = op(a.v[i], b.v[i]);
  return r;
}
inline Vec4 operator+(Vec4 a, Vec4 b) {
  return lanewise(a, b, [](float x, float y) { return x + y; });
}
inline Vec4 operator-(Vec4 a, Vec4 b) {
  return lanewise(a, b, [](float x, float y) { return x - y; });
}
inline Vec4 operator*(Vec4 a, Vec4 b) {
  return lanewise(a, b, [](float x, float y) { return x * y; });
}
inline Vec4 operator/(Vec4 a, Vec4 b) {
  return lanewise(a, b, [](float x, float y) { return x / y; });
}
inline Vec4 square_root(Vec4 a) {
  return lanewise(a, a, [](float x, float) { return std::sqrt(x); });
}
// max(a, 0) per lane, 0 for NaN (as std::fmax(a, 0.0f))
inline Vec4 max_zero(Vec4 a) {
  return lanewise(a, a, [](float x, float) { return std::fmax(x, 0.0f); });
}
#endif

}  // namespace dp
