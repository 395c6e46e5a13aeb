// RMSprop as Keras 3 defines it (keras/src/optimizers/rmsprop.py), with
// optional momentum and centering.
#pragma once
#include "lanes.hpp"
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
    const float rho = rho_, b = momentum_, eps = epsilon_;
    // s = rho * s + (1 - rho) * g^2
    const auto mean_square = [=](auto s, auto g) { return rho * s + (1 - rho) * g * g; };
    // centered: mg = rho * mg + (1 - rho) * g, and s - mg^2 (the variance estimate) replaces s,
    // clamped at 0 where rounding pushes it below
    const auto mean_grad = [=](auto mg, auto g) { return rho * mg + (1 - rho) * g; };
    // step = lr * g / sqrt(s + eps)   (Keras 3 puts eps inside the root)
    const auto rms_step = [=](auto g, auto s) { return lr * g / sqrt(s + eps); };
    for (std::size_t p = 0; p < params_.size(); ++p) {
      auto& weights = params_[p].value;
      const auto& gradient = params_[p].grad;
      if (!centered_ && b == 0.0f) {
        // w -= step
        for_each_lane(
            [&](auto& w, auto g, auto& s) {
              s = mean_square(s, g);
              w -= rms_step(g, s);
            },
            weights, gradient, mean_square_[p]);
      } else if (!centered_) {
        // v = b * v + step ; w -= v
        for_each_lane(
            [&](auto& w, auto g, auto& s, auto& v) {
              s = mean_square(s, g);
              v = b * v + rms_step(g, s);
              w -= v;
            },
            weights, gradient, mean_square_[p], velocity_[p]);
      } else {
        // v = b * v + step ; w -= v   (b = 0: v = step)
        for_each_lane(
            [&](auto& w, auto g, auto& s, auto& mg, auto& v) {
              s = mean_square(s, g);
              mg = mean_grad(mg, g);
              v = b * v + rms_step(g, max_zero(s - mg * mg));
              w -= v;
            },
            weights, gradient, mean_square_[p], mean_grad_[p], velocity_[p]);
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
