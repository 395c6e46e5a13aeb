// Adam as Keras defines it (bias correction folded into the learning rate).
#pragma once
#include <cmath>

#include "elementwise.hpp"
#include "optimizer.hpp"

namespace dp {

class Adam final : public Optimizer {
 public:
  Adam(float beta1, float beta2, float epsilon) : beta1_(beta1), beta2_(beta2), epsilon_(epsilon) {}

  void bind(const std::vector<Parameter>& params) override {
    params_ = params;
    m_.bind(params);
    v_.bind(params);
  }

  void step(float lr, long t) override {
    // lr_t = lr * sqrt(1 - b2^t) / (1 - b1^t)
    const double td = static_cast<double>(t);
    const float lr_t = static_cast<float>(lr * std::sqrt(1.0 - std::pow(double(beta2_), td)) /
                                          (1.0 - std::pow(double(beta1_), td)));
    const float b1 = beta1_, b2 = beta2_, eps = epsilon_;
    for (std::size_t p = 0; p < params_.size(); ++p) {
      float* w = params_[p].value;
      const float* g = params_[p].grad;
      float* m = m_.slots[p].data();
      float* v = v_.slots[p].data();
      for_each_lane(params_[p].size, [&](auto lanes, std::size_t i) {
        using L = decltype(lanes);
        const auto gi = L::load(g + i);
        // m = b1*m + (1-b1)*g ; v = b2*v + (1-b2)*g^2
        const auto mi = L::splat(b1) * L::load(m + i) + L::splat(1.0f - b1) * gi;
        const auto vi = L::splat(b2) * L::load(v + i) + L::splat(1.0f - b2) * gi * gi;
        L::store(m + i, mi);
        L::store(v + i, vi);
        // w -= lr_t * m / (sqrt(v) + eps)
        L::store(w + i, L::load(w + i) - L::splat(lr_t) * mi / (square_root(vi) + L::splat(eps)));
      });
    }
  }

  void reset() override {
    m_.reset();
    v_.reset();
  }

 private:
  float beta1_, beta2_, epsilon_;
  std::vector<Parameter> params_;
  SlotBuffers m_, v_;
};

}  // namespace dp
