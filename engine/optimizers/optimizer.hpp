// What every optimizer sees: parameters with their gradients, and a step.
#pragma once
#include <cstddef>
#include <memory>
#include <vector>

#include <xtensor/xarray.hpp>

#include "../spec.hpp"
#include "../tensor_view.hpp"

namespace dp {

// A parameter tensor and its gradient, as adaptors over a layer's storage
// that carry its shape: [inputs, units] for a kernel, [units] for a bias.
struct Parameter {
  using Shape = xt::svector<std::size_t, 4>;
  using View = xt::xarray_adaptor<xt::xbuffer_adaptor<float*, xt::no_ownership>, xt::layout_type::row_major, Shape>;
  View value;
  View grad;
};

// The parameter stored in value[shape], its gradient in grad[shape].
inline Parameter parameter_of(float* value, float* grad, const Parameter::Shape& shape) {
  return {tensor_view(value, shape), tensor_view(grad, shape)};
}

// The parameter held in the tensor `value`, its gradient in `grad` (same shape).
template <class Tensor>
Parameter parameter_of(Tensor& value, Tensor& grad) {
  return parameter_of(value.data(), grad.data(), Parameter::Shape(value.shape().begin(), value.shape().end()));
}

class Optimizer {
 public:
  virtual ~Optimizer() = default;
  // Sizes the optimizer's state (velocities, moments) for these parameters;
  // called once when the model is built, never during training.
  virtual void bind(const std::vector<Parameter>& params) = 0;
  // Updates every bound parameter once at learning rate lr; t counts from 1.
  virtual void step(float lr, long t) = 0;
  // Forgets the state, as a fresh optimizer would start.
  virtual void reset() = 0;
};

std::unique_ptr<Optimizer> make_optimizer(const OptimizerSpec& spec);

// Per-parameter state: one tensor of the parameter's shape per bound parameter.
struct SlotBuffers {
  std::vector<xt::xarray<float>> slots;
  void bind(const std::vector<Parameter>& params) {
    slots.clear();
    for (const Parameter& p : params) slots.push_back(xt::zeros<float>(p.value.shape()));
  }
  void reset() {
    for (auto& s : slots) s.fill(0.0f);
  }
  xt::xarray<float>& operator[](std::size_t p) { return slots[p]; }
};

}  // namespace dp
