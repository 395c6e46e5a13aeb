#pragma once
#include <cmath>
#include <cstddef>

#include "clip.hpp"

namespace dp {

struct BinaryCrossentropy {
  // L = -mean(y log p + (1 - y) log(1 - p)), p clipped to [eps, 1 - eps]
  static float value(const float* p, const float* y, std::size_t rows, std::size_t cols) {
    double sum = 0.0;
    for (std::size_t i = 0; i < rows * cols; ++i) {
      const float q = clip_probability(p[i]);
      sum -= y[i] * std::log(q) + (1.0f - y[i]) * std::log(1.0f - q);
    }
    return static_cast<float>(sum / double(rows * cols));
  }
  // dL/dp = (p - y) / (p (1 - p)) / (rows cols); zero where p was clipped
  static void gradient(const float* p, const float* y, float* dp, std::size_t rows, std::size_t cols) {
    const float scale = 1.0f / float(rows * cols);
    for (std::size_t i = 0; i < rows * cols; ++i)
      dp[i] = probability_in_range(p[i]) ? scale * (p[i] - y[i]) / (p[i] * (1.0f - p[i])) : 0.0f;
  }
  // Through a sigmoid: dL/dz = (p - y) / (rows cols)
  static void gradient_through_sigmoid(const float* p, const float* y, float* dz, std::size_t rows, std::size_t cols) {
    const float scale = 1.0f / float(rows * cols);
    for (std::size_t i = 0; i < rows * cols; ++i) dz[i] = scale * (p[i] - y[i]);
  }
};

}  // namespace dp
