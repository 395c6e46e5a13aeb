// Learning-rate schedules (Keras's LearningRateSchedule family) and how a
// model's steps use them.
#include <doctest/doctest.h>

#include <cmath>
#include <vector>

#include "model.hpp"
#include "schedules.hpp"
#include "spec_parser.hpp"

using doctest::Approx;

namespace {

// Relative comparison (doctest's Approx is absolute for values below 1 by default).
Approx rel(double v) { return Approx(v).epsilon(1e-6).scale(0); }

dp::OptimizerSpec optimizer(dp::OptimizerType type, float lr) {
  dp::OptimizerSpec spec;
  spec.type = type;
  spec.learning_rate = lr;
  return spec;
}

}  // namespace

TEST_CASE("learning-rate schedules follow keras: constant, staircase step, exponential") {
  dp::OptimizerSpec spec = optimizer(dp::OptimizerType::sgd, 0.1f);
  for (long t : {1L, 2L, 1000L, 1000000L}) CHECK(dp::learning_rate_at(spec, t) == 0.1f);
  spec.schedule.type = dp::ScheduleType::step;
  spec.schedule.decay_steps = 10;
  spec.schedule.decay_rate = 0.5f;
  // step t uses Keras's iteration count t - 1
  CHECK(dp::learning_rate_at(spec, 1) == rel(0.1));
  CHECK(dp::learning_rate_at(spec, 10) == rel(0.1));
  CHECK(dp::learning_rate_at(spec, 11) == rel(0.05));
  CHECK(dp::learning_rate_at(spec, 25) == rel(0.025));
  spec.schedule.type = dp::ScheduleType::exponential;
  CHECK(dp::learning_rate_at(spec, 1) == rel(0.1));
  CHECK(dp::learning_rate_at(spec, 6) == rel(0.1 * std::sqrt(0.5)));
  CHECK(dp::learning_rate_at(spec, 11) == rel(0.05));
  CHECK(dp::learning_rate_at(spec, 41) == rel(0.00625));
}

TEST_CASE("cosine decay falls from lr to alpha*lr over decaySteps, after an optional linear warm-up") {
  dp::OptimizerSpec spec = optimizer(dp::OptimizerType::adam, 0.2f);
  spec.schedule.type = dp::ScheduleType::cosine;
  spec.schedule.decay_steps = 100;
  spec.schedule.alpha = 0.0f;
  CHECK(dp::learning_rate_at(spec, 1) == rel(0.2));
  CHECK(dp::learning_rate_at(spec, 26) == rel(0.2 * 0.5 * (1 + std::cos(3.14159265358979323846 / 4))));
  CHECK(dp::learning_rate_at(spec, 51) == rel(0.1));
  CHECK(dp::learning_rate_at(spec, 101) == Approx(0.0).scale(1.0).epsilon(1e-9));
  CHECK(dp::learning_rate_at(spec, 5000) == Approx(0.0).scale(1.0).epsilon(1e-9));
  spec.schedule.alpha = 0.1f;
  CHECK(dp::learning_rate_at(spec, 51) == rel(0.2 * (0.9 * 0.5 + 0.1)));
  CHECK(dp::learning_rate_at(spec, 5000) == rel(0.02));
  spec.schedule.warmup_steps = 10;
  CHECK(dp::learning_rate_at(spec, 1) == 0.0f);
  CHECK(dp::learning_rate_at(spec, 6) == rel(0.1));   // halfway up the ramp
  CHECK(dp::learning_rate_at(spec, 11) == rel(0.2));  // peak, then the decay starts
  CHECK(dp::learning_rate_at(spec, 61) == rel(0.2 * (0.9 * 0.5 + 0.1)));
  CHECK(dp::learning_rate_at(spec, 111) == rel(0.02));
}

TEST_CASE("a model's steps use the scheduled rate at t = 1, 2, ... and leave grads as dL/dw") {
  const dp::SpecResult parsed = dp::parse_spec(
      R"({"inputs":1,"layers":[{"type":"dense","units":1}],"loss":"mse",)"
      R"("optimizer":{"type":"sgd","learningRate":0.1,"schedule":{"type":"step","decaySteps":2,"decayRate":0.5}}})");
  REQUIRE(parsed.error == "");
  dp::Model model(*parsed.valid, 4);
  const std::vector<float> x = {1.0f, 2.0f}, y = {3.0f, -1.0f};
  const double rates[] = {0.1, 0.1, 0.05, 0.05, 0.025};
  for (double lr : rates) {
    CHECK(model.learning_rate() == Approx(lr));
    const float w = model.parameters()[0].value.flat(0), b = model.parameters()[1].value.flat(0);
    // mse on two rows: dL/dw = mean 2 (p - y) x, dL/db = mean 2 (p - y)
    const double e1 = w * 1.0 + b - 3.0, e2 = w * 2.0 + b + 1.0;
    REQUIRE(model.train_step(x.data(), y.data(), 2).accepted);
    CHECK(model.parameters()[0].grad.flat(0) == Approx(e1 + 2 * e2).epsilon(1e-5));
    CHECK(model.parameters()[1].grad.flat(0) == Approx(e1 + e2).epsilon(1e-5));
    CHECK(model.parameters()[0].value.flat(0) == Approx(w - lr * (e1 + 2 * e2)).epsilon(1e-5));
    CHECK(model.parameters()[1].value.flat(0) == Approx(b - lr * (e1 + e2)).epsilon(1e-5));
  }
  CHECK(model.steps() == 5);
}
