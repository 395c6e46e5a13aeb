// Trains one spec natively and prints the history and final weights as JSON,
// so the Node suite can check that native and wasm builds agree.
// usage: dp_native_train SPEC_JSON DATASET_NAME DATASET_OPTIONS_JSON FIT_OPTIONS_JSON
#include <cstdio>
#include <string>

#include "datasets/dataset_options.hpp"
#include "model_session.hpp"

namespace {

void print_array(const char* name, const float* v, std::size_t n, bool last = false) {
  std::printf("\"%s\":[", name);
  for (std::size_t i = 0; i < n; ++i) std::printf("%s%.9g", i ? "," : "", double(v[i]));
  std::printf("]%s", last ? "" : ",");
}

void fill(dp::FloatBuffer& buffer, const std::vector<float>& values) {
  buffer.resize(values.size());
  std::copy(values.begin(), values.end(), buffer.data());
}

}  // namespace

int main(int argc, char** argv) {
  if (argc != 5) {
    std::fprintf(stderr, "usage: %s SPEC_JSON DATASET DATASET_OPTIONS_JSON FIT_OPTIONS_JSON\n", argv[0]);
    return 2;
  }
  const dp::SpecResult spec = dp::parse_spec(argv[1]);
  const dp::DatasetOptionsResult data_options = dp::parse_dataset_options(argv[2], argv[3]);
  const std::string& error = !spec.error.empty() ? spec.error : data_options.error;
  if (!error.empty()) {
    std::fprintf(stderr, "%s\n", error.c_str());
    return 1;
  }
  const dp::Dataset data = dp::make_dataset(data_options.options);
  dp::FloatBuffer x, y;
  fill(x, data.train.x);
  fill(y, data.train.y);
  dp::ModelSession session(*spec.valid);
  const std::string fit_error = session.prepare_fit(argv[4], x, y);
  if (!fit_error.empty()) {
    std::fprintf(stderr, "%s\n", fit_error.c_str());
    return 1;
  }
  std::vector<float> losses;
  for (int epoch = 0; epoch < session.fit_epochs(); ++epoch) losses.push_back(session.fit_epoch(x, y).loss);
  std::printf("{");
  print_array("loss", losses.data(), losses.size());
  std::printf("\"weights\":[");
  for (std::size_t i = 0; i < session.parameter_count(); ++i) {
    std::printf("%s{", i ? "," : "");
    print_array("values", session.parameter_data(i), session.parameter_size(i), true);
    std::printf("}");
  }
  std::printf("]}\n");
  return 0;
}
