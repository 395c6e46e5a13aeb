#pragma once
#include <xtensor/xmath.hpp>
#include <xtensor/xnoalias.hpp>

#include "../tensor_view.hpp"
#include "clip.hpp"

namespace dp {

// Labels are one-hot (or probability) rows. Keras first renormalizes each
// prediction row to sum to 1, then clips.
struct CategoricalCrossentropy {
  // L = -mean over rows of sum_j y_j log(p_j / sum_k p_k)
  template <class P, class Y>
  static float value(const P& p, const Y& y) {
    const std::size_t rows = p.shape(0);
    double sum = 0.0;
    for (std::size_t r = 0; r < rows; ++r) {
      const auto p_r = row_of(p, r);
      const auto y_r = row_of(y, r);
      sum -= sum_of(y_r * xt::log(clip_probability(p_r / sum_of<float>(p_r))));
    }
    return static_cast<float>(sum / double(rows));
  }
  // dL/dp_j = -(y_j / p_j - sum_i y_i / S) / rows, S = sum_k p_k; clipped terms give 0
  template <class P, class Y, class G>
  static void gradient(const P& p, const Y& y, G& dp) {
    const std::size_t rows = p.shape(0);
    const float scale = 1.0f / float(rows);
    for (std::size_t r = 0; r < rows; ++r) {
      const auto p_r = row_of(p, r);
      const auto y_r = row_of(y, r);
      const float total = sum_of<float>(p_r);
      const auto q = p_r / total;
      const auto kept = probability_in_range(q);
      const float kept_labels = sum_of<float>(xt::where(kept, y_r, 0.0f));
      auto dp_r = row_of(dp, r);
      xt::noalias(dp_r) = -scale * (xt::where(kept, y_r / p_r, 0.0f) - kept_labels / total);
    }
  }
  // Through a softmax: dL/dz_j = (p_j sum_i y_i - y_j) / rows   (= (p - y) / rows for one-hot y)
  template <class P, class Y, class G>
  static void gradient_through_softmax(const P& p, const Y& y, G& dz) {
    const std::size_t rows = p.shape(0);
    const float scale = 1.0f / float(rows);
    for (std::size_t r = 0; r < rows; ++r) {
      const auto y_r = row_of(y, r);
      auto dz_r = row_of(dz, r);
      xt::noalias(dz_r) = scale * (row_of(p, r) * sum_of<float>(y_r) - y_r);
    }
  }
};

}  // namespace dp
