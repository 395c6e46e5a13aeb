// Embind glue: exposes the engine's outward classes to JavaScript. No logic
// lives here; messages come from the engine, bindings/*.js turns them into
// Errors.
#include <emscripten/bind.h>
#include <emscripten/heap.h>
#include <malloc.h>

#include "datasets/dataset_options.hpp"
#include "limits.hpp"
#include "model_session.hpp"
#include "spec_defaults.hpp"
#include "surfaces/surface_requests.hpp"

using namespace emscripten;

namespace {

std::uintptr_t buffer_address(dp::FloatBuffer& b) { return reinterpret_cast<std::uintptr_t>(b.data()); }

// A model built from a JSON spec in one step: its session, or the message in `error`.
std::unique_ptr<dp::SessionResult> build_model(const std::string& spec_json) {
  return std::make_unique<dp::SessionResult>(dp::open_session(spec_json));
}

// Hands the session over to JavaScript, which deletes it (Model.dispose()).
std::unique_ptr<dp::ModelSession> take_session(dp::SessionResult& built) { return std::move(built.session); }

std::uintptr_t parameter_address(const dp::ModelSession& s, std::size_t i) {
  return reinterpret_cast<std::uintptr_t>(s.parameter_data(i));
}

std::uintptr_t layer_output_address(const dp::ModelSession& s, std::size_t d) {
  return reinterpret_cast<std::uintptr_t>(s.layer_output(d).data());
}

std::uintptr_t dropout_mask_address(const dp::ModelSession& s, std::size_t i) {
  return reinterpret_cast<std::uintptr_t>(s.dropout_mask(i));
}

// Fit options with every default filled in, as JSON, or the validation message in `error`.
struct FitOptionsReply {
  std::string error;
  std::string json;
};

FitOptionsReply fit_options(const std::string& json) {
  const dp::FitOptionsResult parsed = dp::parse_fit_options(json);
  if (!parsed.error.empty()) return {parsed.error, ""};
  return {"", dp::fit_options_to_json(parsed)};
}

// A generated data set with the validation message, if any, in `error`.
struct DatasetHandle {
  std::string error;
  dp::Dataset data;
  std::string options_json;  // the options it was made with, defaults filled in
};

std::unique_ptr<DatasetHandle> make_dataset(const std::string& name, const std::string& options_json) {
  auto handle = std::make_unique<DatasetHandle>();
  dp::DatasetOptionsResult parsed = dp::parse_dataset_options(name, options_json);
  handle->error = parsed.error;
  if (handle->error.empty()) {
    handle->data = dp::make_dataset(parsed.options);
    handle->options_json = dp::dataset_options_to_json(parsed.options, handle->data);
  }
  return handle;
}

std::uintptr_t samples_address(const DatasetHandle& h, bool test, bool labels) {
  const dp::Samples& s = test ? h.data.test : h.data.train;
  return reinterpret_cast<std::uintptr_t>(labels ? s.y.data() : s.x.data());
}

// The data set names, one per line.
std::string dataset_names() {
  std::string lines;
  for (const std::string& name : dp::dataset_names()) lines += (lines.empty() ? "" : "\n") + name;
  return lines;
}

int samples_rows(const DatasetHandle& h, bool test) { return test ? h.data.test.n : h.data.train.n; }

// A surface's heatmap written into `out`, with the window it covers.
struct SurfaceReply {
  std::string error;
  int nx = 0, ny = 0;
  dp::SurfaceWindow window{};
  dp::SurfaceInfo info{};
};

SurfaceReply surface_grid(const std::string& name, const std::string& json, dp::FloatBuffer& out) {
  const dp::GridRequest request = dp::parse_grid_request(name, json);
  SurfaceReply reply{request.error, request.nx, request.ny, request.window, {}};
  if (!reply.error.empty()) return reply;
  reply.info = dp::surface_info(request.kind);
  out.resize(std::size_t(request.nx) * std::size_t(request.ny));
  dp::fill_surface_grid(request.kind, request.window, request.nx, request.ny, out.data());
  reply.error = dp::check_surface_values(request.window, out.data(), out.size());
  return reply;
}

struct PathReply {
  std::string error;
  int points = 0;
  bool diverged = false;
};

PathReply optimizer_path(const std::string& name, const std::string& json, dp::FloatBuffer& out) {
  const dp::PathRequest request = dp::parse_path_request(name, json);
  if (!request.error.empty()) return {request.error, 0, false};
  out.resize(dp::path_buffer_size(request.options.steps));
  const dp::PathResult result = dp::run_optimizer_path(request.options, out.data());
  return {"", result.points, result.diverged};
}

// Bytes malloc has handed out and not taken back (dlmalloc's mallinfo), and the
// size of wasm memory: what the soak test watches for leaks.
struct MemoryUse {
  double used_bytes = 0;
  double total_bytes = 0;
};

MemoryUse memory_use() {
  const struct mallinfo info = mallinfo();
  return {double(info.uordblks), double(emscripten_get_heap_size())};
}

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

