#include "trainer.hpp"

#include <algorithm>
#include <cmath>
#include <cstring>
#include <limits>

#include "metrics.hpp"

namespace dp {
namespace {

// A loss this many times its first value (and above 1) counts as exploded.
constexpr float kExplosionFactor = 1e4f;

}  // namespace

void Trainer::prepare(std::size_t n, const FitOptions& options) {
  const std::size_t rows = std::min(options.batch_size, n);
  model_.reserve(std::max(rows, kInferenceRows));
  if (batch_x_.shape(0) < rows) {
    batch_x_.resize({rows, model_.inputs()});
    batch_y_.resize({rows, model_.label_width()});
  }
  if (order_.size() != n) {
    order_.resize(n);
    for (std::size_t i = 0; i < n; ++i) order_[i] = static_cast<std::uint32_t>(i);
  }
}

void Trainer::gather_batch(DataView data, std::size_t first, std::size_t rows) {
  const std::size_t in = model_.inputs(), width = model_.label_width();
  for (std::size_t r = 0; r < rows; ++r) {
    const std::size_t source = order_[first + r];
    std::memcpy(batch_x_.data() + r * in, data.x + source * in, in * sizeof(float));
    std::memcpy(batch_y_.data() + r * width, data.y + source * width, width * sizeof(float));
  }
}

float Trainer::loss_limit() const {
  if (first_loss_ < 0.0f) return std::numeric_limits<float>::infinity();
  return std::max(1.0f, kExplosionFactor * first_loss_);
}

EpochResult Trainer::fit_epoch(DataView data, const FitOptions& options) {
  EpochResult result;
  if (options.shuffle) model_.rng().shuffle(order_.data(), data.n);
  double loss_sum = 0.0;
  std::size_t correct = 0, seen = 0;
  for (std::size_t first = 0; first < data.n; first += options.batch_size) {
    const std::size_t rows = std::min(options.batch_size, data.n - first);
    gather_batch(data, first, rows);
    const StepResult step = model_.train_step(batch_x_.data(), batch_y_.data(), rows, loss_limit());
    if (step.accepted) {
      if (first_loss_ < 0.0f) first_loss_ = step.loss;
      last_finite_loss_ = step.loss;
    }
    // A refused step diverged before it was taken; an update that overflowed a weight, as it was taken.
    if (!step.accepted || !step.weights_finite) {
      result.diverged = true;
      result.step = double(model_.steps() + (step.accepted ? 0 : 1));
      result.last_loss = last_finite_loss_;
      break;
    }
    loss_sum += double(step.loss) * rows;
    correct += step.correct;
    seen += rows;
  }
  result.loss = seen ? float(loss_sum / seen) : std::numeric_limits<float>::quiet_NaN();
  result.accuracy = loss_has_accuracy(model_.spec().loss) && seen ? float(correct) / float(seen)
                                                                  : std::numeric_limits<float>::quiet_NaN();
  return result;
}

Evaluation Trainer::evaluate(DataView data) {
  model_.reserve(kInferenceRows);
  const std::size_t in = model_.inputs(), width = model_.label_width(), cols = model_.outputs();
  double loss_sum = 0.0;
  std::size_t correct = 0;
  for (std::size_t first = 0; first < data.n; first += kInferenceRows) {
    const std::size_t rows = std::min(kInferenceRows, data.n - first);
    const float* p = model_.forward(data.x + first * in, rows, false);
    const float* y = data.y + first * width;
    loss_sum += double(model_.data_loss(y, rows)) * rows;
    correct += count_correct(model_.spec().loss, p, y, rows, cols);
  }
  Evaluation result;
  result.loss = float(loss_sum / double(data.n)) + model_.penalty();
  result.accuracy =
      loss_has_accuracy(model_.spec().loss) ? float(correct) / float(data.n) : std::numeric_limits<float>::quiet_NaN();
  return result;
}

void Trainer::predict(const float* x, std::size_t n, float* out) {
  model_.reserve(kInferenceRows);
  const std::size_t in = model_.inputs(), cols = model_.outputs();
  for (std::size_t first = 0; first < n; first += kInferenceRows) {
    const std::size_t rows = std::min(kInferenceRows, n - first);
    const float* p = model_.forward(x + first * in, rows, false);
    std::memcpy(out + first * cols, p, rows * cols * sizeof(float));
  }
}

void Trainer::predict_layers(const float* x, std::size_t n, float* const* outs) {
  model_.reserve(kInferenceRows);
  for (std::size_t first = 0; first < n; first += kInferenceRows) {
    const std::size_t rows = std::min(kInferenceRows, n - first);
    model_.forward(x + first * model_.inputs(), rows, false);
    for (std::size_t d = 0; d < model_.dense_count(); ++d) {
      const std::size_t units = model_.dense_units(d);
      std::memcpy(outs[d] + first * units, model_.dense_output(d), rows * units * sizeof(float));
    }
  }
}

}  // namespace dp
