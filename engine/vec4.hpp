// Four packed floats: wasm SIMD (f32x4) when compiled with -msimd128, and a
// portable struct the native compiler vectorizes on its own otherwise.
#pragma once

#ifdef __wasm_simd128__
#include <wasm_simd128.h>
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
