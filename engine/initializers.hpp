// Kernel initializers (Keras's definitions); biases always start at zero.
#pragma once
#include <cstddef>

#include "rng.hpp"
#include "spec.hpp"

namespace dp {

// Fills kernel [fan_in, fan_out] row-major.
void initialize_kernel(Initializer kind, float* kernel, std::size_t fan_in, std::size_t fan_out, Rng& rng);

}  // namespace dp
