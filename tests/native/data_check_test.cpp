// Data and fit options at the edge: every problem is named by array, row and
// column, before any training starts.
#include <doctest/doctest.h>

#include <cmath>
#include <limits>
#include <string>
#include <vector>

#include "data_check.hpp"
#include "spec_parser.hpp"

namespace {

using Vec = std::vector<float>;

dp::ModelSpec spec_for(const std::string& loss, int units, const std::string& activation = "softmax") {
  const dp::SpecResult r = dp::parse_spec(R"({"inputs":2,"layers":[{"type":"dense","units":)" + std::to_string(units) +
                                          R"(,"activation":")" + activation + R"("}],"loss":")" + loss + "\"}");
  REQUIRE(r.error == "");
  return r.spec;
}

std::string check(const dp::ModelSpec& spec, const Vec& x, const Vec& y, const std::string& name = "data") {
  return dp::check_data(spec, x.data(), x.size(), y.data(), y.size(), name).error;
}

const Vec kX = {0.1f, 0.2f, 0.3f, 0.4f, 0.5f, 0.6f};  // 3 rows of 2 inputs
const float kNaN = std::numeric_limits<float>::quiet_NaN();

}  // namespace

TEST_CASE("data that fits the model passes and reports its row count") {
  const dp::DataCheck ok =
      dp::check_data(spec_for("sparse_categorical_crossentropy", 3), kX.data(), 6, Vec{0, 2, 1}.data(), 3, "data");
  CHECK(ok.error == "");
  CHECK(ok.rows == 3);
  CHECK(check(spec_for("categorical_crossentropy", 3), kX, {1, 0, 0, 0, 1, 0, 0.5f, 0.5f, 0}) == "");
  CHECK(check(spec_for("mse", 1, "linear"), kX, {-100, 3.5f, 1e6f}) == "");
  CHECK(dp::check_inputs(spec_for("mse", 1, "linear"), kX.data(), 6, "predict").rows == 3);
}

TEST_CASE("empty data is refused") {
  CHECK(check(spec_for("mse", 1, "linear"), {}, {}) == "data.x: no rows (empty data)");
}

TEST_CASE("wrong lengths name the array, the count and the shape the loss needs") {
  CHECK(check(spec_for("mse", 1, "linear"), {1, 2, 3, 4, 5}, {1, 2}) ==
        "data.x: 5 numbers do not fill whole rows of 2 inputs");
  CHECK(check(spec_for("binary_crossentropy", 1, "sigmoid"), kX, {1, 0}) ==
        "data.y: 2 numbers for 3 rows; binary_crossentropy needs [3, 1]");
  CHECK(check(spec_for("sparse_categorical_crossentropy", 3), kX, {0, 1, 0, 1, 0, 0, 1, 0, 0}) ==
        "data.y: 9 numbers for 3 rows; sparse_categorical_crossentropy needs [3] integer class ids");
  CHECK(check(spec_for("categorical_crossentropy", 3), kX, {0, 1, 2}, "validation") ==
        "validation.y: 3 numbers for 3 rows; categorical_crossentropy needs [3, 3]");
}

TEST_CASE("NaN and infinity in x or y are found by row and column") {
  Vec x = kX;
  x[3] = kNaN;
  CHECK(check(spec_for("mse", 1, "linear"), x, {1, 2, 3}) == "data.x[1][1]: nan is not a finite number");
  x[3] = -INFINITY;
  CHECK(check(spec_for("mse", 1, "linear"), x, {1, 2, 3}) == "data.x[1][1]: -inf is not a finite number");
  CHECK(dp::check_inputs(spec_for("mse", 1, "linear"), x.data(), 6, "predict").error ==
        "predict.x[1][1]: -inf is not a finite number");
  CHECK(check(spec_for("mse", 1, "linear"), kX, {1, kNaN, 3}) == "data.y[1]: nan is not a finite number");
}

TEST_CASE("sparse labels must be integer class ids below the number of outputs") {
  for (const char* loss : {"sparse_categorical_crossentropy", "nll"}) {
    const dp::ModelSpec spec = spec_for(loss, 3);
    const std::string rule = std::string(" must be an integer class id in 0..2 for ") + loss;
    CHECK(check(spec, kX, {0, 1.5f, 2}) == "data.y[1]: 1.5" + rule);
    CHECK(check(spec, kX, {0, 1, 3}) == "data.y[2]: 3" + rule);
    CHECK(check(spec, kX, {-1, 1, 2}) == "data.y[0]: -1" + rule);
  }
}

TEST_CASE("binary and categorical cross-entropy labels must lie in [0, 1]") {
  CHECK(check(spec_for("binary_crossentropy", 1, "sigmoid"), kX, {0, 1, 2}) ==
        "data.y[2]: 2 must be in [0, 1] for binary_crossentropy");
  CHECK(check(spec_for("binary_crossentropy", 1, "sigmoid"), kX, {0, -0.5f, 1}) ==
        "data.y[1]: -0.5 must be in [0, 1] for binary_crossentropy");
  CHECK(check(spec_for("categorical_crossentropy", 3), kX, {1, 0, 0, 0, 1, 0, 0, 0, 7}) ==
        "data.y[2][2]: 7 must be in [0, 1] for categorical_crossentropy");
  CHECK(check(spec_for("binary_crossentropy", 1, "sigmoid"), kX, {0, 0.25f, 1}) == "");  // soft labels
}

TEST_CASE("fit options parse with defaults and name bad fields") {
  const dp::FitOptionsResult defaults = dp::parse_fit_options("{}");
  CHECK(defaults.error == "");
  CHECK(defaults.epochs == 1);
  CHECK(defaults.options.batch_size == 32);  // Keras's default
  CHECK(defaults.options.shuffle);
  const dp::FitOptionsResult set = dp::parse_fit_options(R"({"epochs":50,"batchSize":10,"shuffle":false})");
  CHECK(set.error == "");
  CHECK(set.epochs == 50);
  CHECK(set.options.batch_size == 10);
  CHECK_FALSE(set.options.shuffle);
  CHECK(dp::parse_fit_options(R"({"epochs":0})").error == "options.epochs: 0 must be an integer in 1..1000000");
  CHECK(dp::parse_fit_options(R"({"batchSize":2.5})").error ==
        "options.batchSize: 2.5 must be an integer in 1..1000000");
  CHECK(dp::parse_fit_options(R"({"shuffle":"no"})").error == "options.shuffle: 'no' must be true or false");
  CHECK(dp::parse_fit_options(R"({"validation":{}})").error ==
        "options.validation: unknown field (allowed: epochs, batchSize, shuffle)");
  CHECK(dp::parse_fit_options("epochs=5").error == "options: not valid JSON");
  CHECK(dp::parse_fit_options("[]").error == "options: an array must be an object");
}
