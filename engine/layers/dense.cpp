#include "dense.hpp"

#include "../activations/activation.hpp"
#include "../gemm.hpp"
#include "../initializers.hpp"

namespace dp {

Dense::Dense(std::size_t inputs, const LayerSpec& spec, Rng& rng)
    : activation_(spec.activation),
      regularizer_{spec.kernel_regularizer},
      kernel_({inputs, std::size_t(spec.units)}),
      kernel_grad_(xt::xtensor<float, 2>::shape_type{inputs, std::size_t(spec.units)}, 0.0f),
      bias_(xt::xtensor<float, 1>::shape_type{std::size_t(spec.units)}, 0.0f),
      bias_grad_(xt::xtensor<float, 1>::shape_type{std::size_t(spec.units)}, 0.0f),
      kernel_t_({std::size_t(spec.units), inputs}) {
  initialize_kernel(spec.kernel_initializer, kernel_, rng);
}

void Dense::reserve(std::size_t max_rows) {
  if (z_.shape(0) >= max_rows) return;
  z_.resize({max_rows, output_size()});
  a_.resize({max_rows, output_size()});
  dz_.resize({max_rows, output_size()});
  dx_.resize({max_rows, input_size()});
}

const float* Dense::forward(const float* input, std::size_t rows, bool /*training*/) {
  input_ = input;
  const std::size_t in = input_size(), out = output_size();
  // z = x W
  gemm({input, in, 1}, kernel_.data(), z_.data(), rows, out, in, false);
  // z += b; a = f(z)
  add_bias_and_activate(activation_, z_.data(), bias_.data(), a_.data(), rows, out);
  return a_.data();
}

const float* Dense::backward(const float* grad_output, std::size_t rows, bool want_input_grad) {
  const std::size_t in = input_size(), out = output_size();
  const float* dz = grad_output;
  if (grad_is_preactivation_) {
    bias_gradient(dz, bias_grad_.data(), rows, out);
  } else {
    // dz = da * f'(z); db = sum_rows dz
    activation_backward(activation_, z_.data(), a_.data(), grad_output, dz_.data(), bias_grad_.data(), rows, out);
    dz = dz_.data();
  }
  // dW = x^T dz
  gemm({input_, 1, in}, dz, kernel_grad_.data(), in, out, rows, false);
  if (regularizer_.active()) regularizer_.add_gradient(kernel_, kernel_grad_);
  if (!want_input_grad) return nullptr;
  // dx = dz W^T
  gemm_transposed_b({dz, out, 1}, kernel_.data(), kernel_t_.data(), dx_.data(), rows, in, out);
  return dx_.data();
}

void Dense::collect_parameters(std::vector<Parameter>& out) {
  out.push_back(parameter_of(kernel_, kernel_grad_));
  out.push_back(parameter_of(bias_, bias_grad_));
}

float Dense::penalty() const { return regularizer_.active() ? regularizer_.penalty(kernel_) : 0.0f; }

}  // namespace dp
