// Inverted dropout: at training time each unit is kept with probability
// 1 - rate and scaled by 1 / (1 - rate); at inference it passes unchanged.
#pragma once
#include <xtensor/xnoalias.hpp>
#include <xtensor/xtensor.hpp>

#include "../rng.hpp"
#include "../tensor_view.hpp"
#include "layer.hpp"

namespace dp {

class Dropout final : public Layer {
 public:
  Dropout(std::size_t units, float rate, Rng& rng) : units_(units), rate_(rate), rng_(rng) {}

  std::size_t input_size() const override { return units_; }
  std::size_t output_size() const override { return units_; }

  void reserve(std::size_t max_rows) override {
    if (mask_.shape(0) >= max_rows) return;
    mask_.resize({max_rows, units_});
    out_.resize({max_rows, units_});
    dx_.resize({max_rows, units_});
  }
  // mask, out and dx
  std::size_t row_floats() const override { return 3 * units_; }

  const float* forward(const float* input, std::size_t rows, bool training) override {
    if (!training || rate_ == 0.0f) {
      passthrough_ = true;
      return input;
    }
    passthrough_ = false;
    mask_rows_ = rows;
    const float keep_scale = 1.0f / (1.0f - rate_);
    // mask = 1/(1 - rate) with probability 1 - rate, else 0
    float* mask = mask_.data();
    for (std::size_t i = 0; i < rows * units_; ++i) mask[i] = rng_.uniform() >= rate_ ? keep_scale : 0.0f;
    // out = x * mask
    xt::noalias(first_rows(out_, rows)) = matrix_view(input, rows, units_) * first_rows(mask_, rows);
    return out_.data();
  }

  const float* backward(const float* grad_output, std::size_t rows, bool want_input_grad) override {
    if (!want_input_grad) return nullptr;
    if (passthrough_) return grad_output;
    // dx = dy * mask
    xt::noalias(first_rows(dx_, rows)) = matrix_view(grad_output, rows, units_) * first_rows(mask_, rows);
    return dx_.data();
  }

  // The last training batch's mask (0 = dropped), for showing dropped units.
  const float* mask() const { return mask_.data(); }
  std::size_t mask_rows() const { return mask_rows_; }

 private:
  std::size_t units_;
  float rate_;
  Rng& rng_;
  bool passthrough_ = true;
  std::size_t mask_rows_ = 0;  // rows of the last training batch's mask
  xt::xtensor<float, 2> mask_, out_, dx_;
};

}  // namespace dp
