// Checks that data fits a model before any training: shapes, finiteness and
// labels the loss can take.
#pragma once
#include <cstddef>
#include <string>

#include "spec.hpp"

namespace dp {

struct DataCheck {
  std::size_t rows = 0;
  std::string error;  // "" when the data fits, else "name.x: what is wrong"
};

// x holds x_len floats ([rows, inputs]); y holds y_len floats ([rows,
// label_width]). `name` prefixes messages ("data", "validation").
DataCheck check_data(const ModelSpec& spec, const float* x, std::size_t x_len, const float* y, std::size_t y_len,
                     const std::string& name);

// Inputs only, for predict().
DataCheck check_inputs(const ModelSpec& spec, const float* x, std::size_t x_len, const std::string& name);

}  // namespace dp
