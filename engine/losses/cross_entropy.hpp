// Cross-entropy of prediction rows against rows of class weights, shared by
// categorical (label rows as given) and sparse categorical cross-entropy
// (class ids, read as one-hot rows): from probabilities, renormalized and
// clipped as Keras does, or from a softmax's logits.
#pragma once
#include <algorithm>
#include <cmath>
#include <cstddef>

#include <xtensor/xbuilder.hpp>
#include <xtensor/xmath.hpp>
#include <xtensor/xnoalias.hpp>
#include <xtensor/xoperation.hpp>

#include "../tensor_view.hpp"
#include "clip.hpp"

namespace dp {

// log sum_k e^(z_k) = m + log sum_k e^(z_k - m), m = max_k z_k: no overflow
template <class Z>
float log_sum_exp(const Z& z) {
  const float top = *std::max_element(z.linear_cbegin(), z.linear_cend());
  return top + std::log(sum_of<float>(xt::exp(z - top)));
}

// Labels reads row r of the labels y as class weights of width cols.
template <class Labels>
struct CrossEntropy {
  // Keras divides each prediction row by its sum before clipping, so outputs
  // that are not a softmax (sigmoid units, say) are read as a distribution:
  // L = mean over rows of -sum_j y_j log clip(p_j / S), S = sum_k p_k
  template <class P, class Y>
  static float value(const P& p, const Y& y) {
    const std::size_t rows = p.shape(0), cols = p.shape(1);
    double sum = 0.0;
    for (std::size_t r = 0; r < rows; ++r) {
      const auto p_r = row_of(p, r);
      sum -= sum_of(Labels::row(y, r, cols) * xt::log(clip_probability(p_r / sum_of<float>(p_r))));
    }
    return static_cast<float>(sum / double(rows));
  }
  // dL/dp_j = -(y_j / p_j - sum_i y_i / S) / rows, q = p / S; terms whose q_i was clipped give 0
  template <class P, class Y, class G>
  static void gradient(const P& p, const Y& y, G& dp) {
    const std::size_t rows = p.shape(0), cols = p.shape(1);
    const float scale = 1.0f / float(rows);
    for (std::size_t r = 0; r < rows; ++r) {
      const auto p_r = row_of(p, r);
      const auto y_r = Labels::row(y, r, cols);
      const float total = sum_of<float>(p_r);
      const auto q = p_r / total;
      const auto kept = probability_in_range(q);
      const float kept_labels = sum_of<float>(xt::where(kept, y_r, 0.0f));
      auto dp_r = row_of(dp, r);
      xt::noalias(dp_r) = -scale * (xt::where(kept, y_r / p_r, 0.0f) - kept_labels / total);
    }
  }
  // The same loss on p = softmax(z), from the logits, exact where p_j would
  // underflow or round to 1: log p_j = z_j - logsumexp(z), so
  // L = mean over rows of sum_j y_j (logsumexp(z) - z_j)
  template <class Z, class Y>
  static float value_from_logits(const Z& z, const Y& y) {
    const std::size_t rows = z.shape(0), cols = z.shape(1);
    double sum = 0.0;
    for (std::size_t r = 0; r < rows; ++r) {
      const auto z_r = row_of(z, r);
      sum += sum_of(Labels::row(y, r, cols) * (log_sum_exp(z_r) - z_r));
    }
    return static_cast<float>(sum / double(rows));
  }
  // Its gradient: dL/dz_j = (p_j sum_i y_i - y_j) / rows   (= (p - y) / rows for one-hot y)
  template <class P, class Y, class G>
  static void gradient_through_softmax(const P& p, const Y& y, G& dz) {
    const std::size_t rows = p.shape(0), cols = p.shape(1);
    const float scale = 1.0f / float(rows);
    for (std::size_t r = 0; r < rows; ++r) {
      const auto y_r = Labels::row(y, r, cols);
      auto dz_r = row_of(dz, r);
      xt::noalias(dz_r) = scale * (row_of(p, r) * sum_of<float>(y_r) - y_r);
    }
  }
};

}  // namespace dp
