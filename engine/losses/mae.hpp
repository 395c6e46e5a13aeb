#pragma once
#include <cmath>
#include <cstddef>

namespace dp {

struct MeanAbsoluteError {
  // L = mean |p - y| over rows and outputs
  static float value(const float* p, const float* y, std::size_t rows, std::size_t cols) {
    double sum = 0.0;
    for (std::size_t i = 0; i < rows * cols; ++i) sum += std::fabs(double(p[i]) - double(y[i]));
    return static_cast<float>(sum / double(rows * cols));
  }
  // dL/dp = sign(p - y) / (rows cols), sign(0) = 0
  static void gradient(const float* p, const float* y, float* dp, std::size_t rows, std::size_t cols) {
    const float scale = 1.0f / float(rows * cols);
    for (std::size_t i = 0; i < rows * cols; ++i)
      dp[i] = p[i] > y[i] ? scale : (p[i] < y[i] ? -scale : 0.0f);
  }
};

}  // namespace dp
