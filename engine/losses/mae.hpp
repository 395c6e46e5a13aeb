#pragma once
#include <xtensor/xmath.hpp>
#include <xtensor/xnoalias.hpp>

#include "../tensor_view.hpp"

namespace dp {

struct MeanAbsoluteError {
  // L = mean |p - y| over rows and outputs
  template <class P, class Y>
  static float value(const P& p, const Y& y) {
    return static_cast<float>(mean_of(xt::abs(xt::cast<double>(p) - xt::cast<double>(y))));
  }
  // dL/dp = sign(p - y) / (rows cols), sign(0) = 0
  template <class P, class Y, class G>
  static void gradient(const P& p, const Y& y, G& dp) {
    xt::noalias(dp) = 1.0f / float(p.size()) * xt::sign(p - y);
  }
};

}  // namespace dp