  value_object<dp::SurfaceWindow>("SurfaceWindow")
      .field("xmin", &dp::SurfaceWindow::xmin)
      .field("xmax", &dp::SurfaceWindow::xmax)
      .field("ymin", &dp::SurfaceWindow::ymin)
      .field("ymax", &dp::SurfaceWindow::ymax);
  value_object<dp::SurfaceInfo>("SurfaceInfo")
      .field("window", &dp::SurfaceInfo::window)
      .field("startW1", &dp::SurfaceInfo::start_w1)
      .field("startW2", &dp::SurfaceInfo::start_w2)
      .field("minW1", &dp::SurfaceInfo::min_w1)
      .field("minW2", &dp::SurfaceInfo::min_w2)
      .field("minLoss", &dp::SurfaceInfo::min_loss);
  value_object<SurfaceReply>("SurfaceReply")
      .field("error", &SurfaceReply::error)
      .field("nx", &SurfaceReply::nx)
      .field("ny", &SurfaceReply::ny)
      .field("window", &SurfaceReply::window)
      .field("info", &SurfaceReply::info);
  value_object<PathReply>("PathReply")
      .field("error", &PathReply::error)
      .field("points", &PathReply::points)
      .field("diverged", &PathReply::diverged);
  value_object<MemoryUse>("MemoryUse")
      .field("usedBytes", &MemoryUse::used_bytes)
      .field("totalBytes", &MemoryUse::total_bytes);
  function("memoryUse", &memory_use);
  constant("maxSpecText", double(dp::kMaxSpecText));
  constant("maxCallBytes", dp::kMaxCallBytes);
  function("specLengthError", &dp::check_spec_length);

  function("surfaceGrid", &surface_grid);
  function("optimizerPath", &optimizer_path);

  class_<dp::FloatBuffer>("FloatBuffer")
      .constructor<>()
      .function("resize", &dp::FloatBuffer::resize)
      .function("release", &dp::FloatBuffer::release)
      .function("size", &dp::FloatBuffer::size)
      .function("address", &buffer_address);

  value_object<FitOptionsReply>("FitOptionsReply")
      .field("error", &FitOptionsReply::error)
      .field("json", &FitOptionsReply::json);
  function("fitOptions", &fit_options);

  function("defaults", &dp::defaults_json);
  class_<dp::SessionResult>("ModelBuild")
      .constructor(&build_model)
      .property("error", &dp::SessionResult::error)
      .function("takeSession", &take_session);
  class_<dp::ModelSession>("ModelSession")
      .function("specJson", &dp::ModelSession::spec_json)
      .function("kerasSource", &dp::ModelSession::keras_source)
      .function("hasAccuracy", &dp::ModelSession::has_accuracy)
      .function("planFit", &dp::ModelSession::plan_fit)
      .function("planTrainBatch", &dp::ModelSession::plan_train_batch)
      .function("planEvaluate", &dp::ModelSession::plan_evaluate)
      .function("planPredict", &dp::ModelSession::plan_predict)
      .function("planLayerOutputs", &dp::ModelSession::plan_layer_outputs)
      .function("prepareFit", &dp::ModelSession::prepare_fit)
      .function("fitEpochs", &dp::ModelSession::fit_epochs)
      .function("fitEpoch", &dp::ModelSession::fit_epoch)
      .function("evaluate", &dp::ModelSession::evaluate)
      .function("evaluation", &dp::ModelSession::evaluation)
      .function("trainBatch", &dp::ModelSession::train_batch)
      .function("lastLoss", &dp::ModelSession::last_loss)
      .function("predict", &dp::ModelSession::predict)
      .function("layerOutputs", &dp::ModelSession::layer_outputs)
      .function("denseCount", &dp::ModelSession::dense_count)
      .function("layerOutputAddress", &layer_output_address)
      .function("layerOutputSize",
                optional_override([](const dp::ModelSession& s, std::size_t d) { return s.layer_output(d).size(); }))
      .function("dropoutCount", &dp::ModelSession::dropout_count)
      .function("dropoutMaskAddress", &dropout_mask_address)
      .function("dropoutRows", &dp::ModelSession::dropout_rows)
      .function("dropoutUnits", &dp::ModelSession::dropout_units)
      .function("parameterCount", &dp::ModelSession::parameter_count)
      .function("parameterAddress", &parameter_address)
      .function("parameterSize", &dp::ModelSession::parameter_size)
      .function("parameterDescription", &dp::ModelSession::parameter_description)
      .function("parameterShape", &dp::ModelSession::parameter_shape)
      .function("setParameter", &dp::ModelSession::set_parameter);

  function("datasetNames", &dataset_names);
  class_<DatasetHandle>("DatasetHandle")
      .constructor(&make_dataset)
      .property("error", &DatasetHandle::error)
      .function("rows", &samples_rows)
      .function("address", &samples_address)
      .function("inputs", optional_override([](const DatasetHandle& h) { return h.data.inputs; }))
      .function("outputs", optional_override([](const DatasetHandle& h) { return h.data.outputs; }))
      .function("classes", optional_override([](const DatasetHandle& h) { return h.data.classes; }))
      .function("labelWidth", optional_override([](const DatasetHandle& h) { return h.data.label_width; }))
      .function("task", optional_override([](const DatasetHandle& h) { return h.data.task; }))
      .function("optionsJson", optional_override([](const DatasetHandle& h) { return h.options_json; }));
}
