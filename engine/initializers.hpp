// Kernel initializers (Keras's definitions); biases always start at zero.
#pragma once
#include <xtensor/xtensor.hpp>

#include "rng.hpp"
#include "spec.hpp"

namespace dp {

// Fills kernel [fan_in, fan_out].
void initialize_kernel(Initializer kind, xt::xtensor<float, 2>& kernel, Rng& rng);

}  // namespace dp
