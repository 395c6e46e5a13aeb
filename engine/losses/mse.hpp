#pragma once
#include <cstddef>

namespace dp {

struct MeanSquaredError {
  // L = mean (p - y)^2 over rows and outputs
  static float value(const float* p, const float* y, std::size_t rows, std::size_t cols) {
    double sum = 0.0;
    for (std::size_t i = 0; i < rows * cols; ++i) sum += double(p[i] - y[i]) * double(p[i] - y[i]);
    return static_cast<float>(sum / double(rows * cols));
  }
  // dL/dp = 2 (p - y) / (rows cols)
  static void gradient(const float* p, const float* y, float* dp, std::size_t rows, std::size_t cols) {
    const float scale = 2.0f / float(rows * cols);
    for (std::size_t i = 0; i < rows * cols; ++i) dp[i] = scale * (p[i] - y[i]);
  }
};

}  // namespace dp
