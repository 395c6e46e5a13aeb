// A layer of a sequential model. Layers own their parameters, gradients and
// scratch buffers; buffers are sized by reserve(), never during a step.
#pragma once
#include <cstddef>
#include <vector>

#include "../optimizers/optimizer.hpp"

namespace dp {

class Layer {
 public:
  virtual ~Layer() = default;
  virtual std::size_t input_size() const = 0;
  virtual std::size_t output_size() const = 0;
  // Sizes every per-batch buffer for batches of up to max_rows rows.
  virtual void reserve(std::size_t max_rows) = 0;
  // Floats reserve() allocates per row.
  virtual std::size_t row_floats() const = 0;
  // Output for `rows` rows of input; the input must stay alive until backward.
  virtual const float* forward(const float* input, std::size_t rows, bool training) = 0;
  // Takes dL/d(output) (or dL/dz for a dense layer told so), stores the
  // parameter gradients and returns dL/d(input), or nullptr if not wanted.
  virtual const float* backward(const float* grad_output, std::size_t rows, bool want_input_grad) = 0;
  // Trainable parameters with their gradients, in Keras's order.
  virtual void collect_parameters(std::vector<Parameter>& out) { (void)out; }
  // The regularization penalty this layer adds to the loss.
  virtual float penalty() const { return 0.0f; }
};

}  // namespace dp
