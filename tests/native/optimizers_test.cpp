// Optimizers against the formulas of docs/design.md ("Numerics") and Keras,
// recomputed independently here in double precision.
#include <doctest/doctest.h>

#include <algorithm>
#include <cmath>
#include <memory>
#include <vector>

#include "optimizers/optimizer.hpp"

using doctest::Approx;

namespace {

constexpr int kSteps = 4;
const std::vector<float> kStart = {0.5f, -1.0f, 2.0f};
// A different gradient at every step, so state (velocity, moments) matters.
const std::vector<float> kGrads[kSteps] = {
    {0.1f, -0.4f, 1.5f}, {0.3f, 0.2f, -0.5f}, {-0.2f, 0.05f, 0.7f}, {0.6f, -0.3f, 0.0f}};

dp::OptimizerSpec optimizer(dp::OptimizerType type, float lr) {
  dp::OptimizerSpec spec;
  spec.type = type;
  spec.learning_rate = lr;
  return spec;
}

// The engine updates a parameter four floats at a time and its last size % 4
// one at a time. run() binds one of 7 floats holding the 3 test values twice:
// at 0..2 (in the four-lane block) and at 4..6 (the one-lane tail).
constexpr std::size_t kSize = 7, kTail = 4;

std::vector<float> twice(const std::vector<float>& three, float filler) {
  std::vector<float> out(kSize, filler);
  for (std::size_t i = 0; i < three.size(); ++i) out[i] = out[kTail + i] = three[i];
  return out;
}

// Runs the engine's optimizer for kSteps steps; returns the 3 values of w
// after each step, having checked that both paths computed them identically.
std::vector<std::vector<float>> run(const dp::OptimizerSpec& spec) {
  std::vector<float> w = twice(kStart, 0.25f), g(kSize);
  std::unique_ptr<dp::Optimizer> opt = dp::make_optimizer(spec);
  opt->bind({dp::parameter_of(w.data(), g.data(), {w.size()})});
  std::vector<std::vector<float>> trace;
  for (int t = 1; t <= kSteps; ++t) {
    const std::vector<float> grads = twice(kGrads[t - 1], 0.1f);
    std::copy(grads.begin(), grads.end(), g.begin());  // in place: the optimizer holds g's address
    opt->step(spec.learning_rate, t);
    for (std::size_t i = 0; i < kStart.size(); ++i) {
      CAPTURE(t);
      CAPTURE(i);
      CHECK(w[i] == w[kTail + i]);  // bit for bit
    }
    trace.push_back({w.begin(), w.begin() + kStart.size()});
  }
  return trace;
}

// The reference: update(w, g, t, i) changes w for element i at step t.
template <class Update>
void check_against(const dp::OptimizerSpec& spec, Update update) {
  const auto trace = run(spec);
  std::vector<double> w(kStart.begin(), kStart.end());
  for (int t = 1; t <= kSteps; ++t)
    for (std::size_t i = 0; i < w.size(); ++i) {
      update(w[i], double(kGrads[t - 1][i]), t, i);
      CAPTURE(t);
      CAPTURE(i);
      CHECK(trace[t - 1][i] == Approx(w[i]).epsilon(1e-5));
    }
}

}  // namespace

TEST_CASE("plain sgd step is w -= lr * g") {
  const auto trace = run(optimizer(dp::OptimizerType::sgd, 0.1f));
  CHECK(trace[0][0] == Approx(0.49));  // 0.5 - 0.1 * 0.1
  CHECK(trace[0][2] == Approx(1.85));  // 2 - 0.1 * 1.5
  check_against(optimizer(dp::OptimizerType::sgd, 0.1f), [](double& w, double g, int, std::size_t) { w -= 0.1 * g; });
}

TEST_CASE("sgd momentum with dampening 0 matches keras's velocity form m = b m - lr g; w += m") {
  dp::OptimizerSpec spec = optimizer(dp::OptimizerType::sgd, 0.1f);
  spec.momentum = 0.9f;
  std::vector<double> m(3, 0.0);
  check_against(spec, [&](double& w, double g, int, std::size_t i) {
    m[i] = double(0.9f) * m[i] - 0.1 * g;
    w += m[i];
  });
}

