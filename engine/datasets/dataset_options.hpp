// Reads data set options from JSON (the JS API's camelCase names).
#pragma once
#include <string>

#include "datasets.hpp"

namespace dp {

struct DatasetOptionsResult {
  DatasetOptions options;
  std::string error;  // "" when valid
};

// json: {"n", "noise", "seed", "testFraction", "classes", "oneHot"}, all optional.
DatasetOptionsResult parse_dataset_options(const std::string& name, const std::string& json_text);

}  // namespace dp
