#pragma once
#include <cmath>

namespace dp {

struct Tanh {
  // tanh(z) = (e^z - e^-z) / (e^z + e^-z)
  static float value(float z) { return std::tanh(z); }
  // tanh'(z) = 1 - a^2
  static float derivative(float /*z*/, float a) { return 1.0f - a * a; }
};

}  // namespace dp
