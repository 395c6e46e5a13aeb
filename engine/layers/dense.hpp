// A fully connected layer: a = f(x W + b), with the bias add, the activation
// and their gradients fused into one pass each way.
#pragma once
#include <xtensor/xtensor.hpp>

#include "../regularizer.hpp"
#include "../rng.hpp"
#include "layer.hpp"

namespace dp {

class Dense final : public Layer {
 public:
  Dense(std::size_t inputs, const LayerSpec& spec, Rng& rng);

  std::size_t input_size() const override { return kernel_.shape(0); }
  std::size_t output_size() const override { return kernel_.shape(1); }
  void reserve(std::size_t max_rows) override;
  // z, a and dz [units], dx [inputs]
  std::size_t row_floats() const override { return 3 * output_size() + input_size(); }
  const float* forward(const float* input, std::size_t rows, bool training) override;
  const float* backward(const float* grad_output, std::size_t rows, bool want_input_grad) override;
  void collect_parameters(std::vector<Parameter>& out) override;
  float penalty() const override;

  Activation activation() const { return activation_; }
  // a = f(z) of the last forward(), [rows, units].
  const float* output() const { return a_.data(); }
  // z = x W + b of the last forward(), [rows, units].
  const float* preactivation() const { return z_.data(); }
  // The loss hands this (output) layer dL/dz directly (fused p - y gradient).
  void receive_preactivation_gradient(bool yes) { grad_is_preactivation_ = yes; }

 private:
  Activation activation_;
  Regularizer regularizer_;
  bool grad_is_preactivation_ = false;
  xt::xtensor<float, 2> kernel_, kernel_grad_;  // [inputs, units]
  xt::xtensor<float, 1> bias_, bias_grad_;      // [units]
  xt::xtensor<float, 2> kernel_t_;              // [units, inputs]: W^T packed for dL/dx
  xt::xtensor<float, 2> z_, a_, dz_, dx_;       // per-batch scratch
  const float* input_ = nullptr;
};

}  // namespace dp
