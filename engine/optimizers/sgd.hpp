// Stochastic gradient descent with optional momentum, dampening and Nesterov.
#pragma once
#include "lanes.hpp"
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
    const float b = momentum_, d = dampening_;
    for (std::size_t p = 0; p < params_.size(); ++p) {
      const auto& gradient = params_[p].grad;
      if (b == 0.0f) {
        // w -= lr * g
        for_each_lane([&](auto& w, auto g) { w -= lr * g; }, params_[p].value, gradient);
      } else if (nesterov_) {
        // v = b * v + (1 - d) * g ; w -= lr * (g + b * v)
        for_each_lane(
            [&](auto& w, auto g, auto& v) {
              v = b * v + (1 - d) * g;
              w -= lr * (g + b * v);
            },
            params_[p].value, gradient, velocity_[p]);
      } else {
        // v = b * v + (1 - d) * g ; w -= lr * v
        for_each_lane(
            [&](auto& w, auto g, auto& v) {
              v = b * v + (1 - d) * g;
              w -= lr * v;
            },
            params_[p].value, gradient, velocity_[p]);
      }
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
