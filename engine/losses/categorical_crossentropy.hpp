#pragma once
#include <cmath>
#include <cstddef>

#include "clip.hpp"

namespace dp {

// Labels are one-hot (or probability) rows. Keras first renormalizes each
// prediction row to sum to 1, then clips.
struct CategoricalCrossentropy {
  // L = -mean over rows of sum_j y_j log(p_j / sum_k p_k)
  static float value(const float* p, const float* y, std::size_t rows, std::size_t cols) {
    double sum = 0.0;
    for (std::size_t r = 0; r < rows; ++r, p += cols, y += cols) {
      const float total = row_sum(p, cols);
      for (std::size_t j = 0; j < cols; ++j)
        if (y[j] != 0.0f) sum -= y[j] * std::log(clip_probability(p[j] / total));
    }
    return static_cast<float>(sum / double(rows));
  }
  // dL/dp_j = -(y_j / p_j - sum_i y_i / S) / rows, with S = sum_k p_k; clipped terms give 0
  static void gradient(const float* p, const float* y, float* dp, std::size_t rows, std::size_t cols) {
    const float scale = 1.0f / float(rows);
    for (std::size_t r = 0; r < rows; ++r, p += cols, y += cols, dp += cols) {
      const float total = row_sum(p, cols);
      float kept_labels = 0.0f;
      for (std::size_t j = 0; j < cols; ++j)
        if (probability_in_range(p[j] / total)) kept_labels += y[j];
      for (std::size_t j = 0; j < cols; ++j) {
        const float own = probability_in_range(p[j] / total) ? y[j] / p[j] : 0.0f;
        dp[j] = -scale * (own - kept_labels / total);
      }
    }
  }
  // Through a softmax: dL/dz_j = (p_j sum_i y_i - y_j) / rows   (= (p - y) / rows for one-hot y)
  static void gradient_through_softmax(const float* p, const float* y, float* dz, std::size_t rows, std::size_t cols) {
    const float scale = 1.0f / float(rows);
    for (std::size_t r = 0; r < rows; ++r, p += cols, y += cols, dz += cols) {
      const float label_total = row_sum(y, cols);
      for (std::size_t j = 0; j < cols; ++j) dz[j] = scale * (p[j] * label_total - y[j]);
    }
  }

 private:
  static float row_sum(const float* v, std::size_t cols) {
    float s = 0.0f;
    for (std::size_t j = 0; j < cols; ++j) s += v[j];
    return s;
  }
};

}  // namespace dp
