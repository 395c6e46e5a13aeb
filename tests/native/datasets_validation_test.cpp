// validate_dataset_options: every message names the field and the allowed values.
#include <doctest/doctest.h>

#include <limits>
#include <string>

#include "datasets_test_support.hpp"

using dp::DatasetOptions;
using dp_test::options;

namespace {

std::string message(const DatasetOptions& o) { return dp::validate_dataset_options(o); }

bool contains(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

}  // namespace

TEST_CASE("valid options validate to an empty message") {
  for (const std::string& name : dp::dataset_names()) CHECK(message(options(name)) == "");
  DatasetOptions o = options("spiral", 4, 1.0f);
  o.classes = 5;
  o.test_fraction = 0.9f;
  CHECK(message(o) == "");
  o.classes = 2;
  CHECK(message(o) == "");
  o = options("iris", 0);  // n is ignored by the shipped sets
  o.classes = 3;
  CHECK(message(o) == "");
}

TEST_CASE("an unknown name is reported with every allowed name") {
  CHECK(message(options("spirals")) ==
        "dataset: 'spirals' is not one of circle, xor, gauss, spiral, plane, multigauss, blobs, iris, digits");
}

TEST_CASE("n outside 4..100000 is reported with the range") {
  CHECK(message(options("circle", 0)) == "n: 0 must be an integer in 4..100000");
  CHECK(message(options("blobs", 3)) == "n: 3 must be an integer in 4..100000");
  CHECK(message(options("plane", 100001)) == "n: 100001 must be an integer in 4..100000");
}

TEST_CASE("noise outside 0..1 or not finite is reported with the range") {
  CHECK(message(options("xor", 400, 2.0f)) == "noise: 2 must be in 0..1");
  CHECK(message(options("xor", 400, -0.5f)) == "noise: -0.5 must be in 0..1");
  std::string nan = message(options("iris", 400, std::numeric_limits<float>::quiet_NaN()));
  CHECK(contains(nan, "noise: "));
  CHECK(contains(nan, "must be in 0..1"));
  CHECK(contains(message(options("gauss", 400, std::numeric_limits<float>::infinity())), "must be in 0..1"));
}

TEST_CASE("test_fraction outside 0..0.9 or not finite is reported with the range") {
  DatasetOptions o = options("circle");
  o.test_fraction = 0.95f;
  CHECK(message(o) == "testFraction: 0.95 must be in 0..0.9");
  o.test_fraction = -0.1f;
  CHECK(message(o) == "testFraction: -0.1 must be in 0..0.9");
  o.test_fraction = std::numeric_limits<float>::quiet_NaN();
  CHECK(contains(message(o), "must be in 0..0.9"));
}

TEST_CASE("classes outside a data set's range is reported with that range and the set's name") {
  auto with = [](const char* name, int classes) {
    DatasetOptions o = options(name);
    o.classes = classes;
    return message(o);
  };
  CHECK(with("blobs", 7) == "classes: 7 must be in 3..5 for blobs");
  CHECK(with("blobs", 2) == "classes: 2 must be in 3..5 for blobs");
  CHECK(with("spiral", 1) == "classes: 1 must be in 2..5 for spiral");
  CHECK(with("spiral", 6) == "classes: 6 must be in 2..5 for spiral");
  CHECK(with("circle", 3) == "classes: 3 must be 2 for circle");
  CHECK(with("xor", -1) == "classes: -1 must be 2 for xor");
  CHECK(with("plane", 2) == "classes: 2 must be 0 for plane");
  CHECK(with("multigauss", 1) == "classes: 1 must be 0 for multigauss");
  CHECK(with("iris", 4) == "classes: 4 must be 3 for iris");
  CHECK(with("digits", 9) == "classes: 9 must be 10 for digits");
}
