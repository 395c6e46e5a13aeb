#include "dataset_options.hpp"

#include "../json_fields.hpp"
#include "../shortest_decimal.hpp"

namespace dp {

DatasetOptionsResult parse_dataset_options(const std::string& name, const std::string& json_text) {
  DatasetOptionsResult result;
  DatasetOptions& o = result.options;
  o.name = name;
  const Json root = Json::parse(json_text, nullptr, false);
  if (root.is_discarded()) {
    result.error = "options: not valid JSON";
    return result;
  }
  JsonFields f(root, "", result.error);
  f.only({"n", "noise", "seed", "testFraction", "classes", "oneHot"});
  long long n = o.n, seed = o.seed, classes = o.classes;
  // The real ranges here; which classes a data set takes in validate_dataset_options.
  f.integer("n", n, kDatasetMinRows, kDatasetMaxRows);
  f.number("noise", o.noise, 0.0f, 1.0f);
  f.integer("seed", seed, 0, 4294967295LL);
  f.number("testFraction", o.test_fraction, 0.0f, kMaxTestFraction);
  f.integer("classes", classes, 0, kDatasetMaxClasses);
  f.boolean("oneHot", o.one_hot);
  if (!f.ok()) return result;
  o.n = static_cast<int>(n);
  o.seed = static_cast<std::uint32_t>(seed);
  o.classes = static_cast<int>(classes);
  result.error = validate_dataset_options(o);
  return result;
}

std::string dataset_options_to_json(const DatasetOptions& options, const Dataset& data) {
  const Json root = {{"n", data.train.n + data.test.n},
                     {"noise", shortest_decimal(options.noise)},
                     {"seed", options.seed},
                     {"testFraction", shortest_decimal(options.test_fraction)},
                     {"classes", data.classes},
                     {"oneHot", data.label_width > 1}};
  return root.dump();
}

}  // namespace dp
