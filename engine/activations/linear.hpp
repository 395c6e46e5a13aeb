#pragma once

namespace dp {

struct Linear {
  // linear(z) = z
  static float value(float z) { return z; }
  // linear'(z) = 1
  static float derivative(float /*z*/, float /*a*/) { return 1.0f; }
};

}  // namespace dp
