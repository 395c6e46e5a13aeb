// Claims of the optimizer lessons (6, 8, 10, 11, 12) checked on the 2-D
// loss surfaces with the engine's real optimizers.
#include <doctest/doctest.h>

#include <algorithm>
#include <cmath>
#include <string>
#include <vector>

#include "rng.hpp"
#include "surfaces/optimizer_path.hpp"
#include "surfaces/surface.hpp"
#include "surfaces/surface_grid.hpp"

using namespace dp;

namespace {

struct Path {
  std::vector<float> xyz;  // w1, w2, loss per point
  PathResult result;
  float w1(int i) const { return xyz[i * 3]; }
  float w2(int i) const { return xyz[i * 3 + 1]; }
  float loss(int i) const { return xyz[i * 3 + 2]; }
  int last() const { return result.points - 1; }
};

Path run(const PathOptions& options) {
  REQUIRE(validate_path_options(options) == "");
  Path path;
  path.xyz.assign(path_buffer_size(options.steps), 0.0f);
  path.result = run_optimizer_path(options, path.xyz.data());
  return path;
}

OptimizerSpec optimizer(OptimizerType type, float learning_rate, float momentum = 0.0f) {
  OptimizerSpec spec;
  spec.type = type;
  spec.learning_rate = learning_rate;
  spec.momentum = momentum;
  return spec;
}

PathOptions options_on(SurfaceKind kind, const OptimizerSpec& spec, int steps, float noise = 0.0f,
                       std::uint32_t seed = 0) {
  PathOptions options = default_path_options(kind);
  options.optimizer = spec;
  options.steps = steps;
  options.gradient_noise = noise;
  options.seed = seed;
  return options;
}

// The first step whose loss is at or below target, or -1 if none is.
int steps_to(SurfaceKind kind, const OptimizerSpec& spec, float target, int steps = 20000) {
  const Path path = run(options_on(kind, spec, steps));
  for (int i = 0; i < path.result.points; ++i)
    if (path.loss(i) <= target) return i;
  return -1;
}

// The fewest steps to target over a grid of learning rates (-1 rates excluded).
int best_steps_to(SurfaceKind kind, OptimizerType type, const std::vector<float>& rates, float target) {
  int best = -1;
  for (float lr : rates) {
    const int n = steps_to(kind, optimizer(type, lr), target);
    if (n >= 0 && (best < 0 || n < best)) best = n;
  }
  return best;
}

}  // namespace

TEST_CASE("every surface's gradient matches finite differences") {
  Rng rng(7);
  for (SurfaceKind kind : kSurfaceKinds) {
    const SurfaceInfo& info = surface_info(kind);
    for (int k = 0; k < 20; ++k) {
      const float w1 = rng.uniform(info.window.xmin, info.window.xmax);
      const float w2 = rng.uniform(info.window.ymin, info.window.ymax);
      const SurfacePoint p = evaluate_surface(kind, w1, w2);
      // dL/dw1 ~ (L(w1 + h, w2) - L(w1 - h, w2)) / 2h, in double
      const double h = 1e-4;
      const double d1 = (surface_loss(kind, w1 + h, w2) - surface_loss(kind, w1 - h, w2)) / (2 * h);
      const double d2 = (surface_loss(kind, w1, w2 + h) - surface_loss(kind, w1, w2 - h)) / (2 * h);
      INFO(name_of(kind), " at (", w1, ", ", w2, ")");
      CHECK(std::abs(p.dw1 - d1) <= 1e-4 * std::max(1.0, std::abs(d1)));
      CHECK(std::abs(p.dw2 - d2) <= 1e-4 * std::max(1.0, std::abs(d2)));
      CHECK(p.loss == doctest::Approx(surface_loss(kind, w1, w2)).epsilon(1e-6));
    }
  }
}

TEST_CASE("each surface's stated minimum is its lowest point, with zero gradient, and the start lies in view") {
  std::vector<float> grid(200 * 200);
  for (SurfaceKind kind : kSurfaceKinds) {
    const SurfaceInfo& info = surface_info(kind);
    INFO(name_of(kind));
    const SurfacePoint at_min = evaluate_surface(kind, info.min_w1, info.min_w2);
    CHECK(at_min.loss == doctest::Approx(info.min_loss).epsilon(1e-6));
    CHECK(std::abs(at_min.dw1) < 1e-5f);
    CHECK(std::abs(at_min.dw2) < 1e-5f);
    fill_surface_grid(kind, info.window, 200, 200, grid.data());
    float lowest = grid[0];
    for (float loss : grid) lowest = std::min(lowest, loss);
    CHECK(lowest >= info.min_loss);
    CHECK(info.start_w1 > info.window.xmin);
    CHECK(info.start_w1 < info.window.xmax);
    CHECK(info.start_w2 > info.window.ymin);
    CHECK(info.start_w2 < info.window.ymax);
    CHECK(evaluate_surface(kind, info.start_w1, info.start_w2).loss > info.min_loss + 1.0f);
  }
}

