#pragma once
#include <cmath>

namespace dp {

// The exact form (Keras's default, approximate = false).
struct Gelu {
  static constexpr float kInvSqrt2 = 0.70710678118654752f;
  static constexpr float kInvSqrt2Pi = 0.39894228040143268f;
  // gelu(z) = z * Phi(z) = 0.5 z (1 + erf(z / sqrt 2))
  static float value(float z) { return 0.5f * z * (1.0f + std::erf(z * kInvSqrt2)); }
  // gelu'(z) = Phi(z) + z * phi(z)
  static float derivative(float z, float /*a*/) {
    return 0.5f * (1.0f + std::erf(z * kInvSqrt2)) + z * kInvSqrt2Pi * std::exp(-0.5f * z * z);
  }
};

}  // namespace dp
