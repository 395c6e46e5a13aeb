#pragma once

namespace dp {

struct Relu {
  // relu(z) = max(0, z)
  static float value(float z) { return z > 0.0f ? z : 0.0f; }
  // relu'(z) = 1 if z > 0 else 0
  static float derivative(float z, float /*a*/) { return z > 0.0f ? 1.0f : 0.0f; }
};

}  // namespace dp
