#pragma once
#include <cmath>

namespace dp {

struct Elu {
  // elu(z) = z if z > 0 else e^z - 1   (alpha = 1, Keras's default)
  static float value(float z) { return z > 0.0f ? z : std::expm1(z); }
  // elu'(z) = 1 if z > 0 else a + 1
  static float derivative(float z, float a) { return z > 0.0f ? 1.0f : a + 1.0f; }
};

}  // namespace dp
