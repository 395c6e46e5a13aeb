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

// The options `data` was made with, as the JSON above, every default filled in with what was used:
// n the rows it has (iris and digits: all of theirs), classes its classes, oneHot whether its labels are one-hot.
std::string dataset_options_to_json(const DatasetOptions& options, const Dataset& data);

}  // namespace dp
