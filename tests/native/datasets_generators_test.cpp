// What each generator draws: the shapes TF Playground users know, and the shipped sets.
#include <doctest/doctest.h>

#include <algorithm>
#include <cmath>
#include <string>
#include <vector>

#include "datasets_test_support.hpp"

using dp::Dataset;
using dp::DatasetOptions;
using dp_test::All;
using dp_test::all_rows;
using dp_test::options;

TEST_CASE("circle inner points labelled 1 are nearer the centre than the label-0 points") {
  All a = all_rows(dp::make_dataset(options("circle", 400)));
  float inner_max = 0.0f, outer_min = 10.0f;
  for (int i = 0; i < a.n; ++i) {
    float r = std::hypot(a.x[2 * i], a.x[2 * i + 1]);
    if (a.y[i] == 1.0f)
      inner_max = std::max(inner_max, r);
    else
      outer_min = std::min(outer_min, r);
  }
  CHECK(inner_max <= 0.5f);
  CHECK(outer_min >= 0.7f);
  CHECK(outer_min <= 1.0f);
}

TEST_CASE("noiseless 2-D points stay inside [-1, 1] and noise spreads them") {
  for (const char* name : {"circle", "xor", "spiral", "plane", "multigauss"}) {
    CAPTURE(name);
    All clean = all_rows(dp::make_dataset(options(name, 400, 0.0f)));
    for (float v : clean.x) REQUIRE(std::fabs(v) <= 1.0f);
    All noisy = all_rows(dp::make_dataset(options(name, 400, 0.1f)));
    float widest = 0.0f;
    for (float v : noisy.x) widest = std::max(widest, std::fabs(v));
    CHECK(widest < 1.6f);
  }
}

TEST_CASE("noiseless xor labels 1 exactly the points with x1 * x2 >= 0, off the axes") {
  All a = all_rows(dp::make_dataset(options("xor", 400)));
  for (int i = 0; i < a.n; ++i) {
    float x1 = a.x[2 * i], x2 = a.x[2 * i + 1];
    REQUIRE(std::fabs(x1) >= 0.05f);
    REQUIRE(std::fabs(x2) >= 0.05f);
    REQUIRE(a.y[i] == (x1 * x2 >= 0.0f ? 1.0f : 0.0f));
  }
}

TEST_CASE("gauss clusters sit at (0.4, 0.4) for label 1 and (-0.4, -0.4) for label 0, wider with noise") {
  auto spread = [](float noise) {
    All a = all_rows(dp::make_dataset(options("gauss", 2000, noise)));
    double sum[2] = {0, 0}, squares[2] = {0, 0};
    int count[2] = {0, 0};
    for (int i = 0; i < a.n; ++i) {
      int c = static_cast<int>(a.y[i]);
      sum[c] += a.x[2 * i];
      squares[c] += static_cast<double>(a.x[2 * i]) * a.x[2 * i];
      ++count[c];
    }
    CHECK(sum[1] / count[1] == doctest::Approx(0.4).epsilon(0.1));
    CHECK(sum[0] / count[0] == doctest::Approx(-0.4).epsilon(0.1));
    double mean = sum[1] / count[1];
    return std::sqrt(squares[1] / count[1] - mean * mean);
  };
  CHECK(spread(0.5f) > 2.0 * spread(0.0f));
}

TEST_CASE("noiseless plane targets are (x1 + x2) / 2 and multigauss targets stay in [-1, 1]") {
  All plane = all_rows(dp::make_dataset(options("plane", 400)));
  for (int i = 0; i < plane.n; ++i) REQUIRE(plane.y[i] == 0.5f * (plane.x[2 * i] + plane.x[2 * i + 1]));
  All bumps = all_rows(dp::make_dataset(options("multigauss", 400)));
  float highest = 0.0f;
  for (float y : bumps.y) highest = std::max(highest, std::fabs(y));
  CHECK(highest <= 1.05f);
  CHECK(highest > 0.5f);
}

TEST_CASE("multi-class points are dealt to the classes as evenly as possible") {
  DatasetOptions o = options("blobs", 302);
  o.classes = 4;
  All a = all_rows(dp::make_dataset(o));
  for (int c = 0; c < 4; ++c) {
    auto count = std::count(a.y.begin(), a.y.end(), static_cast<float>(c));
    CHECK((count == 75 || count == 76));
  }
}

TEST_CASE("iris has 150 rows, 3 balanced classes and standardized features") {
  Dataset d = dp::make_dataset(options("iris", 10));  // n is ignored
  All a = all_rows(d);
  REQUIRE(a.n == 150);
  CHECK(d.classes == 3);
  for (int c = 0; c < 3; ++c) CHECK(std::count(a.y.begin(), a.y.end(), static_cast<float>(c)) == 50);
  for (int f = 0; f < 4; ++f) {
    double sum = 0, squares = 0;
    for (int i = 0; i < a.n; ++i) sum += a.x[4 * i + f];
    double mean = sum / a.n;
    for (int i = 0; i < a.n; ++i) squares += (a.x[4 * i + f] - mean) * (a.x[4 * i + f] - mean);
    CHECK(std::fabs(mean) < 1e-5);
    CHECK(std::sqrt(squares / a.n) == doctest::Approx(1.0).epsilon(1e-4));
  }
}

TEST_CASE("digits has 1797 rows of 64 pixels in [0, 1] and labels 0..9") {
  Dataset d = dp::make_dataset(options("digits"));
  All a = all_rows(d);
  REQUIRE(a.n == 1797);
  CHECK(d.inputs == 64);
  CHECK(d.outputs == 10);
  CHECK(*std::min_element(a.x.begin(), a.x.end()) == 0.0f);
  CHECK(*std::max_element(a.x.begin(), a.x.end()) == 1.0f);
  for (float v : a.x) REQUIRE(v * 16.0f == std::round(v * 16.0f));  // intensities 0..16 over 16
}
