#pragma once
#include <cmath>

namespace dp {

struct Sigmoid {
  // sigmoid(z) = 1 / (1 + e^-z), written to avoid overflow of e^-z for z << 0
  static float value(float z) {
    if (z >= 0.0f) return 1.0f / (1.0f + std::exp(-z));
    const float e = std::exp(z);
    return e / (1.0f + e);
  }
  // sigmoid'(z) = a (1 - a)
  static float derivative(float /*z*/, float a) { return a * (1.0f - a); }
};

}  // namespace dp
