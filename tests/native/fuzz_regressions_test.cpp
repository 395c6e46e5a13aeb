// Inputs that `npm run fuzz` (tests/fuzz) found breaking an invariant, kept
// verbatim with the behaviour they now get, and their near relatives.
#include <doctest/doctest.h>

#include <string>

#include "spec_parser.hpp"
#include "spec_writer.hpp"

namespace {

// What the spec fuzz target checks: a spec that parses writes JSON that parses
// back to the same JSON.
void require_round_trip(const std::string& json) {
  const dp::SpecResult first = dp::parse_spec(json);
  REQUIRE(first.error == "");
  const std::string text = dp::spec_to_json(first.spec);
  const dp::SpecResult second = dp::parse_spec(text);
  REQUIRE(second.error == "");
  CHECK(dp::spec_to_json(second.spec) == text);
}

std::string with_optimizer(const std::string& optimizer) {
  return R"({"inputs":2,"layers":[{"type":"dense","units":1}],"loss":"mse","optimizer":)" + optimizer + "}";
}

}  // namespace

// fuzz_spec crash-c5526a84ba674ac997289a2b24eec51d54375e27: epsilon 1e-76
// passed the (0, 1] check as a double, became 0 as a float, and the spec's own
// JSON ("epsilon": 0.0) was then refused.
TEST_CASE("a number that rounds to an excluded bound in float32 is refused (fuzz: epsilon 1e-76)") {
  const std::string crash =
      R"({"inputs": 4, "layers": [{"type": "dense", "units": 9, "activation": "elu"}, {"type": "dropout", "rate": 0.5}, )"
      R"({"type": "dense", "units": 3, "activation": "softmax"}], "loss": "nll", "optimizer": {"type": "rmsprop", "rho": 0.8, )"
      R"("momentum": 0.5, "epsilon": 1e-76, "centered": true, "schedule": {"type": "step", "decaySteps": 10, "decayRate": 0.5}}, )"
      R"("seed": 4294967295})";
  CHECK(dp::parse_spec(crash).error == "optimizer.epsilon: 1e-76 rounds to 0 in float32; must be a number in (0, 1]");
}

TEST_CASE("open bounds hold after rounding to float32: no momentum, rho or beta of 1, no rate or step of 0") {
  // Each would have slipped through as 1 or 0: a momentum of 1 never forgets,
  // a dropout rate of 1 scales by 1/0, beta1 = 1 divides by 1 - beta1^t = 0,
  // a learning rate of 0 never moves.
  CHECK(dp::parse_spec(with_optimizer(R"({"type":"sgd","momentum":0.99999999})")).error ==
        "optimizer.momentum: 0.99999999 rounds to 1 in float32; must be a number in [0, 1)");
  CHECK(dp::parse_spec(with_optimizer(R"({"type":"sgd","learningRate":1e-50})")).error ==
        "optimizer.learningRate: 1e-50 rounds to 0 in float32; must be a number in (0, 3.402823e+38]");
  CHECK(dp::parse_spec(with_optimizer(R"({"type":"rmsprop","rho":0.999999999})")).error ==
        "optimizer.rho: 0.999999999 rounds to 1 in float32; must be a number in [0, 1)");
  CHECK(dp::parse_spec(with_optimizer(R"({"type":"adam","beta1":0.99999999})")).error ==
        "optimizer.beta1: 0.99999999 rounds to 1 in float32; must be a number in [0, 1)");
  CHECK(dp::parse_spec(with_optimizer(R"({"type":"adam","beta2":0.99999999})")).error ==
        "optimizer.beta2: 0.99999999 rounds to 1 in float32; must be a number in [0, 1)");
  CHECK(dp::parse_spec(with_optimizer(R"({"type":"sgd","schedule":{"type":"step","decayRate":1e-46}})")).error ==
        "optimizer.schedule.decayRate: 1e-46 rounds to 0 in float32; must be a number in (0, 1]");
  CHECK(dp::parse_spec(R"({"inputs":1,"layers":[{"type":"dense","units":2},{"type":"dropout","rate":0.999999999},)"
                       R"({"type":"dense","units":1}],"loss":"mse"})")
            .error == "layers[1].rate: 0.999999999 rounds to 1 in float32; must be a number in [0, 1)");
}

TEST_CASE("numbers just inside an open bound in float32 are kept and round-trip") {
  require_round_trip(with_optimizer(R"({"type":"sgd","momentum":0.9999999,"learningRate":1e-45})"));
  require_round_trip(with_optimizer(R"({"type":"adam","beta1":0.99999994,"beta2":0.9999999,"epsilon":1.4e-45})"));
  require_round_trip(R"({"inputs":1,"layers":[{"type":"dense","units":2},{"type":"dropout","rate":0.99999994},)"
                     R"({"type":"dense","units":1}],"loss":"mse"})");
  // A closed bound may be reached by rounding: 1e-50 is a fine L2 of 0.
  require_round_trip(
      R"({"inputs":1,"layers":[{"type":"dense","units":1,"kernelRegularizer":{"l2":1e-50}}],"loss":"mse"})");
}
