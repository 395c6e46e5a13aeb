// The engine's face to the outside world (the Embind glue and the native
// tools): a model with its trainer, where every call that takes outside
// data validates it first and answers with a message instead of failing.
#pragma once
#include <cmath>
#include <memory>
#include <string>
#include <vector>

#include "model.hpp"
#include "spec_parser.hpp"
#include "spec_writer.hpp"
#include "trainer.hpp"

namespace dp {

// Flat float storage the caller fills (JS writes into it through wasm memory).
class FloatBuffer {
 public:
  void resize(std::size_t n) { data_.resize(n); }
  std::size_t size() const { return data_.size(); }
  float* data() { return data_.data(); }
  // Gives the memory back (resize keeps it for the next call).
  void release() { std::vector<float>().swap(data_); }
  const float* data() const { return data_.data(); }

 private:
  std::vector<float> data_;
};

class ModelSession {
 public:
  explicit ModelSession(const ValidSpec& spec);

  const Model& model() const { return model_; }
  std::string spec_json() const { return spec_to_json(model_.spec()); }
  std::string keras_source() const;
  // Whether fit and evaluate report accuracy (classification losses).
  bool has_accuracy() const;

  // Whether a call fits in memory (call_memory.hpp), from the lengths of its
  // arrays before they are copied in: "" or a message naming the size and the
  // limit. Each call checks again before it allocates.
  std::string plan_fit(const std::string& options_json, double x_len, double y_len, double val_x_len,
                       double val_y_len) const;
  std::string plan_train_batch(double x_len, double y_len) const;
  std::string plan_evaluate(const std::string& name, double x_len, double y_len) const;
  std::string plan_predict(double x_len) const;
  std::string plan_layer_outputs(double x_len) const;

  // Validates options and data, sizes buffers. "" or a message.
  std::string prepare_fit(const std::string& options_json, const FloatBuffer& x, const FloatBuffer& y);
  int fit_epochs() const { return static_cast<int>(fit_epochs_); }
  // One epoch on data that passed prepare_fit.
  EpochResult fit_epoch(const FloatBuffer& x, const FloatBuffer& y);
  // "" or a message; on success evaluation() holds the result.
  std::string evaluate(const FloatBuffer& x, const FloatBuffer& y, const std::string& name);
  Evaluation evaluation() const { return evaluation_; }
  // One optimizer step on the whole of x, y; "" or a message; the loss in last_loss().
  std::string train_batch(const FloatBuffer& x, const FloatBuffer& y);
  float last_loss() const { return last_loss_; }
  // Writes [n, outputs] into out; "" or a message.
  std::string predict(const FloatBuffer& x, FloatBuffer& out);

  // Every dense layer's activations for x, kept until the next call: "" or a message.
  std::string layer_outputs(const FloatBuffer& x);
  const FloatBuffer& layer_output(std::size_t d) const { return layer_outputs_[d]; }
  std::size_t dense_count() const { return model_.dense_count(); }

  // Dropout layer i's mask from the last training batch: rows x units, 0 = dropped.
  std::size_t dropout_count() const { return model_.dropout_layers().size(); }
  const float* dropout_mask(std::size_t i) const;
  std::size_t dropout_rows(std::size_t i) const;
  std::size_t dropout_units(std::size_t i) const;

  // Weights in Keras's get_weights() order: kernel [in, units], bias [units].
  std::size_t parameter_count() const { return model_.parameters().size(); }
  const float* parameter_data(std::size_t i) const { return model_.parameters()[i].value.data(); }
  std::size_t parameter_size(std::size_t i) const { return model_.parameters()[i].value.size(); }
  std::string parameter_description(std::size_t i) const;
  // Parameter i's shape as a JSON array: [inputs, units] for a kernel, [units] for a bias.
  std::string parameter_shape(std::size_t i) const;
  // Copies values into parameter i after checking length and finiteness.
  std::string set_parameter(std::size_t i, const FloatBuffer& values);

 private:
  std::string fit_memory(const FitOptions& options, double x_len, double y_len, double val_len) const;
  // Bytes of a call: its own `floats` plus the model's buffers for `rows` rows.
  double call_bytes(double floats, double rows) const;
  double rows_of(double x_len) const { return std::floor(x_len / double(model_.inputs())); }

  Model model_;
  Trainer trainer_;
  FitOptions fit_options_;
  long long fit_epochs_ = 1;
  Evaluation evaluation_;
  std::vector<FloatBuffer> layer_outputs_;
  float last_loss_ = 0.0f;
};

struct SessionResult {
  std::string error;                      // "" or the spec's first problem
  std::unique_ptr<ModelSession> session;  // set exactly when error is ""
};

// Parses a JSON spec once and builds its session, or says what is wrong.
SessionResult open_session(const std::string& spec_json);

}  // namespace dp
