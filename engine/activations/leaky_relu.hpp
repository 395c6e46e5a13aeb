#pragma once

namespace dp {

// Keras's default negative slope.
struct LeakyRelu {
  static constexpr float kSlope = 0.2f;
  // leaky_relu(z) = z if z > 0 else 0.2 z
  static float value(float z) { return z > 0.0f ? z : kSlope * z; }
  // leaky_relu'(z) = 1 if z > 0 else 0.2
  static float derivative(float z, float /*a*/) { return z > 0.0f ? 1.0f : kSlope; }
};

}  // namespace dp
