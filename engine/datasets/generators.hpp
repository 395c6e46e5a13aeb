// The generators behind make_dataset, one family per .cpp. Each returns its
// rows in class order with one number per label (class id or regression
// target); datasets.cpp shuffles, splits and one-hot encodes them.
#pragma once
#include <vector>

#include "rng.hpp"

namespace dp::datasets {

struct Rows {
  std::vector<float> x;  // [n, inputs] row-major
  std::vector<float> y;  // [n] class id or regression target
  int inputs = 0;

  int n() const { return static_cast<int>(y.size()); }
  void add(float x1, float x2, float label) {
    x.push_back(x1);
    x.push_back(x2);
    y.push_back(label);
  }
};

constexpr float kPi = 3.14159265358979f;

// Draws happen in named statements, never two in one expression: argument
// evaluation order differs between g++ and clang (em++), and data must not.

// planar.cpp: binary 2-D sets, labels 0/1.
Rows circle(int n, float noise, Rng& rng);
Rows xor_quadrants(int n, float noise, Rng& rng);
Rows two_gauss(int n, float noise, Rng& rng);
Rows binary_spiral(int n, float noise, Rng& rng);
// One spiral arm of `count` points turned by `delta`, shared with multiclass.cpp.
void spiral_arm(Rows& rows, int count, float delta, float label, float noise, Rng& rng);

// regression.cpp: 2 inputs, one target.
Rows plane(int n, float noise, Rng& rng);
Rows multigauss(int n, float noise, Rng& rng);

// multiclass.cpp: k classes, labels 0..k-1.
Rows blobs(int n, int k, float noise, Rng& rng);
Rows spiral_arms(int n, int k, float noise, Rng& rng);
// Points in class c when n points are dealt as evenly as possible over k classes.
inline int class_share(int n, int k, int c) { return n / k + (c < n % k ? 1 : 0); }

// shipped.cpp: the embedded CSVs, all rows.
Rows iris();
Rows digits();

}  // namespace dp::datasets
