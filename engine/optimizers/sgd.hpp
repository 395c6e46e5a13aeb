// Stochastic gradient descent with optional momentum, dampening and Nesterov.
#pragma once
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
    for (std::size_t p = 0; p < params_.size(); ++p) {
      float* w = params_[p].value;
      const float* g = params_[p].grad;
      float* v = velocity_.slots[p].data();
      const std::size_t n = params_[p].size;
      if (momentum_ == 0.0f) {
        // w := w - lr * g
        for (std::size_t i = 0; i < n; ++i) w[i] -= lr * g[i];
        continue;
      }
      for (std::size_t i = 0; i < n; ++i) {
        // v = momentum * v + (1 - dampening) * g
        v[i] = momentum_ * v[i] + (1.0f - dampening_) * g[i];
        // nesterov: w -= lr * (g + momentum * v); classic: w -= lr * v
        w[i] -= nesterov_ ? lr * (g[i] + momentum_ * v[i]) : lr * v[i];
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
