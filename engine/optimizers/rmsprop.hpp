// RMSprop as Keras 3 defines it (keras/src/optimizers/rmsprop.py), with
// optional momentum and centering.
#pragma once
#include <cmath>

#include "optimizer.hpp"

namespace dp {

class RmsProp final : public Optimizer {
 public:
  RmsProp(float rho, float momentum, float epsilon, bool centered)
      : rho_(rho), momentum_(momentum), epsilon_(epsilon), centered_(centered) {}

  void bind(const std::vector<Parameter>& params) override {
    params_ = params;
    mean_square_.bind(params);
    mean_grad_.bind(params);
    velocity_.bind(params);
  }

  void step(float lr, long /*t*/) override {
    for (std::size_t p = 0; p < params_.size(); ++p) {
      float* w = params_[p].value;
      const float* g = params_[p].grad;
      float* s = mean_square_.slots[p].data();
      float* mg = mean_grad_.slots[p].data();
      float* v = velocity_.slots[p].data();
      for (std::size_t i = 0; i < params_[p].size; ++i) {
        // s = rho * s + (1 - rho) * g^2
        s[i] = rho_ * s[i] + (1.0f - rho_) * g[i] * g[i];
        float denominator = s[i];
        if (centered_) {
          // centered: divide by the variance estimate s - mg^2 instead of s
          mg[i] = rho_ * mg[i] + (1.0f - rho_) * g[i];
          denominator = std::fmax(s[i] - mg[i] * mg[i], 0.0f);  // rounding can push it below 0
        }
        // step = lr * g / sqrt(s + eps)   (Keras 3 puts eps inside the root)
        float increment = lr * g[i] / std::sqrt(denominator + epsilon_);
        if (momentum_ > 0.0f) {
          // v = momentum * v + step; w -= v
          v[i] = momentum_ * v[i] + increment;
          increment = v[i];
        }
        w[i] -= increment;
      }
    }
  }

  void reset() override {
    mean_square_.reset();
    mean_grad_.reset();
    velocity_.reset();
  }

 private:
  float rho_, momentum_, epsilon_;
  bool centered_;
  std::vector<Parameter> params_;
  SlotBuffers mean_square_, mean_grad_, velocity_;
};

}  // namespace dp
