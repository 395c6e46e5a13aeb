#pragma once
#include <xtensor/xmath.hpp>
#include <xtensor/xnoalias.hpp>

#include "../tensor_view.hpp"
#include "clip.hpp"

namespace dp {

struct BinaryCrossentropy {
  // L = -mean(y log p + (1 - y) log(1 - p)), p clipped to [eps, 1 - eps]
  template <class P, class Y>
  static float value(const P& p, const Y& y) {
    const auto q = clip_probability(p);
    return static_cast<float>(-mean_of(y * xt::log(q) + (1.0f - y) * xt::log(1.0f - q)));
  }
  // dL/dp = (p - y) / (p (1 - p)) / (rows cols); zero where p was clipped
  template <class P, class Y, class G>
  static void gradient(const P& p, const Y& y, G& dp) {
    const float scale = 1.0f / float(p.size());
    xt::noalias(dp) = xt::where(probability_in_range(p), scale * (p - y) / (p * (1.0f - p)), 0.0f);
  }
  // The same loss on p = sigmoid(z), from the logits, exact where p would
  // round to 0 or 1 (log p = -softplus(-z), log(1 - p) = -softplus(z)):
  // L = mean(max(z, 0) - z y + log(1 + e^-|z|))
  template <class Z, class Y>
  static float value_from_logits(const Z& z, const Y& y) {
    return static_cast<float>(mean_of(xt::maximum(z, 0.0f) - z * y + xt::log1p(xt::exp(-xt::abs(z)))));
  }
  // Its gradient: dL/dz = (p - y) / (rows cols)
  template <class P, class Y, class G>
  static void gradient_through_sigmoid(const P& p, const Y& y, G& dz) {
    xt::noalias(dz) = 1.0f / float(p.size()) * (p - y);
  }
};

}  // namespace dp