TEST_CASE("surface names round-trip and an unknown name lists the allowed ones") {
  for (SurfaceKind kind : kSurfaceKinds) {
    SurfaceKind parsed = SurfaceKind::bowl;
    CHECK(parse_surface_kind(name_of(kind), parsed) == "");
    CHECK(parsed == kind);
  }
  SurfaceKind parsed = SurfaceKind::saddle;
  const std::string error = parse_surface_kind("bowls", parsed);
  CHECK(error.find("bowl, valley, rosenbrock, saddle, local_minimum") != std::string::npos);
  CHECK(error.find("'bowls'") != std::string::npos);
  CHECK(parsed == SurfaceKind::saddle);
}

TEST_CASE("the heatmap grid is row-major with its first row at the top of the window") {
  // bowl on [0,4]x[0,2] at 4x2: pixel centres w1 = 0.5..3.5, w2 = 1.5 (top row), 0.5
  std::vector<float> grid(8);
  fill_surface_grid(SurfaceKind::bowl, {0.0f, 4.0f, 0.0f, 2.0f}, 4, 2, grid.data());
  const std::vector<float> expected = {2.5f, 4.5f, 8.5f, 14.5f, 0.5f, 2.5f, 6.5f, 12.5f};
  for (int i = 0; i < 8; ++i) CHECK(grid[i] == doctest::Approx(expected[i]));
  CHECK(validate_surface_grid({0.0f, 4.0f, 0.0f, 2.0f}, 4, 2) == "");
  CHECK(validate_surface_grid({0.0f, 4.0f, 0.0f, 2.0f}, 0, 2).find("nx") != std::string::npos);
  CHECK(validate_surface_grid({0.0f, 4.0f, 0.0f, 2.0f}, 4, 5000).find("ny") != std::string::npos);
  CHECK(validate_surface_grid({1.0f, 1.0f, 0.0f, 2.0f}, 4, 2).find("xmin < xmax") != std::string::npos);
  CHECK(validate_surface_grid({0.0f, 1.0f, 0.0f, NAN}, 4, 2).find("finite") != std::string::npos);
}

TEST_CASE("a window where every loss overflows float32 is refused, naming the window; one finite value suffices") {
  const SurfaceWindow far = {1e20f, 2e20f, 0.0f, 1.0f};  // the bowl's w1^2 there is above 1e40
  std::vector<float> grid(6);
  fill_surface_grid(SurfaceKind::bowl, far, 3, 2, grid.data());
  CHECK(check_surface_values(far, grid.data(), grid.size()) ==
        "window: [1e+20, 2e+20, 0, 1] is too far out: every loss in it is NaN or Infinity in float32; choose a "
        "window nearer the minimum");
  grid[4] = 1.0f;
  CHECK(check_surface_values(far, grid.data(), grid.size()) == "");
}

TEST_CASE("path options are validated with the field and its allowed range") {
  PathOptions options = default_path_options(SurfaceKind::bowl);
  CHECK(validate_path_options(options) == "");
  options.steps = 0;
  CHECK(validate_path_options(options).find("steps must be an integer in 1..100000") != std::string::npos);
  options.steps = 100001;
  CHECK(validate_path_options(options).find("steps") != std::string::npos);
  options = default_path_options(SurfaceKind::bowl);
  options.start_w1 = INFINITY;
  CHECK(validate_path_options(options).find("startW1") != std::string::npos);
  options = default_path_options(SurfaceKind::bowl);
  options.start_w2 = NAN;
  CHECK(validate_path_options(options).find("startW2") != std::string::npos);
  for (float noise : {-0.1f, 100.5f, NAN}) {
    options = default_path_options(SurfaceKind::bowl);
    options.gradient_noise = noise;
    CHECK(validate_path_options(options).find("gradientNoise must be a number in 0..100") != std::string::npos);
  }
}

TEST_CASE("a path starts at the start point and the same seed gives the same noisy path") {
  const PathOptions options = options_on(SurfaceKind::saddle, optimizer(OptimizerType::sgd, 0.1f), 50, 0.5f, 3);
  const Path a = run(options), b = run(options);
  CHECK(a.result.points == 51);
  CHECK_FALSE(a.result.diverged);
  CHECK(a.w1(0) == options.start_w1);
  CHECK(a.w2(0) == options.start_w2);
  CHECK(a.loss(0) == evaluate_surface(SurfaceKind::saddle, options.start_w1, options.start_w2).loss);
  CHECK(a.xyz == b.xyz);
  PathOptions other = options;
  other.seed = 4;
  CHECK(run(other).xyz != a.xyz);
}

