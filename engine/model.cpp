#include "model.hpp"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <cstring>

#include "layers/dense.hpp"
#include "layers/dropout.hpp"
#include "losses/loss.hpp"
#include "metrics.hpp"
#include "schedules.hpp"
#include "spec_parser.hpp"

namespace dp {

Model::Model(const ValidSpec& valid, std::size_t max_rows) : spec_(valid.get()), rng_(spec_.seed) {
  std::size_t width = inputs();
  for (const LayerSpec& layer : spec_.layers) {
    if (layer.type == LayerType::dense) {
      auto dense = std::make_unique<Dense>(width, layer, rng_);
      dense_layers_.push_back(dense.get());
      layers_.push_back(std::move(dense));
      width = std::size_t(layer.units);
    } else {
      auto dropout = std::make_unique<Dropout>(width, layer.rate, rng_);
      dropout_layers_.push_back(dropout.get());
      layers_.push_back(std::move(dropout));
    }
  }
  output_layer_ = dense_layers_.back();  // a valid spec ends with a dense layer
  output_layer_->receive_preactivation_gradient(loss_fuses_with(spec_.loss, output_layer_->activation()));
  for (auto& layer : layers_) layer->collect_parameters(parameters_);
  optimizer_ = make_optimizer(spec_.optimizer);
  optimizer_->bind(parameters_);
  reserve(max_rows);
}

void Model::reserve(std::size_t max_rows) {
  if (max_rows <= max_rows_) return;
  max_rows_ = max_rows;
  for (auto& layer : layers_) layer->reserve(max_rows);
  loss_grad_.resize({max_rows, outputs()});
}

std::size_t Model::row_floats() const {
  std::size_t floats = outputs();
  for (const auto& layer : layers_) floats += layer->row_floats();
  return floats;
}

const float* Model::forward(const float* x, std::size_t rows, bool training) {
  const float* activations = x;
  for (auto& layer : layers_) activations = layer->forward(activations, rows, training);
  return activations;
}

StepResult Model::train_step(const float* x, const float* y, std::size_t rows, float loss_limit) {
  StepResult result;
  const float* p = forward(x, rows, true);
  const OutputBatch out = output_batch(rows);
  result.loss = loss_value(spec_.loss, out, y) + penalty();
  result.correct = loss_has_accuracy(spec_.loss) ? count_correct(spec_.loss, p, y, rows, out.cols) : 0;
  loss_gradient(spec_.loss, out, y, loss_grad_.data());
  const float* grad = loss_grad_.data();
  for (std::size_t i = layers_.size(); i-- > 0;) grad = layers_[i]->backward(grad, rows, i > 0);
  result.accepted = std::isfinite(result.loss) && result.loss <= loss_limit && gradients_finite();
  if (!result.accepted) return result;
  ++steps_;
  optimizer_->step(learning_rate_at(spec_.optimizer, steps_), steps_);
  result.weights_finite = weights_finite();
  return result;
}

OutputBatch Model::output_batch(std::size_t rows) const {
  return {output_layer_->activation(), output_layer_->preactivation(), output_layer_->output(), rows, outputs()};
}

float Model::data_loss(const float* y, std::size_t rows) const { return loss_value(spec_.loss, output_batch(rows), y); }

std::size_t Model::dense_units(std::size_t d) const { return dense_layers_[d]->output_size(); }

const float* Model::dense_output(std::size_t d) const { return dense_layers_[d]->output(); }

float Model::penalty() const {
  float total = 0.0f;
  for (const auto& layer : layers_) total += layer->penalty();
  return total;
}

float Model::learning_rate() const { return learning_rate_at(spec_.optimizer, steps_ + 1); }

namespace {

// Every element of every parameter's `field` (value or grad) is finite: none
// has an exponent of all ones (Infinity, NaN). Branch-free, so it vectorizes:
// it runs twice a step over every weight.
bool all_finite(const std::vector<Parameter>& parameters, Parameter::View Parameter::*field) {
  constexpr std::uint32_t kExponent = 0x7f800000u;
  return std::all_of(parameters.begin(), parameters.end(), [field](const Parameter& p) {
    const Parameter::View& v = p.*field;
    std::uint32_t non_finite = 0;
    for (std::size_t i = 0; i < v.size(); ++i) {
      std::uint32_t bits;
      std::memcpy(&bits, v.data() + i, sizeof bits);
      non_finite |= (bits & kExponent) == kExponent;
    }
    return non_finite == 0;
  });
}

}  // namespace

bool Model::gradients_finite() const { return all_finite(parameters_, &Parameter::grad); }

bool Model::weights_finite() const { return all_finite(parameters_, &Parameter::value); }

}  // namespace dp
