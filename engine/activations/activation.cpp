#include "activation.hpp"

#include "elu.hpp"
#include "gelu.hpp"
#include "leaky_relu.hpp"
#include "linear.hpp"
#include "relu.hpp"
#include "sigmoid.hpp"
#include "softmax.hpp"
#include "tanh.hpp"

namespace dp {
namespace {

// Calls visit(F{}) with the element-wise functor type of f; softmax is row-wise
// and handled by the callers.
template <class Visit>
void with_elementwise(Activation f, Visit&& visit) {
  switch (f) {
    case Activation::linear:
      visit(Linear{});
      break;
    case Activation::relu:
      visit(Relu{});
      break;
    case Activation::sigmoid:
      visit(Sigmoid{});
      break;
    case Activation::tanh:
      visit(Tanh{});
      break;
    case Activation::leaky_relu:
      visit(LeakyRelu{});
      break;
    case Activation::elu:
      visit(Elu{});
      break;
    case Activation::gelu:
      visit(Gelu{});
      break;
    case Activation::softmax:
      break;
  }
}

}  // namespace

void add_bias_and_activate(Activation f, float* z, const float* bias, float* a, std::size_t rows, std::size_t cols) {
  for (std::size_t r = 0; r < rows; ++r)
    for (std::size_t j = 0; j < cols; ++j) z[r * cols + j] += bias[j];
  if (f == Activation::softmax) {
    Softmax::rows(z, a, rows, cols);
    return;
  }
  with_elementwise(f, [&](auto fn) {
    const std::size_t n = rows * cols;
    for (std::size_t i = 0; i < n; ++i) a[i] = fn.value(z[i]);
  });
}

void activation_backward(Activation f, const float* z, const float* a, const float* da, float* dz, float* db,
                         std::size_t rows, std::size_t cols) {
  if (f == Activation::softmax) {
    Softmax::backward_rows(a, da, dz, rows, cols);
  } else {
    with_elementwise(f, [&](auto fn) {
      const std::size_t n = rows * cols;
      for (std::size_t i = 0; i < n; ++i) dz[i] = da[i] * fn.derivative(z[i], a[i]);
    });
  }
  bias_gradient(dz, db, rows, cols);
}

void bias_gradient(const float* dz, float* db, std::size_t rows, std::size_t cols) {
  for (std::size_t j = 0; j < cols; ++j) db[j] = 0.0f;
  for (std::size_t r = 0; r < rows; ++r)
    for (std::size_t j = 0; j < cols; ++j) db[j] += dz[r * cols + j];
}

float activation_value(Activation f, float z) {
  if (f == Activation::softmax) return 1.0f;  // a single unit's softmax
  float out = z;
  with_elementwise(f, [&](auto fn) { out = fn.value(z); });
  return out;
}

float activation_derivative(Activation f, float z) {
  if (f == Activation::softmax) return 0.0f;
  float out = 1.0f;
  with_elementwise(f, [&](auto fn) { out = fn.derivative(z, fn.value(z)); });
  return out;
}

}  // namespace dp