TEST_CASE("sgd with dampening = momentum is the curriculum's v = b v + (1-b) g; w -= lr v") {
  dp::OptimizerSpec spec = optimizer(dp::OptimizerType::sgd, 0.1f);
  spec.momentum = spec.dampening = 0.9f;
  const auto trace = run(spec);
  CHECK(trace[0][2] == Approx(2.0 - 0.1 * 0.1 * 1.5));  // v = 0.1 g after one step
  std::vector<double> v(3, 0.0);
  const double b = double(0.9f);
  check_against(spec, [&](double& w, double g, int, std::size_t i) {
    v[i] = b * v[i] + (1 - b) * g;
    w -= 0.1 * v[i];
  });
}

TEST_CASE("nesterov sgd matches keras: m = b m - lr g; w += b m - lr g") {
  dp::OptimizerSpec spec = optimizer(dp::OptimizerType::sgd, 0.1f);
  spec.momentum = 0.9f;
  spec.nesterov = true;
  const auto trace = run(spec);
  CHECK(trace[0][0] == Approx(0.5 - 0.1 * (0.1 + 0.9 * 0.1)));  // w -= lr (g + b v), v = g
  std::vector<double> m(3, 0.0);
  const double b = double(0.9f);
  check_against(spec, [&](double& w, double g, int, std::size_t i) {
    m[i] = b * m[i] - 0.1 * g;
    w += b * m[i] - 0.1 * g;
  });
}

TEST_CASE("rmsprop step matches keras 3: w -= lr g / sqrt(s + eps) with s = rho s + (1-rho) g^2") {
  dp::OptimizerSpec spec = optimizer(dp::OptimizerType::rmsprop, 0.01f);
  CHECK(spec.rho == 0.9f);
  CHECK(spec.epsilon == 1e-7f);
  std::vector<double> s(3, 0.0);
  const double rho = double(spec.rho), eps = double(spec.epsilon), lr = double(0.01f);
  check_against(spec, [&](double& w, double g, int, std::size_t i) {
    s[i] = rho * s[i] + (1 - rho) * g * g;
    w -= lr * g / std::sqrt(s[i] + eps);
  });
  // first step: s = 0.1 g^2, so the step is lr * sign(g) / sqrt(0.1)
  CHECK(run(spec)[0][1] == Approx(-1.0 + 0.01 / std::sqrt(0.1)).epsilon(1e-5));
}

TEST_CASE("rmsprop's epsilon sits inside the square root, as in keras 3") {
  // g = 1e-6: lr g / sqrt(0.1 g^2 + eps) = 3.2e-5, where lr g / (sqrt(0.1 g^2) + eps) would be 0.024
  dp::OptimizerSpec spec = optimizer(dp::OptimizerType::rmsprop, 0.01f);
  std::vector<float> w = {0.0f}, g = {1e-6f};
  auto opt = dp::make_optimizer(spec);
  opt->bind({dp::parameter_of(w.data(), g.data(), {1})});
  opt->step(spec.learning_rate, 1);
  CHECK(w[0] == Approx(-0.01 * 1e-6 / std::sqrt(0.1e-12 + 1e-7)).epsilon(1e-4).scale(0));
}

TEST_CASE("rmsprop with momentum accumulates the steps: v = b v + lr g / sqrt(s + eps); w -= v") {
  dp::OptimizerSpec spec = optimizer(dp::OptimizerType::rmsprop, 0.01f);
  spec.momentum = 0.5f;
  std::vector<double> s(3, 0.0), v(3, 0.0);
  const double rho = double(spec.rho), eps = double(spec.epsilon), lr = double(0.01f);
  check_against(spec, [&](double& w, double g, int, std::size_t i) {
    s[i] = rho * s[i] + (1 - rho) * g * g;
    v[i] = 0.5 * v[i] + lr * g / std::sqrt(s[i] + eps);
    w -= v[i];
  });
}

