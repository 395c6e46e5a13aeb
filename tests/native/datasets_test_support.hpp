// Helpers shared by the datasets tests.
#pragma once
#include <cstdint>
#include <string>
#include <vector>

#include "datasets/datasets.hpp"

namespace dp_test {

inline dp::DatasetOptions options(const std::string& name, int n = 400, float noise = 0.0f, std::uint32_t seed = 1) {
  dp::DatasetOptions o;
  o.name = name;
  o.n = n;
  o.noise = noise;
  o.seed = seed;
  return o;
}

// Train and test rows together: inputs then labels, [n, width] row-major each.
struct All {
  std::vector<float> x, y;
  int n = 0;
};

inline All all_rows(const dp::Dataset& d) {
  All a;
  a.x = d.train.x;
  a.x.insert(a.x.end(), d.test.x.begin(), d.test.x.end());
  a.y = d.train.y;
  a.y.insert(a.y.end(), d.test.y.begin(), d.test.y.end());
  a.n = d.train.n + d.test.n;
  return a;
}

}  // namespace dp_test
