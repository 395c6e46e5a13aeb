#pragma once
#include <xtensor/xmath.hpp>
#include <xtensor/xnoalias.hpp>

#include "../tensor_view.hpp"

namespace dp {

struct MeanSquaredError {
  // L = mean (p - y)^2 over rows and outputs
  template <class P, class Y>
  static float value(const P& p, const Y& y) {
    return static_cast<float>(mean_of(xt::square(xt::cast<double>(p - y))));
  }
  // dL/dp = 2 (p - y) / (rows cols)
  template <class P, class Y, class G>
  static void gradient(const P& p, const Y& y, G& dp) {
    xt::noalias(dp) = 2.0f / float(p.size()) * (p - y);
  }
};

}  // namespace dp