TEST_CASE("centered rmsprop divides by the variance estimate sqrt(s - mg^2 + eps)") {
  dp::OptimizerSpec spec = optimizer(dp::OptimizerType::rmsprop, 0.01f);
  spec.centered = true;
  spec.momentum = 0.3f;
  std::vector<double> s(3, 0.0), mg(3, 0.0), v(3, 0.0);
  const double rho = double(spec.rho), eps = double(spec.epsilon), lr = double(0.01f), b = double(0.3f);
  check_against(spec, [&](double& w, double g, int, std::size_t i) {
    s[i] = rho * s[i] + (1 - rho) * g * g;
    mg[i] = rho * mg[i] + (1 - rho) * g;
    v[i] = b * v[i] + lr * g / std::sqrt(s[i] - mg[i] * mg[i] + eps);
    w -= v[i];
  });
}

TEST_CASE("centered rmsprop stays finite under a constant gradient, whose variance estimate rounds to about 0") {
  // s - mg^2 = rho^t (1 - rho^t) g^2 is positive but falls below float rounding
  // after ~150 steps at rho = 0.9, to about -1e-6 here: more than eps = 1e-7
  // makes up, so without a clamp at 0 sqrt gives NaN.
  dp::OptimizerSpec spec = optimizer(dp::OptimizerType::rmsprop, 1e-6f);
  spec.centered = true;
  std::vector<float> w(64, 0.0f), g(64);
  for (std::size_t i = 0; i < g.size(); ++i) g[i] = -2.0f + 4.0f * (float(i) + 0.5f) / 64.0f;  // 12 of these trip it
  auto opt = dp::make_optimizer(spec);
  opt->bind({dp::parameter_of(w.data(), g.data(), {w.size()})});
  for (long t = 1; t <= 400; ++t) opt->step(spec.learning_rate, t);
  for (std::size_t i = 0; i < w.size(); ++i) {
    CAPTURE(i);
    CHECK(std::isfinite(w[i]));
    CHECK(w[i] * g[i] < 0.0f);  // moved downhill
  }
}

TEST_CASE("adam step matches the keras formula with bias correction folded into lr_t") {
  dp::OptimizerSpec spec = optimizer(dp::OptimizerType::adam, 0.001f);
  CHECK(spec.beta1 == 0.9f);
  CHECK(spec.beta2 == 0.999f);
  std::vector<double> m(3, 0.0), v(3, 0.0);
  const double b1 = double(spec.beta1), b2 = double(spec.beta2), eps = double(spec.epsilon), lr = double(0.001f);
  check_against(spec, [&](double& w, double g, int t, std::size_t i) {
    m[i] = b1 * m[i] + (1 - b1) * g;
    v[i] = b2 * v[i] + (1 - b2) * g * g;
    const double lr_t = lr * std::sqrt(1 - std::pow(b2, t)) / (1 - std::pow(b1, t));
    w -= lr_t * m[i] / (std::sqrt(v[i]) + eps);
  });
  // the first bias-corrected step moves every weight by about lr, whatever |g|
  const auto trace = run(spec);
  CHECK(trace[0][0] == Approx(0.5 - 0.001).epsilon(1e-6));
  CHECK(trace[0][1] == Approx(-1.0 + 0.001).epsilon(1e-6));
  CHECK(trace[0][2] == Approx(2.0 - 0.001).epsilon(1e-6));
}

TEST_CASE("reset forgets optimizer state: the next step equals a fresh optimizer's first") {
  dp::OptimizerSpec spec = optimizer(dp::OptimizerType::sgd, 0.1f);
  spec.momentum = 0.9f;
  std::vector<float> w = {1.0f}, g = {2.0f};
  auto opt = dp::make_optimizer(spec);
  opt->bind({dp::parameter_of(w.data(), g.data(), {1})});
  opt->step(0.1f, 1);
  opt->step(0.1f, 2);
  opt->reset();
  const float before = w[0];
  opt->step(0.1f, 1);
  CHECK(w[0] == Approx(before - 0.2f));
}
