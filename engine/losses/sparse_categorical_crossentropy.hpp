#pragma once
#include <cmath>
#include <cstddef>

#include "clip.hpp"

namespace dp {

// Labels are integer classes, one per row (stored as floats).
struct SparseCategoricalCrossentropy {
  // L = -mean over rows of log p_true, p clipped to [eps, 1 - eps]
  static float value(const float* p, const float* label, std::size_t rows, std::size_t cols) {
    double sum = 0.0;
    for (std::size_t r = 0; r < rows; ++r, p += cols) sum -= std::log(clip_probability(p[true_class(label[r])]));
    return static_cast<float>(sum / double(rows));
  }
  // dL/dp_j = -[j = true] / (p_true rows); zero where p_true was clipped
  static void gradient(const float* p, const float* label, float* dp, std::size_t rows, std::size_t cols) {
    const float scale = 1.0f / float(rows);
    for (std::size_t r = 0; r < rows; ++r, p += cols, dp += cols) {
      for (std::size_t j = 0; j < cols; ++j) dp[j] = 0.0f;
      const std::size_t t = true_class(label[r]);
      if (probability_in_range(p[t])) dp[t] = -scale / p[t];
    }
  }
  // Through a softmax: dL/dz_j = (p_j - [j = true]) / rows
  static void gradient_through_softmax(const float* p, const float* label, float* dz, std::size_t rows,
                                       std::size_t cols) {
    const float scale = 1.0f / float(rows);
    for (std::size_t r = 0; r < rows; ++r, p += cols, dz += cols) {
      for (std::size_t j = 0; j < cols; ++j) dz[j] = scale * p[j];
      dz[true_class(label[r])] -= scale;
    }
  }

 private:
  static std::size_t true_class(float label) { return static_cast<std::size_t>(label); }
};

}  // namespace dp
