// Kernel penalties: L1, L2 and elastic net (both at once).
#pragma once
#include <xtensor/xmath.hpp>
#include <xtensor/xnoalias.hpp>

#include "spec.hpp"

namespace dp {

struct Regularizer {
  RegularizerSpec spec;

  bool active() const { return spec.l1 != 0.0f || spec.l2 != 0.0f; }

  // penalty = l1 * sum|w| + l2 * sum w^2   (summed in double)
  template <class W>
  float penalty(const W& w) const {
    const auto wd = xt::cast<double>(w);
    return static_cast<float>(spec.l1 * xt::sum(xt::abs(wd))() + spec.l2 * xt::sum(xt::square(wd))());
  }

  // dw += l1 * sign(w) + 2 * l2 * w,  sign(0) = 0
  template <class W, class G>
  void add_gradient(const W& w, G& dw) const {
    xt::noalias(dw) += spec.l1 * xt::sign(w) + 2.0f * spec.l2 * w;
  }
};

}  // namespace dp
