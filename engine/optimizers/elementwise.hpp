// An optimizer's update, written once as a formula over "lanes", run over a
// parameter four floats at a time (Vec4: wasm SIMD, SSE) and over the last
// size % 4 floats one at a time. Each step loads, computes and stores in the
// same order in both, so the SIMD and the scalar results are identical.
#pragma once
#include <cmath>
#include <cstddef>

#include "../vec4.hpp"

namespace dp {

struct FourLanes {
  using Value = Vec4;
  static constexpr std::size_t width = 4;
  static Value load(const float* p) { return Vec4::load(p); }
  static void store(float* p, Value x) { x.store(p); }
  static Value splat(float x) { return Vec4::splat(x); }
};

struct OneLane {
  using Value = float;
  static constexpr std::size_t width = 1;
  static Value load(const float* p) { return *p; }
  static void store(float* p, Value x) { *p = x; }
  static Value splat(float x) { return x; }
};

// The scalar twins of vec4.hpp's lane functions.
inline float square_root(float x) { return std::sqrt(x); }
// max(x, 0), 0 for NaN
inline float max_zero(float x) { return std::fmax(x, 0.0f); }

// Calls update(Lanes{}, i) for i = 0, 4, 8, ... with FourLanes, then for the rest with OneLane.
template <class Update>
void for_each_lane(std::size_t size, Update&& update) {
  std::size_t i = 0;
  for (; i + FourLanes::width <= size; i += FourLanes::width) update(FourLanes{}, i);
  for (; i < size; ++i) update(OneLane{}, i);
}

}  // namespace dp
