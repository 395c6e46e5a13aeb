// Applies an activation to a [rows, cols] block, fused with the bias add on
// the way forward and with the bias gradient on the way back.
#pragma once
#include <cstddef>

#include "../spec.hpp"

namespace dp {

// z += b (per column); a = f(z)
void add_bias_and_activate(Activation f, float* z, const float* bias, float* a, std::size_t rows, std::size_t cols);

// dz = da * f'(z, a); db = sum over rows of dz
void activation_backward(Activation f, const float* z, const float* a, const float* da, float* dz, float* db,
                         std::size_t rows, std::size_t cols);

// db = sum over rows of dz, for a dz computed elsewhere (fused loss gradients)
void bias_gradient(const float* dz, float* db, std::size_t rows, std::size_t cols);

// f(z) and f'(z) for single values, for plots and tests
float activation_value(Activation f, float z);
float activation_derivative(Activation f, float z);

}  // namespace dp
