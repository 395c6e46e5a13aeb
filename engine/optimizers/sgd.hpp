// Stochastic gradient descent with optional momentum, dampening and Nesterov.
#pragma once
#include "elementwise.hpp"
#include "optimizer.hpp"

namespace dp {

class Sgd final : public Optimizer {
 public:
  Sgd(float momentum, float dampening, bool nesterov)
      : momentum_(momentum), dampening_(dampening), nesterov_(nesterov) {}

  void bind(const std::vector<Parameter>& params) override {
    params_ = params;
    velocity_.bind(params);
  }

  void step(float lr, long /*t*/) override {
    const float momentum = momentum_, dampening = dampening_;
    const bool nesterov = nesterov_;
    for (std::size_t p = 0; p < params_.size(); ++p) {
      float* w = params_[p].value;
      const float* g = params_[p].grad;
      float* v = velocity_.slots[p].data();
      if (momentum == 0.0f) {
        for_each_lane(params_[p].size, [&](auto lanes, std::size_t i) {
          using L = decltype(lanes);
          // w := w - lr * g
          L::store(w + i, L::load(w + i) - L::splat(lr) * L::load(g + i));
        });
        continue;
      }
      for_each_lane(params_[p].size, [&](auto lanes, std::size_t i) {
        using L = decltype(lanes);
        const auto gi = L::load(g + i);
        // v = momentum * v + (1 - dampening) * g
        const auto vi = L::splat(momentum) * L::load(v + i) + L::splat(1.0f - dampening) * gi;
        L::store(v + i, vi);
        // nesterov: w -= lr * (g + momentum * v); classic: w -= lr * v
        const auto increment = nesterov ? L::splat(lr) * (gi + L::splat(momentum) * vi) : L::splat(lr) * vi;
        L::store(w + i, L::load(w + i) - increment);
      });
    }
  }

  void reset() override { velocity_.reset(); }

 private:
  float momentum_, dampening_;
  bool nesterov_;
  std::vector<Parameter> params_;
  SlotBuffers velocity_;
};

}  // namespace dp
