// dataset_options_to_json: the options a data set was made with, every default filled in with what was used.
#include <doctest/doctest.h>

#include <nlohmann/json.hpp>

#include "datasets/dataset_options.hpp"

namespace {

nlohmann::json used_options(const std::string& name, const std::string& given) {
  const dp::DatasetOptionsResult parsed = dp::parse_dataset_options(name, given);
  REQUIRE(parsed.error == "");
  return nlohmann::json::parse(dp::dataset_options_to_json(parsed.options, dp::make_dataset(parsed.options)));
}

}  // namespace

TEST_CASE("the defaults a generated data set used are spelled out") {
  const nlohmann::json o = used_options("spiral", "{}");
  CHECK(o["n"] == 400);
  CHECK(o["noise"] == 0.0);
  CHECK(o["seed"] == 0);
  CHECK(o["testFraction"] == 0.5);
  CHECK(o["classes"] == 2);
  CHECK(o["oneHot"] == false);
}

TEST_CASE("given options come back as given") {
  const nlohmann::json o =
      used_options("blobs", R"({"n": 90, "noise": 0.25, "seed": 7, "testFraction": 0.2, "oneHot": true})");
  CHECK(o["n"] == 90);
  CHECK(o["noise"] == 0.25);
  CHECK(o["seed"] == 7);
  CHECK(o["testFraction"] == 0.2);
  CHECK(o["classes"] == 3);
  CHECK(o["oneHot"] == true);
}

TEST_CASE("a shipped data set reports the rows and classes it has, not an n it ignored") {
  const nlohmann::json o = used_options("iris", R"({"n": 10})");
  CHECK(o["n"] == 150);
  CHECK(o["classes"] == 3);
  CHECK(o["oneHot"] == false);
}
