#include "model_session.hpp"

#include <algorithm>
#include <cmath>

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

std::string ModelSession::prepare_fit(const std::string& options_json, const FloatBuffer& x, const FloatBuffer& y) {
  FitOptionsResult parsed = parse_fit_options(options_json);
  if (!parsed.error.empty()) return parsed.error;
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
  DataCheck check = check_data(model_.spec(), x.data(), x.size(), y.data(), y.size(), name);
  if (!check.error.empty()) return check.error;
  evaluation_ = trainer_.evaluate({x.data(), y.data(), check.rows});
  return "";
}

std::string ModelSession::train_batch(const FloatBuffer& x, const FloatBuffer& y) {
  DataCheck check = check_data(model_.spec(), x.data(), x.size(), y.data(), y.size(), "data");
  if (!check.error.empty()) return check.error;
  model_.reserve(check.rows);
  last_loss_ = model_.train_step(x.data(), y.data(), check.rows).loss;
  return "";
}

std::string ModelSession::predict(const FloatBuffer& x, FloatBuffer& out) {
  DataCheck check = check_inputs(model_.spec(), x.data(), x.size(), "predict");
  if (!check.error.empty()) return check.error;
  out.resize(check.rows * model_.outputs());
  trainer_.predict(x.data(), check.rows, out.data());
  return "";
}

std::string ModelSession::layer_outputs(const FloatBuffer& x) {
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

std::string ModelSession::parameter_description(std::size_t i) const {
  const auto& shape = model_.parameters()[i].value.shape();
  std::string text = "dense layer " + std::to_string(i / 2) + (i % 2 == 0 ? " kernel [" : " bias [");
  for (std::size_t d = 0; d < shape.size(); ++d) text += (d ? ", " : "") + std::to_string(shape[d]);
  return text + "]";
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
