#include "initializers.hpp"

#include <cmath>

namespace dp {
namespace {

// glorot_uniform: w ~ U(-limit, limit), limit = sqrt(6 / (fan_in + fan_out))
void glorot_uniform(float* w, std::size_t fan_in, std::size_t fan_out, Rng& rng) {
  const float limit = std::sqrt(6.0f / float(fan_in + fan_out));
  for (std::size_t i = 0; i < fan_in * fan_out; ++i) w[i] = rng.uniform(-limit, limit);
}

// he_normal: w ~ N(0, sqrt(2 / fan_in)) truncated at 2 sigma, rescaled by
// 1/0.8796 so the truncated variance is still 2 / fan_in (Keras VarianceScaling)
void he_normal(float* w, std::size_t fan_in, std::size_t fan_out, Rng& rng) {
  const float stddev = std::sqrt(2.0f / float(fan_in)) / 0.87962566103423978f;
  for (std::size_t i = 0; i < fan_in * fan_out; ++i) {
    float x;
    do x = rng.normal();
    while (std::fabs(x) > 2.0f);
    w[i] = stddev * x;
  }
}

}  // namespace

void initialize_kernel(Initializer kind, float* kernel, std::size_t fan_in, std::size_t fan_out, Rng& rng) {
  switch (kind) {
    case Initializer::glorot_uniform: glorot_uniform(kernel, fan_in, fan_out, rng); return;
    case Initializer::he_normal: he_normal(kernel, fan_in, fan_out, rng); return;
    case Initializer::zeros:
      for (std::size_t i = 0; i < fan_in * fan_out; ++i) kernel[i] = 0.0f;
      return;
  }
}

}  // namespace dp
