// Building a model from untrusted JSON in one step: a session for a valid
// spec, a message and no session for any other; and the defaults the
// parser fills in, as the API reports them.
#include <doctest/doctest.h>

#include <string>

#include "json_fields.hpp"
#include "model_session.hpp"
#include "spec_defaults.hpp"

namespace {

const std::string kDense = R"({"type":"dense","units":2,"activation":"softmax"})";

}  // namespace

TEST_CASE("open_session builds a session for a valid spec and only then") {
  const dp::SessionResult built =
      dp::open_session(R"({"inputs":3,"layers":[)" + kDense + R"(],"loss":"categorical_crossentropy"})");
  CHECK(built.error == "");
  REQUIRE(built.session);
  CHECK(built.session->parameter_count() == 2);
  CHECK(built.session->parameter_description(0) == "dense layer 0 kernel [3, 2]");
  CHECK(built.session->parameter_description(1) == "dense layer 0 bias [2]");
}

TEST_CASE("open_session answers a spec that would break a model with its message and no session") {
  const std::string bad[] = {
      R"({"inputs":3,"layers":[],"loss":"mse"})",
      R"({"inputs":3,"layers":[{"type":"dropout","rate":0.5}],"loss":"mse"})",
      R"({"inputs":3,"layers":[)" + kDense + R"(,{"type":"dropout","rate":0.5}],"loss":"mse"})",
      R"({"inputs":3,"layers":[{"type":"dense","units":1}],"loss":"sparse_categorical_crossentropy"})",
      "not json",
  };
  for (const std::string& json : bad) {
    CAPTURE(json);
    const dp::SessionResult built = dp::open_session(json);
    CHECK(built.error == dp::parse_spec(json).error);
    CHECK(built.error != "");
    CHECK_FALSE(built.session);
  }
}

TEST_CASE("defaults_json holds, per type, every field the parser fills in for a bare optimizer or schedule") {
  const dp::Json defaults = dp::Json::parse(dp::defaults_json());
  for (dp::OptimizerType type : dp::kOptimizerTypes) {
    CAPTURE(dp::name_of(type));
    const dp::ModelSpec spec = dp::parse_spec(R"({"inputs":1,"layers":[{"type":"dense","units":1}],"loss":"mse",)"
                                              R"("optimizer":")" +
                                              std::string(dp::name_of(type)) + "\"}")
                                   .spec;
    const dp::Json& fields = defaults["optimizers"][dp::name_of(type)];
    CHECK(fields["learningRate"].get<float>() == spec.optimizer.learning_rate);
    CHECK(fields.value("epsilon", spec.optimizer.epsilon) == spec.optimizer.epsilon);
    CHECK(fields.value("momentum", spec.optimizer.momentum) == spec.optimizer.momentum);
  }
  CHECK(defaults["optimizers"]["adam"]["beta1"].get<float>() == dp::OptimizerSpec{}.beta1);
  CHECK(defaults["optimizers"]["rmsprop"]["rho"].get<float>() == dp::OptimizerSpec{}.rho);
  CHECK(defaults["schedules"]["constant"].empty());
  CHECK(defaults["schedules"]["cosine"]["decaySteps"].get<int>() == dp::ScheduleSpec{}.decay_steps);
  CHECK(defaults["schedules"]["step"]["decayRate"].get<float>() == dp::ScheduleSpec{}.decay_rate);
}