TEST_CASE("gd on the bowl reaches the minimum and the loss flattens") {
  const Path path = run(options_on(SurfaceKind::bowl, optimizer(OptimizerType::sgd, 0.1f), 100));
  REQUIRE(path.result.points == 101);
  for (int i = 1; i <= 100; ++i) CHECK(path.loss(i) <= path.loss(i - 1));
  CHECK(path.loss(100) < 1e-8f);
  CHECK(std::hypot(path.w1(100), path.w2(100)) < 1e-4f);
  // flattens: the first step gains over a unit of loss, the last ten together almost nothing
  CHECK(path.loss(0) - path.loss(1) > 1.0f);
  CHECK(path.loss(90) - path.loss(100) < 1e-7f);
}

TEST_CASE("momentum 0.9 reaches the valley's target loss in under half the steps of plain sgd") {
  // lr 0.3 is where plain sgd visibly zig-zags across the valley; lr 0.1 where it only crawls
  const Path zigzag = run(options_on(SurfaceKind::valley, optimizer(OptimizerType::sgd, 0.3f), 6));
  for (int i = 1; i <= 6; ++i) CHECK(zigzag.w2(i) * zigzag.w2(i - 1) < 0.0f);
  for (float lr : {0.1f, 0.3f}) {
    for (float target : {1e-2f, 1e-3f, 1e-4f}) {
      const int plain = steps_to(SurfaceKind::valley, optimizer(OptimizerType::sgd, lr), target);
      const int heavy = steps_to(SurfaceKind::valley, optimizer(OptimizerType::sgd, lr, 0.9f), target);
      INFO("lr ", lr, " target ", target, ": sgd ", plain, " steps, momentum ", heavy);
      REQUIRE(plain > 0);
      REQUIRE(heavy > 0);
      CHECK(double(heavy) / plain < 0.5);
    }
  }
}

TEST_CASE("adam and rmsprop reach the valley's target in far fewer steps than plain sgd") {
  const float target = 1e-3f;
  // at the same learning rate, as the optimizer race shows them
  const int sgd = steps_to(SurfaceKind::valley, optimizer(OptimizerType::sgd, 0.05f), target);
  const int adam = steps_to(SurfaceKind::valley, optimizer(OptimizerType::adam, 0.05f), target);
  const int rmsprop = steps_to(SurfaceKind::valley, optimizer(OptimizerType::rmsprop, 0.05f), target);
  INFO("lr 0.05: sgd ", sgd, ", adam ", adam, ", rmsprop ", rmsprop);
  REQUIRE(sgd > 0);
  CHECK((adam > 0 && adam * 4 < sgd));
  CHECK((rmsprop > 0 && rmsprop * 4 < sgd));
  // and when each gets its best rate from the same grid
  const std::vector<float> rates = {0.01f, 0.03f, 0.1f, 0.3f};
  const int best_sgd = best_steps_to(SurfaceKind::valley, OptimizerType::sgd, rates, target);
  const int best_adam = best_steps_to(SurfaceKind::valley, OptimizerType::adam, rates, target);
  const int best_rmsprop = best_steps_to(SurfaceKind::valley, OptimizerType::rmsprop, rates, target);
  INFO("best: sgd ", best_sgd, ", adam ", best_adam, ", rmsprop ", best_rmsprop);
  REQUIRE(best_sgd > 0);
  CHECK((best_adam > 0 && best_adam * 3 < best_sgd));
  CHECK((best_rmsprop > 0 && best_rmsprop * 3 < best_sgd));
}

TEST_CASE("adam beats plain sgd on rosenbrock even with sgd at its best stable rate") {
  const float target = 1e-3f;
  // plain sgd diverges on rosenbrock above lr ~0.0025, so its grid stops there
  const int sgd = best_steps_to(SurfaceKind::rosenbrock, OptimizerType::sgd, {0.0005f, 0.001f, 0.002f}, target);
  const int adam = steps_to(SurfaceKind::rosenbrock, optimizer(OptimizerType::adam, 0.1f), target);
  INFO("sgd ", sgd, " steps, adam ", adam);
  REQUIRE(sgd > 0);
  CHECK((adam > 0 && adam * 3 < sgd));
}

