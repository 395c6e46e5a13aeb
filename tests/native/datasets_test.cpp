#include <doctest/doctest.h>

#include <algorithm>
#include <cmath>
#include <numeric>
#include <string>
#include <vector>

#include "datasets_test_support.hpp"

using dp::Dataset;
using dp::DatasetOptions;
using dp_test::All;
using dp_test::all_rows;
using dp_test::options;

namespace {

bool same(const Dataset& a, const Dataset& b) {
  return a.train.x == b.train.x && a.train.y == b.train.y && a.test.x == b.test.x && a.test.y == b.test.y;
}

void check_shapes(const Dataset& d, int rows, int inputs, int classes, const std::string& task) {
  CHECK(d.task == task);
  CHECK(d.inputs == inputs);
  CHECK(d.classes == classes);
  CHECK(d.outputs == (classes > 2 ? classes : 1));
  CHECK(d.label_width == 1);
  CHECK(d.train.n + d.test.n == rows);
  for (const dp::Samples* s : {&d.train, &d.test}) {
    CHECK(s->x.size() == static_cast<std::size_t>(s->n * inputs));
    CHECK(s->y.size() == static_cast<std::size_t>(s->n));
  }
  All a = all_rows(d);
  for (float v : a.x) REQUIRE(std::isfinite(v));
  for (float label : a.y) {
    REQUIRE(std::isfinite(label));
    if (classes == 0) continue;
    REQUIRE(label == std::floor(label));
    REQUIRE(label >= 0.0f);
    REQUIRE(label < static_cast<float>(classes));
  }
  if (classes > 0)  // every class is present
    for (int c = 0; c < classes; ++c) CHECK(std::count(a.y.begin(), a.y.end(), static_cast<float>(c)) > 0);
}

}  // namespace

TEST_CASE("dataset_names lists the nine data sets in the documented order") {
  CHECK(dp::dataset_names() ==
        std::vector<std::string>{"circle", "xor", "gauss", "spiral", "plane", "multigauss", "blobs", "iris", "digits"});
}

TEST_CASE("every data set has its documented shape, task and label range") {
  for (const char* name : {"circle", "xor", "gauss", "spiral"})
    check_shapes(dp::make_dataset(options(name, 300, 0.1f)), 300, 2, 2, "binary");
  for (const char* name : {"plane", "multigauss"})
    check_shapes(dp::make_dataset(options(name, 300, 0.1f)), 300, 2, 0, "regression");
  check_shapes(dp::make_dataset(options("blobs", 300, 0.1f)), 300, 2, 3, "multiclass");
  for (int k = 3; k <= 5; ++k) {
    DatasetOptions o = options("spiral", 301, 0.1f);
    o.classes = k;
    check_shapes(dp::make_dataset(o), 301, 2, k, "multiclass");
    o.name = "blobs";
    check_shapes(dp::make_dataset(o), 301, 2, k, "multiclass");
  }
  check_shapes(dp::make_dataset(options("iris")), 150, 4, 3, "multiclass");
  check_shapes(dp::make_dataset(options("digits")), 1797, 64, 10, "multiclass");
}

TEST_CASE("the same seed gives bit-identical data for every data set") {
  for (const std::string& name : dp::dataset_names()) {
    CAPTURE(name);
    CHECK(same(dp::make_dataset(options(name, 200, 0.2f, 7)), dp::make_dataset(options(name, 200, 0.2f, 7))));
  }
}

TEST_CASE("different seeds give different data and different splits") {
  for (const std::string& name : dp::dataset_names()) {
    CAPTURE(name);
    CHECK_FALSE(same(dp::make_dataset(options(name, 200, 0.1f, 1)), dp::make_dataset(options(name, 200, 0.1f, 2))));
  }
}

TEST_CASE("round(n * test_fraction) rows go to test and the rest to train") {
  DatasetOptions o = options("circle", 400);
  o.test_fraction = 0.25f;
  Dataset d = dp::make_dataset(o);
  CHECK(d.test.n == 100);
  CHECK(d.train.n == 300);
  o.test_fraction = 0.0f;
  CHECK(dp::make_dataset(o).test.n == 0);
  o.n = 5;
  o.test_fraction = 0.5f;  // 2.5 rounds away from zero
  CHECK(dp::make_dataset(o).test.n == 3);
  o.name = "iris";
  o.test_fraction = 0.2f;
  CHECK(dp::make_dataset(o).test.n == 30);
}

TEST_CASE("the split never leaves training empty") {
  DatasetOptions o = options("xor", 4);
  o.test_fraction = 0.9f;  // round(3.6) = 4 would take every row
  Dataset d = dp::make_dataset(o);
  CHECK(d.test.n == 3);
  CHECK(d.train.n == 1);
}

TEST_CASE("the shuffle mixes the classes into both splits") {
  Dataset d = dp::make_dataset(options("circle", 400));
  for (const dp::Samples* s : {&d.train, &d.test}) {
    auto ones = std::count(s->y.begin(), s->y.end(), 1.0f);
    CHECK(ones > s->n / 4);
    CHECK(ones < 3 * s->n / 4);
  }
}

TEST_CASE("one_hot labels are rows of classes numbers with a single 1") {
  for (const char* name : {"blobs", "spiral", "iris", "digits"}) {
    CAPTURE(name);
    DatasetOptions o = options(name, 200);
    o.classes = std::string(name) == "spiral" ? 4 : 0;
    o.one_hot = true;
    Dataset d = dp::make_dataset(o);
    REQUIRE(d.label_width == d.classes);
    All a = all_rows(d);
    REQUIRE(a.y.size() == static_cast<std::size_t>(a.n * d.classes));
    for (int i = 0; i < a.n; ++i) {
      auto row = a.y.begin() + i * d.classes;
      REQUIRE(std::accumulate(row, row + d.classes, 0.0f) == 1.0f);
      REQUIRE(std::count(row, row + d.classes, 1.0f) == 1);
    }
    o.one_hot = false;  // the same rows, the same classes
    Dataset ids = dp::make_dataset(o);
    for (int i = 0; i < ids.train.n; ++i)
      REQUIRE(d.train.y[static_cast<std::size_t>(i * d.classes) + static_cast<std::size_t>(ids.train.y[i])] == 1.0f);
  }
}

TEST_CASE("one_hot is ignored by binary and regression sets") {
  for (const char* name : {"circle", "plane"}) {
    DatasetOptions o = options(name, 100);
    o.one_hot = true;
    Dataset d = dp::make_dataset(o);
    CHECK(d.label_width == 1);
    CHECK(d.train.y.size() == static_cast<std::size_t>(d.train.n));
  }
}
