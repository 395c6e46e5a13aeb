#include "data_check.hpp"

#include <cmath>
#include <cstdio>

#include "limits.hpp"

namespace dp {
namespace {

std::string number_text(float v) {
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%.9g", double(v));
  return buffer;
}

std::string position(std::size_t index, std::size_t width) {
  return "[" + std::to_string(index / width) + "][" + std::to_string(index % width) + "]";
}

// What labels the loss takes, as a message tail and as a test.
std::string label_rule(const ModelSpec& spec, float label) {
  const int classes = spec.outputs();
  switch (spec.loss) {
    case Loss::sparse_categorical_crossentropy:
    case Loss::nll:
      if (label != std::floor(label) || label < 0.0f || label >= float(classes))
        return "must be an integer class id in 0.." + std::to_string(classes - 1) + " for " + name_of(spec.loss);
      return "";
    case Loss::binary_crossentropy:
    case Loss::categorical_crossentropy:
      if (label < 0.0f || label > 1.0f) return std::string("must be in [0, 1] for ") + name_of(spec.loss);
      return "";
    case Loss::mse:
    case Loss::mae:
      return "";
  }
  return "";
}

}  // namespace

DataCheck check_inputs(const ModelSpec& spec, const float* x, std::size_t x_len, const std::string& name) {
  DataCheck check;
  const std::size_t inputs = std::size_t(spec.inputs);
  if (x_len == 0) {
    check.error = name + ".x: no rows (empty data)";
    return check;
  }
  if (x_len / inputs > kMaxSamples) {
    check.error = name + ".x: " + std::to_string(x_len / inputs) + " rows exceed the limit of " +
                  std::to_string(kMaxSamples) + " rows";
    return check;
  }
  if (x_len % inputs != 0) {
    check.error = name + ".x: " + std::to_string(x_len) + " numbers do not fill whole rows of " +
                  std::to_string(inputs) + " inputs";
    return check;
  }
  for (std::size_t i = 0; i < x_len; ++i)
    if (!std::isfinite(x[i])) {
      check.error = name + ".x" + position(i, inputs) + ": " + number_text(x[i]) + " is not a finite number";
      return check;
    }
  check.rows = x_len / inputs;
  return check;
}

DataCheck check_data(const ModelSpec& spec, const float* x, std::size_t x_len, const float* y, std::size_t y_len,
                     const std::string& name) {
  DataCheck check = check_inputs(spec, x, x_len, name);
  if (!check.error.empty()) return check;
  const std::size_t width = std::size_t(spec.label_width());
  if (y_len != check.rows * width) {
    const std::string shape = spec.sparse_labels()
                                  ? "[" + std::to_string(check.rows) + "] integer class ids"
                                  : "[" + std::to_string(check.rows) + ", " + std::to_string(width) + "]";
    check.error = name + ".y: " + std::to_string(y_len) + " numbers for " + std::to_string(check.rows) + " rows; " +
                  name_of(spec.loss) + " needs " + shape;
    check.rows = 0;
    return check;
  }
  for (std::size_t i = 0; i < y_len; ++i) {
    std::string problem = std::isfinite(y[i]) ? label_rule(spec, y[i]) : "is not a finite number";
    if (problem.empty()) continue;
    const std::string where = width == 1 ? "[" + std::to_string(i) + "]" : position(i, width);
    check.error = name + ".y" + where + ": " + number_text(y[i]) + " " + problem;
    check.rows = 0;
    return check;
  }
  return check;
}

}  // namespace dp
