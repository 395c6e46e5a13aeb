// Adam as Keras defines it (bias correction folded into the learning rate).
#pragma once
#include <cmath>

#include "lanes.hpp"
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
    const float b1 = beta1_, b2 = beta2_, eps = epsilon_;
    // lr_t = lr * sqrt(1 - b2^t) / (1 - b1^t)
    const double td = static_cast<double>(t);
    const float lr_t =
        static_cast<float>(lr * std::sqrt(1.0 - std::pow(double(b2), td)) / (1.0 - std::pow(double(b1), td)));
    for (std::size_t p = 0; p < params_.size(); ++p) {
      const auto& gradient = params_[p].grad;
      // m = b1*m + (1-b1)*g ; v = b2*v + (1-b2)*g^2 ; w -= lr_t * m / (sqrt(v) + eps)
      for_each_lane(
          [&](auto& w, auto g, auto& m, auto& v) {
            m = b1 * m + (1 - b1) * g;
            v = b2 * v + (1 - b2) * g * g;
            w -= lr_t * m / (sqrt(v) + eps);
          },
          params_[p].value, gradient, m_[p], v_[p]);
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
