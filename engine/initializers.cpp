#include "initializers.hpp"

#include <algorithm>
#include <cmath>

#include <xtensor/xnoalias.hpp>

namespace dp {
namespace {

// A tensor of `shape` filled with draw() in row-major order.
template <class Draw>
xt::xtensor<float, 2> draws(const xt::xtensor<float, 2>::shape_type& shape, Draw draw) {
  xt::xtensor<float, 2> values(shape);
  std::generate(values.storage().begin(), values.storage().end(), draw);
  return values;
}

}  // namespace

void initialize_kernel(Initializer kind, xt::xtensor<float, 2>& w, Rng& rng) {
  const float fan_in = float(w.shape(0)), fan_out = float(w.shape(1));
  switch (kind) {
    case Initializer::glorot_uniform: {
      // w ~ U(-limit, limit), limit = sqrt(6 / (fan_in + fan_out))
      const float limit = std::sqrt(6.0f / (fan_in + fan_out));
      xt::noalias(w) = -limit + 2.0f * limit * draws(w.shape(), [&] { return rng.uniform(); });
      return;
    }
    case Initializer::he_normal: {
      // w ~ N(0, sqrt(2 / fan_in)) truncated at 2 sigma, rescaled by 1/0.8796 so
      // the truncated variance is still 2 / fan_in (Keras VarianceScaling)
      const float stddev = std::sqrt(2.0f / fan_in) / 0.87962566103423978f;
      const auto truncated_normal = [&] {
        float z;
        do z = rng.normal();
        while (std::fabs(z) > 2.0f);
        return z;
      };
      xt::noalias(w) = stddev * draws(w.shape(), truncated_normal);
      return;
    }
    case Initializer::zeros:
      w.fill(0.0f);
      return;
  }
}

}  // namespace dp
