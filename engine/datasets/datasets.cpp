// The data sets' table, validation at the edge, dispatch to the generators,
// and the seeded shuffle and train/test split.
#include "datasets.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <numeric>

#include "../json_fields.hpp"
#include "generators.hpp"

namespace dp {

namespace {

struct Info {
  const char* name;
  int inputs;
  int default_classes;           // 2 binary, k > 2 multi-class, 0 regression
  int min_classes, max_classes;  // what `classes` may be besides 0 (the default)
  bool generated;                // false for the shipped sets, which use all their rows
};

constexpr Info kInfo[] = {
    {"circle", 2, 2, 2, 2, true}, {"xor", 2, 2, 2, 2, true},   {"gauss", 2, 2, 2, 2, true},
    {"spiral", 2, 2, 2, 5, true}, {"plane", 2, 0, 0, 0, true}, {"multigauss", 2, 0, 0, 0, true},
    {"blobs", 2, 3, 3, 5, true},  {"iris", 4, 3, 3, 3, false}, {"digits", 64, 10, 10, 10, false},
};

constexpr bool classes_within_limit() {
  for (const Info& info : kInfo)
    if (info.max_classes > kDatasetMaxClasses) return false;
  return true;
}
static_assert(classes_within_limit(), "kDatasetMaxClasses must cover every data set");

const Info* find_info(const std::string& name) {
  for (const Info& info : kInfo)
    if (name == info.name) return &info;
  return nullptr;
}

std::string number(float v) {
  char text[32];
  std::snprintf(text, sizeof text, "%g", static_cast<double>(v));
  return text;
}

std::string list_names() {
  std::string names;
  for (const std::string& name : dataset_names()) names += (names.empty() ? "" : ", ") + name;
  return names;
}

datasets::Rows generate(const std::string& name, int n, int classes, float noise, Rng& rng) {
  using namespace datasets;
  if (name == "circle") return circle(n, noise, rng);
  if (name == "xor") return xor_quadrants(n, noise, rng);
  if (name == "gauss") return two_gauss(n, noise, rng);
  if (name == "spiral") return classes == 2 ? binary_spiral(n, noise, rng) : spiral_arms(n, classes, noise, rng);
  if (name == "plane") return plane(n, noise, rng);
  if (name == "multigauss") return multigauss(n, noise, rng);
  if (name == "blobs") return blobs(n, classes, noise, rng);
  if (name == "iris") return iris();
  return digits();
}

// Copies the listed rows into samples, expanding class ids to one-hot rows when width > 1.
void fill(Samples& samples, const datasets::Rows& rows, const std::uint32_t* order, int count, int width) {
  const auto inputs = static_cast<std::size_t>(rows.inputs);
  samples.n = count;
  samples.x.resize(static_cast<std::size_t>(count) * inputs);
  samples.y.assign(static_cast<std::size_t>(count) * static_cast<std::size_t>(width), 0.0f);
  for (int i = 0; i < count; ++i) {
    const std::size_t from = order[i], to = static_cast<std::size_t>(i);
    std::copy_n(rows.x.begin() + static_cast<long>(from * inputs), inputs,
                samples.x.begin() + static_cast<long>(to * inputs));
    float label = rows.y[from];
    if (width == 1)
      samples.y[to] = label;
    else
      samples.y[to * static_cast<std::size_t>(width) + static_cast<std::size_t>(label)] = 1.0f;
  }
}

}  // namespace

const std::vector<std::string>& dataset_names() {
  static const std::vector<std::string> names = [] {
    std::vector<std::string> list;
    for (const Info& info : kInfo) list.push_back(info.name);
    return list;
  }();
  return names;
}

std::string validate_dataset_options(const DatasetOptions& options) {
  const Info* info = find_info(options.name);
  if (!info) return "dataset: " + quoted(options.name) + " is not one of " + list_names();
  if (info->generated && (options.n < kDatasetMinRows || options.n > kDatasetMaxRows))
    return "n: " + std::to_string(options.n) + " must be an integer in " + std::to_string(kDatasetMinRows) + ".." +
           std::to_string(kDatasetMaxRows);
  if (!std::isfinite(options.noise) || options.noise < 0.0f || options.noise > 1.0f)
    return "noise: " + number(options.noise) + " must be in 0..1";
  if (!std::isfinite(options.test_fraction) || options.test_fraction < 0.0f || options.test_fraction > kMaxTestFraction)
    return "testFraction: " + number(options.test_fraction) + " must be in 0.." + number(kMaxTestFraction);
  int classes = options.classes;
  if (classes != 0 && (classes < info->min_classes || classes > info->max_classes)) {
    std::string allowed = info->min_classes == info->max_classes
                              ? std::to_string(info->min_classes)
                              : "in " + std::to_string(info->min_classes) + ".." + std::to_string(info->max_classes);
    return "classes: " + std::to_string(classes) + " must be " + allowed + " for " + options.name;
  }
  return "";
}

Dataset make_dataset(const DatasetOptions& options) {
  const Info& info = *find_info(options.name);
  const int classes = options.classes != 0 ? options.classes : info.default_classes;
  Rng rng(options.seed);
  const datasets::Rows rows = generate(options.name, options.n, classes, options.noise, rng);

  Dataset data;
  data.inputs = info.inputs;
  data.classes = classes;
  data.task = classes == 0 ? "regression" : classes == 2 ? "binary" : "multiclass";
  data.outputs = classes > 2 ? classes : 1;
  data.label_width = classes > 2 && options.one_hot ? classes : 1;

  // Shuffle the rows (generated in class order), then deal round(n * test_fraction)
  // to test; at most n - 1, so that training always has a row.
  const int n = rows.n();
  std::vector<std::uint32_t> order(static_cast<std::size_t>(n));
  std::iota(order.begin(), order.end(), 0u);
  rng.shuffle(order.data(), order.size());
  const long rounded = std::lround(static_cast<double>(n) * static_cast<double>(options.test_fraction));
  const int test_rows = static_cast<int>(std::min<long>(rounded, n - 1));
  fill(data.test, rows, order.data(), test_rows, data.label_width);
  fill(data.train, rows, order.data() + test_rows, n - test_rows, data.label_width);
  return data;
}

}  // namespace dp
