// Seeded data sets: TensorFlow Playground's 2-D sets scaled to [-1, 1], two
// multi-class sets, two regression surfaces and two small real data sets.
#pragma once
#include <cstdint>
#include <string>
#include <vector>

namespace dp {

// The ranges of the options below, for the JSON reader's messages too.
constexpr int kDatasetMinRows = 4;
constexpr int kDatasetMaxRows = 100000;
constexpr float kMaxTestFraction = 0.9f;
constexpr int kDatasetMaxClasses = 10;  // digits; classes beyond a set's own range are refused by name

struct DatasetOptions {
  std::string name;    // circle xor gauss spiral plane multigauss blobs iris digits
  int n = 400;         // total points before the split (ignored by iris/digits: they use all rows)
  float noise = 0.0f;  // 0..1, relative to the data's scale (coordinates span [-1, 1])
  std::uint32_t seed = 0;
  float test_fraction = 0.5f;  // share of rows in the test split, in [0, 0.9]
  int classes =
      0;  // 0 = the data set's default; blobs 3..5 (default 3); spiral 2..5 (2 = the binary spiral, default 2)
  bool one_hot = false;  // classification with >2 classes: labels as one-hot rows instead of integer class ids
};

struct Samples {
  std::vector<float> x;  // [n, inputs] row-major
  std::vector<float> y;  // [n, label_width] row-major
  int n = 0;
};

struct Dataset {
  Samples train, test;
  int inputs = 0;
  int outputs = 0;      // units the model's last layer needs: 1 for binary and regression, classes for multi-class
  int classes = 0;      // 2 for binary, k for multi-class, 0 for regression
  int label_width = 0;  // numbers per label row in y: 1, or classes when one_hot
  std::string task;     // "binary" | "multiclass" | "regression"
};

// "" when the options are valid, else one message naming the field and the allowed values, e.g.
// "dataset: 'spirals' is not one of circle, xor, gauss, spiral, plane, multigauss, blobs, iris, digits"
// "n: 0 must be an integer in 4..100000"   "noise: 2 must be in 0..1"  "classes: 7 must be in 3..5 for blobs"
std::string validate_dataset_options(const DatasetOptions& options);

// Requires valid options. Deterministic: the same options give bit-identical data.
Dataset make_dataset(const DatasetOptions& options);

// The data set names, in the order above (for messages and UIs).
const std::vector<std::string>& dataset_names();

}  // namespace dp
