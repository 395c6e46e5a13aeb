#pragma once
#include <cmath>
#include <cstddef>

#include <xtensor/xnoalias.hpp>

#include "clip.hpp"

namespace dp {

// Labels are integer classes, one per row (stored as floats).
struct SparseCategoricalCrossentropy {
  // L = -mean over rows of log p[r, true_r], p clipped to [eps, 1 - eps]
  template <class P, class Y>
  static float value(const P& p, const Y& label) {
    const std::size_t rows = p.shape(0);
    double sum = 0.0;
    for (std::size_t r = 0; r < rows; ++r) sum -= std::log(clip_probability(p(r, true_class(label, r))));
    return static_cast<float>(sum / double(rows));
  }
  // dL/dp[r, j] = -[j = true_r] / (p[r, true_r] rows); zero where p[r, true_r] was clipped
  template <class P, class Y, class G>
  static void gradient(const P& p, const Y& label, G& dp) {
    const std::size_t rows = p.shape(0);
    const float scale = 1.0f / float(rows);
    dp.fill(0.0f);
    for (std::size_t r = 0; r < rows; ++r) {
      const std::size_t t = true_class(label, r);
      if (probability_in_range(p(r, t))) dp(r, t) = -scale / p(r, t);
    }
  }
  // Through a softmax: dL/dz[r, j] = (p[r, j] - [j = true_r]) / rows
  template <class P, class Y, class G>
  static void gradient_through_softmax(const P& p, const Y& label, G& dz) {
    const std::size_t rows = p.shape(0);
    const float scale = 1.0f / float(rows);
    xt::noalias(dz) = scale * p;
    for (std::size_t r = 0; r < rows; ++r) dz(r, true_class(label, r)) -= scale;
  }

  template <class Y>
  static std::size_t true_class(const Y& label, std::size_t r) {
    return static_cast<std::size_t>(label(r, 0));
  }
};

}  // namespace dp
