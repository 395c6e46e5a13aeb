// Embind glue: exposes the engine's outward classes to JavaScript. No logic
// lives here; messages come from the engine, bindings/*.js turns them into
// Errors.
#include <emscripten/bind.h>

#include "datasets/dataset_options.hpp"
#include "model_session.hpp"

using namespace emscripten;

namespace {

std::uintptr_t buffer_address(dp::FloatBuffer& b) { return reinterpret_cast<std::uintptr_t>(b.data()); }

std::string check_spec(const std::string& json) { return dp::parse_spec(json).error; }

std::unique_ptr<dp::ModelSession> make_session(const std::string& json) {
  return std::make_unique<dp::ModelSession>(dp::parse_spec(json).spec);
}

std::uintptr_t parameter_address(const dp::ModelSession& s, std::size_t i) {
  return reinterpret_cast<std::uintptr_t>(s.parameter_data(i));
}

// A generated data set with the validation message, if any, in `error`.
struct DatasetHandle {
  std::string error;
  dp::Dataset data;
};

std::unique_ptr<DatasetHandle> make_dataset(const std::string& name, const std::string& options_json) {
  auto handle = std::make_unique<DatasetHandle>();
  dp::DatasetOptionsResult parsed = dp::parse_dataset_options(name, options_json);
  handle->error = parsed.error;
  if (handle->error.empty()) handle->data = dp::make_dataset(parsed.options);
  return handle;
}

std::uintptr_t samples_address(const DatasetHandle& h, bool test, bool labels) {
  const dp::Samples& s = test ? h.data.test : h.data.train;
  return reinterpret_cast<std::uintptr_t>(labels ? s.y.data() : s.x.data());
}

int samples_rows(const DatasetHandle& h, bool test) { return test ? h.data.test.n : h.data.train.n; }

}  // namespace

EMSCRIPTEN_BINDINGS(deep_playground) {
  value_object<dp::EpochResult>("EpochResult")
      .field("loss", &dp::EpochResult::loss)
      .field("accuracy", &dp::EpochResult::accuracy)
      .field("diverged", &dp::EpochResult::diverged)
      .field("step", &dp::EpochResult::step)
      .field("lastLoss", &dp::EpochResult::last_loss);
  value_object<dp::Evaluation>("Evaluation")
      .field("loss", &dp::Evaluation::loss)
      .field("accuracy", &dp::Evaluation::accuracy);

  class_<dp::FloatBuffer>("FloatBuffer")
      .constructor<>()
      .function("resize", &dp::FloatBuffer::resize)
      .function("size", &dp::FloatBuffer::size)
      .function("address", &buffer_address);

  function("checkSpec", &check_spec);
  class_<dp::ModelSession>("ModelSession")
      .constructor(&make_session)
      .function("specJson", &dp::ModelSession::spec_json)
      .function("kerasSource", &dp::ModelSession::keras_source)
      .function("hasAccuracy", &dp::ModelSession::has_accuracy)
      .function("prepareFit", &dp::ModelSession::prepare_fit)
      .function("fitEpochs", &dp::ModelSession::fit_epochs)
      .function("fitEpoch", &dp::ModelSession::fit_epoch)
      .function("evaluate", &dp::ModelSession::evaluate)
      .function("evaluation", &dp::ModelSession::evaluation)
      .function("trainBatch", &dp::ModelSession::train_batch)
      .function("lastLoss", &dp::ModelSession::last_loss)
      .function("predict", &dp::ModelSession::predict)
      .function("parameterCount", &dp::ModelSession::parameter_count)
      .function("parameterAddress", &parameter_address)
      .function("parameterSize", &dp::ModelSession::parameter_size)
      .function("parameterDescription", &dp::ModelSession::parameter_description)
      .function("setParameter", &dp::ModelSession::set_parameter);

  class_<DatasetHandle>("DatasetHandle")
      .constructor(&make_dataset)
      .property("error", &DatasetHandle::error)
      .function("rows", &samples_rows)
      .function("address", &samples_address)
      .function("inputs", optional_override([](const DatasetHandle& h) { return h.data.inputs; }))
      .function("outputs", optional_override([](const DatasetHandle& h) { return h.data.outputs; }))
      .function("classes", optional_override([](const DatasetHandle& h) { return h.data.classes; }))
      .function("labelWidth", optional_override([](const DatasetHandle& h) { return h.data.label_width; }))
      .function("task", optional_override([](const DatasetHandle& h) { return h.data.task; }));
}
