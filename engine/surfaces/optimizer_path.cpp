#include "optimizer_path.hpp"

#include <cmath>
#include <vector>

#include <xtensor/xtensor.hpp>

#include "../optimizers/optimizer.hpp"
#include "../rng.hpp"
#include "../schedules.hpp"

namespace dp {
namespace {

bool has_diverged(float loss) { return !std::isfinite(loss) || loss > kDivergedLoss; }

void write_point(float* out, long index, float w1, float w2, float loss) {
  out[index * 3 + 0] = w1;
  out[index * 3 + 1] = w2;
  out[index * 3 + 2] = loss;
}

}  // namespace

PathOptions default_path_options(SurfaceKind kind) {
  PathOptions options;
  options.kind = kind;
  options.start_w1 = surface_info(kind).start_w1;
  options.start_w2 = surface_info(kind).start_w2;
  return options;
}

std::string validate_path_options(const PathOptions& options) {
  if (options.steps < 1 || options.steps > 100000)
    return "steps must be an integer in 1..100000 (got " + std::to_string(options.steps) + ")";
  if (!std::isfinite(options.start_w1)) return "startW1 must be a finite number";
  if (!std::isfinite(options.start_w2)) return "startW2 must be a finite number";
  // Written so that NaN fails too.
  if (!(options.gradient_noise >= 0.0f && options.gradient_noise <= 100.0f))
    return "gradientNoise must be a number in 0..100 (got " + std::to_string(options.gradient_noise) + ")";
  return "";
}

PathResult run_optimizer_path(const PathOptions& options, float* out) {
  // The optimizer updates w in place from g, exactly as it would a layer's kernel.
  xt::xtensor<float, 1> w = {options.start_w1, options.start_w2};
  xt::xtensor<float, 1> g = {0.0f, 0.0f};
  std::unique_ptr<Optimizer> optimizer = make_optimizer(options.optimizer);
  optimizer->bind({parameter_of(w, g)});
  Rng rng(options.seed);

  SurfacePoint p = evaluate_surface(options.kind, w(0), w(1));
  write_point(out, 0, w(0), w(1), p.loss);
  if (has_diverged(p.loss)) return {1, true};
  for (long t = 1; t <= options.steps; ++t) {
    // g = dL/dw + noise * N(0, 1) : a mini-batch's unbiased but noisy gradient
    g(0) = p.dw1;
    g(1) = p.dw2;
    if (options.gradient_noise > 0.0f) {
      g(0) += options.gradient_noise * rng.normal();
      g(1) += options.gradient_noise * rng.normal();
    }
    optimizer->step(learning_rate_at(options.optimizer, t), t);
    p = evaluate_surface(options.kind, w(0), w(1));
    write_point(out, t, w(0), w(1), p.loss);
    if (has_diverged(p.loss)) return {static_cast<int>(t) + 1, true};
  }
  return {options.steps + 1, false};
}

}  // namespace dp
