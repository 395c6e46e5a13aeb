// One entry point for every loss: its value and the gradient that starts
// backpropagation, both of one function of the output layer's result.
#pragma once
#include <cstddef>

#include "../spec.hpp"

namespace dp {

// What the output layer computed for a batch: its logits z and p = f(z), each
// [rows, cols].
struct OutputBatch {
  Activation activation;
  const float* z;
  const float* p;
  std::size_t rows;
  std::size_t cols;
};

// True when the loss and the output activation pair up (sigmoid + binary
// cross-entropy, softmax + the categorical family): the loss is then taken
// from the logits z, exact however saturated p is, and its gradient is the
// stable dL/dz = p - y.
bool loss_fuses_with(Loss loss, Activation output_activation);

// The batch's mean loss against labels y ([rows, cols], or [rows] class ids
// for sparse losses): from the logits when the pair fuses, else from p
// (cross-entropies clip p to [1e-7, 1 - 1e-7]).
float loss_value(Loss loss, const OutputBatch& out, const float* y);

// The gradient of exactly that loss: dL/dz when the pair fuses, else dL/dp
// (zero where p was clipped). Writes [rows, cols] into grad.
void loss_gradient(Loss loss, const OutputBatch& out, const float* y, float* grad);

}  // namespace dp
