#include "model_session.hpp"

#include <algorithm>
#include <cmath>

#include "call_memory.hpp"
#include "data_check.hpp"
#include "keras_export.hpp"
#include "layers/dropout.hpp"
#include "metrics.hpp"

namespace dp {

SessionResult open_session(const std::string& spec_json) {
  SpecResult parsed = parse_spec(spec_json);
  if (!parsed.valid) return {parsed.error, nullptr};
  return {"", std::make_unique<ModelSession>(*parsed.valid)};
}

ModelSession::ModelSession(const ValidSpec& spec) : model_(spec), trainer_(model_) {}

std::string ModelSession::keras_source() const { return to_keras(model_.spec()); }

bool ModelSession::has_accuracy() const { return loss_has_accuracy(model_.spec().loss); }

double ModelSession::call_bytes(double floats, double rows) const {
  // float32: 4 bytes; every model keeps buffers for at least the inference rows
  return 4.0 * (floats + std::max(rows, double(kInferenceRows)) * double(model_.row_floats()));
}

std::string ModelSession::fit_memory(const FitOptions& options, double x_len, double y_len, double val_len) const {
  const double rows = rows_of(x_len);
  const double batch = std::min(double(options.batch_size), rows);
  // the data and validation data, the shuffle order and one gathered batch of x and y
  const double floats = x_len + y_len + val_len + rows + batch * double(model_.inputs() + model_.label_width());
  return check_call_memory("fit", call_bytes(floats, batch));
}

std::string ModelSession::plan_fit(const std::string& options_json, double x_len, double y_len, double val_x_len,
                                   double val_y_len) const {
  const FitOptionsResult parsed = parse_fit_options(options_json);
  if (!parsed.error.empty()) return parsed.error;
  return fit_memory(parsed.options, x_len, y_len, val_x_len + val_y_len);
}

std::string ModelSession::plan_train_batch(double x_len, double y_len) const {
  return check_call_memory("trainBatch", call_bytes(x_len + y_len, rows_of(x_len)));
}

std::string ModelSession::plan_evaluate(const std::string& name, double x_len, double y_len) const {
  return check_call_memory(name, call_bytes(x_len + y_len, 0));
}

std::string ModelSession::plan_predict(double x_len) const {
  return check_call_memory("predict", call_bytes(x_len + rows_of(x_len) * double(model_.outputs()), 0));
}

std::string ModelSession::plan_layer_outputs(double x_len) const {
  std::size_t units = 0;
  for (std::size_t d = 0; d < model_.dense_count(); ++d) units += model_.dense_units(d);
  return check_call_memory("layerOutputs", call_bytes(x_len + rows_of(x_len) * double(units), 0));
}

std::string ModelSession::prepare_fit(const std::string& options_json, const FloatBuffer& x, const FloatBuffer& y) {
  FitOptionsResult parsed = parse_fit_options(options_json);
  if (!parsed.error.empty()) return parsed.error;
  const std::string memory = fit_memory(parsed.options, double(x.size()), double(y.size()), 0);
  if (!memory.empty()) return memory;
  DataCheck check = check_data(model_.spec(), x.data(), x.size(), y.data(), y.size(), "data");
  if (!check.error.empty()) return check.error;
  fit_options_ = parsed.options;
  fit_epochs_ = parsed.epochs;
  trainer_.prepare(check.rows, fit_options_);
  return "";
}

EpochResult ModelSession::fit_epoch(const FloatBuffer& x, const FloatBuffer& y) {
  return trainer_.fit_epoch({x.data(), y.data(), x.size() / model_.inputs()}, fit_options_);
}

std::string ModelSession::evaluate(const FloatBuffer& x, const FloatBuffer& y, const std::string& name) {
  const std::string memory = plan_evaluate(name, double(x.size()), double(y.size()));
  if (!memory.empty()) return memory;
  DataCheck check = check_data(model_.spec(), x.data(), x.size(), y.data(), y.size(), name);
  if (!check.error.empty()) return check.error;
  evaluation_ = trainer_.evaluate({x.data(), y.data(), check.rows});
  return "";
}

std::string ModelSession::train_batch(const FloatBuffer& x, const FloatBuffer& y) {
  const std::string memory = plan_train_batch(double(x.size()), double(y.size()));
  if (!memory.empty()) return memory;
  DataCheck check = check_data(model_.spec(), x.data(), x.size(), y.data(), y.size(), "data");
  if (!check.error.empty()) return check.error;
  model_.reserve(check.rows);
  last_loss_ = model_.train_step(x.data(), y.data(), check.rows).loss;
  return "";
}

std::string ModelSession::predict(const FloatBuffer& x, FloatBuffer& out) {
  const std::string memory = plan_predict(double(x.size()));
  if (!memory.empty()) return memory;
  DataCheck check = check_inputs(model_.spec(), x.data(), x.size(), "predict");
  if (!check.error.empty()) return check.error;
  out.resize(check.rows * model_.outputs());
  trainer_.predict(x.data(), check.rows, out.data());
  return "";
}

std::string ModelSession::layer_outputs(const FloatBuffer& x) {
  const std::string memory = plan_layer_outputs(double(x.size()));
  if (!memory.empty()) return memory;
  DataCheck check = check_inputs(model_.spec(), x.data(), x.size(), "layerOutputs");
  if (!check.error.empty()) return check.error;
  layer_outputs_.resize(model_.dense_count());
  std::vector<float*> outs;
  for (std::size_t d = 0; d < model_.dense_count(); ++d) {
    layer_outputs_[d].resize(check.rows * model_.dense_units(d));
    outs.push_back(layer_outputs_[d].data());
  }
  trainer_.predict_layers(x.data(), check.rows, outs.data());
  return "";
}

const float* ModelSession::dropout_mask(std::size_t i) const { return model_.dropout_layers()[i]->mask(); }

std::size_t ModelSession::dropout_rows(std::size_t i) const { return model_.dropout_layers()[i]->mask_rows(); }

std::size_t ModelSession::dropout_units(std::size_t i) const { return model_.dropout_layers()[i]->output_size(); }

std::string ModelSession::parameter_shape(std::size_t i) const {
  const auto& shape = model_.parameters()[i].value.shape();
  std::string text = "[";
  for (std::size_t d = 0; d < shape.size(); ++d) text += (d ? ", " : "") + std::to_string(shape[d]);
  return text + "]";
}

std::string ModelSession::parameter_description(std::size_t i) const {
  return "dense layer " + std::to_string(i / 2) + (i % 2 == 0 ? " kernel " : " bias ") + parameter_shape(i);
}

std::string ModelSession::set_parameter(std::size_t i, const FloatBuffer& values) {
  const std::string where = "weights[" + std::to_string(i) + "]";
  if (i >= parameter_count())
    return "weights: expected " + std::to_string(parameter_count()) + " arrays (kernel and bias per dense layer)";
  if (values.size() != parameter_size(i))
    return where + ": " + std::to_string(values.size()) + " numbers, but " + parameter_description(i) + " holds " +
           std::to_string(parameter_size(i));
  const float* v = values.data();
  const std::size_t bad =
      std::size_t(std::find_if(v, v + values.size(), [](float f) { return !std::isfinite(f); }) - v);
  if (bad < values.size()) return where + "[" + std::to_string(bad) + "]: not a finite number";
  std::copy(v, v + values.size(), model_.parameters()[i].value.data());
  return "";
}

}  // namespace dp
