// Fuzzes the data set options. Input: the data set name on the first line,
// the options JSON after it. Options that parse make a data set (small n
// only) whose shape matches what it reports, and whose train split passes
// check_data for a model shaped for it and trains a step.
#include <cstddef>
#include <cstdint>

#include "data_check.hpp"
#include "datasets/dataset_options.hpp"
#include "fuzz_support.hpp"
#include "spec_parser.hpp"

using namespace dp_fuzz;

namespace {

void check_split(const dp::Dataset& d, const dp::Samples& s, const char* name) {
  const std::string where = std::string(name) + ": ";
  require(s.x.size() == std::size_t(s.n) * std::size_t(d.inputs), where + "x holds n * inputs floats");
  require(s.y.size() == std::size_t(s.n) * std::size_t(d.label_width), where + "y holds n * labelWidth floats");
  require(all_finite(s.x.data(), s.x.size()) && all_finite(s.y.data(), s.y.size()), where + "non-finite value");
}

// The model a user would build for this data set (as the playground does).
std::string spec_for(const dp::Dataset& d) {
  std::string loss = "mse", activation = "linear";
  if (d.task == "binary") loss = "binary_crossentropy", activation = "sigmoid";
  if (d.task == "multiclass")
    loss = d.label_width > 1 ? "categorical_crossentropy" : "sparse_categorical_crossentropy", activation = "softmax";
  return R"({"inputs":)" + std::to_string(d.inputs) + R"(,"layers":[{"type":"dense","units":3,"activation":"tanh"},)" +
         R"({"type":"dense","units":)" + std::to_string(d.outputs) + R"(,"activation":")" + activation +
         R"("}],"loss":")" + loss + R"(","optimizer":{"type":"sgd","learningRate":0.1}})";
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string text = text_of(data, size);
  const std::size_t newline = text.find('\n');
  if (newline == std::string::npos) return 0;
  const dp::DatasetOptionsResult parsed = dp::parse_dataset_options(text.substr(0, newline), text.substr(newline + 1));
  if (!parsed.error.empty()) return 0;
  const dp::DatasetOptions& o = parsed.options;
  const bool shipped = o.name == "iris" || o.name == "digits";
  if (!shipped && o.n > 3000) return 0;

  const dp::Dataset d = dp::make_dataset(o);
  check_split(d, d.train, "train");
  check_split(d, d.test, "test");
  require(d.train.n >= 1, "an empty train split");
  if (!shipped) require(d.train.n + d.test.n == o.n, "train + test rows differ from n");
  require(d.task == "binary" || d.task == "multiclass" || d.task == "regression", "unknown task " + d.task);

  const dp::SpecResult spec = dp::parse_spec(spec_for(d));
  require(spec.error.empty(), "the spec for the data set: " + spec.error);
  const dp::DataCheck check =
      dp::check_data(spec.spec, d.train.x.data(), d.train.x.size(), d.train.y.data(), d.train.y.size(), "train");
  require(check.error.empty(), "make_dataset's train split fails check_data: " + check.error);
  require(check.rows == std::size_t(d.train.n), "check_data counts other rows than the split holds");

  dp::ModelSession session(*spec.valid);
  dp::FloatBuffer x, y;
  x.resize(d.train.x.size());
  y.resize(d.train.y.size());
  std::copy(d.train.x.begin(), d.train.x.end(), x.data());
  std::copy(d.train.y.begin(), d.train.y.end(), y.data());
  const std::string trained = session.train_batch(x, y);
  require(trained.empty(), "a step on the data set: " + trained);
  require_finite_weights(session, "dataset");
  return 0;
}