TEST_CASE("a too-large learning rate diverges and is reported") {
  struct Case {
    SurfaceKind kind;
    float too_large, fine;
  };
  // bowl: stable below 1 (= 2 / curvature 2); valley: below 0.4 (= 2 / 5)
  for (Case c : {Case{SurfaceKind::bowl, 1.5f, 0.1f}, Case{SurfaceKind::valley, 0.5f, 0.3f},
                 Case{SurfaceKind::rosenbrock, 0.01f, 0.001f}}) {
    INFO(name_of(c.kind));
    const Path bad = run(options_on(c.kind, optimizer(OptimizerType::sgd, c.too_large), 1000));
    CHECK(bad.result.diverged);
    CHECK(bad.result.points < 1001);
    const float last = bad.loss(bad.last());
    CHECK((!std::isfinite(last) || last > kDivergedLoss));
    for (int i = 0; i < bad.last(); ++i) CHECK(bad.loss(i) <= kDivergedLoss);
    const Path good = run(options_on(c.kind, optimizer(OptimizerType::sgd, c.fine), 1000));
    CHECK_FALSE(good.result.diverged);
    CHECK(good.result.points == 1001);
    CHECK(good.loss(1000) < good.loss(0));
  }
  // a tiny rate barely moves: lr 0.001 on the bowl keeps over 80% of the loss after 50 steps
  const Path tiny = run(options_on(SurfaceKind::bowl, optimizer(OptimizerType::sgd, 0.001f), 50));
  CHECK(tiny.loss(50) > 0.8f * tiny.loss(0));
}

TEST_CASE("with noisy gradients a decaying schedule ends lower than the same constant rate") {
  OptimizerSpec constant = optimizer(OptimizerType::sgd, 0.1f);
  OptimizerSpec decaying = constant;
  decaying.schedule.type = ScheduleType::exponential;
  decaying.schedule.decay_steps = 50;
  decaying.schedule.decay_rate = 0.5f;
  double constant_sum = 0.0, decaying_sum = 0.0;
  for (std::uint32_t seed = 1; seed <= 10; ++seed) {
    constant_sum += run(options_on(SurfaceKind::bowl, constant, 300, 1.0f, seed)).loss(300);
    decaying_sum += run(options_on(SurfaceKind::bowl, decaying, 300, 1.0f, seed)).loss(300);
  }
  INFO("mean final loss: constant ", constant_sum / 10, ", decaying ", decaying_sum / 10);
  CHECK(decaying_sum * 5 < constant_sum);
}

TEST_CASE("on the saddle, noisy steps escape where noiseless gd stalls (over 10 seeds)") {
  const OptimizerSpec gd = optimizer(OptimizerType::sgd, 0.1f);
  // started on the ridge w2 = 0, gd slides to the saddle point and stays: loss 1, w2 exactly 0
  const Path stalled = run(options_on(SurfaceKind::saddle, gd, 200));
  CHECK(stalled.w2(200) == 0.0f);
  CHECK(stalled.loss(200) > 0.999f);
  int escaped = 0;
  for (std::uint32_t seed = 1; seed <= 10; ++seed) {
    const Path noisy = run(options_on(SurfaceKind::saddle, gd, 200, 0.5f, seed));
    INFO("seed ", seed, ": final loss ", noisy.loss(200), " at w2 ", noisy.w2(200));
    // the valleys lie at w2 = ±sqrt(2) with loss 0
    const bool in_a_valley = noisy.loss(200) < 0.2f && std::abs(std::abs(noisy.w2(200)) - 1.414f) < 0.4f;
    CHECK(in_a_valley);
    escaped += in_a_valley;
  }
  CHECK(escaped == 10);
}

TEST_CASE("on local_minimum, noise escapes the shallow minimum in most seeds while gd stays") {
  const OptimizerSpec gd = optimizer(OptimizerType::sgd, 0.1f);
  // the shallow minimum is at w1 = 1 (loss 1.6), the barrier at w1 = 0.3, the global one at w1 = -1
  const Path stalled = run(options_on(SurfaceKind::local_minimum, gd, 300));
  CHECK(stalled.w1(300) == doctest::Approx(1.0f).epsilon(1e-3));
  CHECK(stalled.loss(300) == doctest::Approx(1.6f).epsilon(1e-3));
  int escaped = 0;
  double final_loss = 0.0;
  for (std::uint32_t seed = 1; seed <= 10; ++seed) {
    const Path noisy = run(options_on(SurfaceKind::local_minimum, gd, 300, 2.0f, seed));
    REQUIRE_FALSE(noisy.result.diverged);
    escaped += noisy.w1(300) < 0.3f;
    final_loss += noisy.loss(300);
  }
  INFO(escaped, " of 10 seeds escaped; mean final loss ", final_loss / 10);
  CHECK(escaped >= 8);
  CHECK(final_loss / 10 < 0.8);
}
