// One entry point for every loss: its value and the gradient that starts
// backpropagation.
#pragma once
#include <cstddef>

#include "../spec.hpp"

namespace dp {

// The batch's mean loss of predictions p [rows, cols] against labels y
// ([rows, cols], or [rows] class ids for sparse losses).
float loss_value(Loss loss, const float* p, const float* y, std::size_t rows, std::size_t cols);

// True when the loss and the output activation pair into the stable fused
// gradient dL/dz = p - y (sigmoid + binary cross-entropy, softmax + the
// categorical family).
bool loss_fuses_with(Loss loss, Activation output_activation);

// Writes dL/dz when loss_fuses_with(loss, output_activation), else dL/dp.
void loss_gradient(Loss loss, Activation output_activation, const float* p, const float* y, float* grad,
                   std::size_t rows, std::size_t cols);

}  // namespace dp
