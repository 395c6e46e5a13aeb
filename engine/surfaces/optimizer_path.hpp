// The path a real engine optimizer takes on a 2-D loss surface: the walkers
// of the gradient-descent, why-sgd, optimizers, learning-rate and momentum
// lessons.
#pragma once
#include <cstddef>
#include <cstdint>
#include <string>

#include "../spec.hpp"
#include "surface.hpp"

namespace dp {

struct PathOptions {
  SurfaceKind kind = SurfaceKind::bowl;
  OptimizerSpec optimizer;  // the same optimizer and schedule a model would use
  float start_w1 = 0.0f, start_w2 = 0.0f;
  int steps = 100;              // optimizer updates
  float gradient_noise = 0.0f;  // std of N(0,1) noise added to each gradient component
  std::uint32_t seed = 0;       // fixes that noise
};

struct PathResult {
  int points;     // points written, the start included: steps + 1 unless diverged
  bool diverged;  // the last point's loss is non-finite or above kDivergedLoss
};

// A loss above this counts as divergence, and the path stops there.
constexpr float kDivergedLoss = 1e6f;

// Options on `kind` starting from its default start point.
PathOptions default_path_options(SurfaceKind kind);

// Floats the caller provides for a path of `steps` updates: (steps + 1) * 3.
inline std::size_t path_buffer_size(int steps) { return (static_cast<std::size_t>(steps) + 1) * 3; }

// Returns "" or a message naming the bad field (as the JS API spells it) and
// its allowed range.
std::string validate_path_options(const PathOptions& options);

// Runs options.steps updates of the optimizer from the start point, writing
// (w1, w2, loss) per point into out[path_buffer_size(steps)], the start
// first. The loss written is the surface's true loss; only the gradient the
// optimizer sees is noisy, as a mini-batch gradient is. Stops after the first
// point whose loss diverged (that point is written). Trusts validated options.
PathResult run_optimizer_path(const PathOptions& options, float* out);

}  // namespace dp
