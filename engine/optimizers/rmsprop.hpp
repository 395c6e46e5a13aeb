// RMSprop as Keras 3 defines it (keras/src/optimizers/rmsprop.py), with
// optional momentum and centering.
#pragma once
#include "elementwise.hpp"
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
    const float rho = rho_, momentum = momentum_, eps = epsilon_;
    const bool centered = centered_, with_momentum = momentum_ > 0.0f;
    for (std::size_t p = 0; p < params_.size(); ++p) {
      float* w = params_[p].value;
      const float* g = params_[p].grad;
      float* s = mean_square_.slots[p].data();
      float* mg = mean_grad_.slots[p].data();
      float* v = velocity_.slots[p].data();
      for_each_lane(params_[p].size, [&](auto lanes, std::size_t i) {
        using L = decltype(lanes);
        const auto gi = L::load(g + i);
        // s = rho * s + (1 - rho) * g^2
        const auto si = L::splat(rho) * L::load(s + i) + L::splat(1.0f - rho) * gi * gi;
        L::store(s + i, si);
        auto denominator = si;
        if (centered) {
          // centered: mg = rho * mg + (1 - rho) * g, and divide by the variance estimate s - mg^2 instead of s
          const auto mgi = L::splat(rho) * L::load(mg + i) + L::splat(1.0f - rho) * gi;
          L::store(mg + i, mgi);
          denominator = max_zero(si - mgi * mgi);  // rounding can push it below 0
        }
        // step = lr * g / sqrt(s + eps)   (Keras 3 puts eps inside the root)
        auto increment = L::splat(lr) * gi / square_root(denominator + L::splat(eps));
        if (with_momentum) {
          // v = momentum * v + step; w -= v
          increment = L::splat(momentum) * L::load(v + i) + increment;
          L::store(v + i, increment);
        }
        L::store(w + i, L::load(w + i) - increment);
      });
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
