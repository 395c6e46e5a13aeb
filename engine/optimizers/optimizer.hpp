// What every optimizer sees: parameters with their gradients, and a step.
#pragma once
#include <cstddef>
#include <memory>
#include <vector>

#include "../spec.hpp"

namespace dp {

// A parameter tensor and its gradient, as flat float spans owned by a layer.
struct Parameter {
  float* value;
  const float* grad;
  std::size_t size;
};

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

// Per-parameter state: one float buffer per bound parameter.
struct SlotBuffers {
  std::vector<std::vector<float>> slots;
  void bind(const std::vector<Parameter>& params) {
    slots.clear();
    for (const auto& p : params) slots.emplace_back(p.size, 0.0f);
  }
  void reset() {
    for (auto& s : slots) std::fill(s.begin(), s.end(), 0.0f);
  }
};

}  // namespace dp
