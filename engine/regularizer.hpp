// Kernel penalties: L1, L2 and elastic net (both at once).
#pragma once
#include <cmath>
#include <cstddef>

#include "spec.hpp"

namespace dp {

struct Regularizer {
  RegularizerSpec spec;

  bool active() const { return spec.l1 != 0.0f || spec.l2 != 0.0f; }

  // penalty = l1 * sum|w| + l2 * sum w^2
  float penalty(const float* w, std::size_t n) const {
    double l1 = 0.0, l2 = 0.0;
    for (std::size_t i = 0; i < n; ++i) {
      l1 += std::fabs(w[i]);
      l2 += double(w[i]) * w[i];
    }
    return static_cast<float>(spec.l1 * l1 + spec.l2 * l2);
  }

  // dw += l1 * sign(w) + 2 * l2 * w,  sign(0) = 0
  void add_gradient(const float* w, float* dw, std::size_t n) const {
    for (std::size_t i = 0; i < n; ++i) {
      const float sign = w[i] > 0.0f ? 1.0f : (w[i] < 0.0f ? -1.0f : 0.0f);
      dw[i] += spec.l1 * sign + 2.0f * spec.l2 * w[i];
    }
  }
};

}  // namespace dp
