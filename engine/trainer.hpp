// Epochs over a data set: seeded shuffling, batching (batchSize = N, 1 or k
// gives full-batch GD, SGD or mini-batch), divergence detection, evaluation.
#pragma once
#include <cstdint>
#include <limits>
#include <vector>

#include <xtensor/xtensor.hpp>

#include "model.hpp"

namespace dp {

// Rows of inputs x [n, inputs] and labels y [n, label_width].
struct DataView {
  const float* x;
  const float* y;
  std::size_t n;
};

// Rows evaluate() and predict() run at a time.
constexpr std::size_t kInferenceRows = 256;

struct FitOptions {
  std::size_t batch_size = 32;
  bool shuffle = true;
};

struct EpochResult {
  float loss = 0.0f;      // mean over the epoch's samples (Keras's running mean)
  float accuracy = 0.0f;  // NaN for regression losses
  bool diverged = false;  // the epoch stopped at a NaN/Inf or exploding loss, or a weight the update overflowed
  double step = 0;        // the optimizer step that diverged (1-based)
  // The last finite training loss (batch loss of an accepted step); NaN: no step had one.
  float last_loss = std::numeric_limits<float>::quiet_NaN();
};

struct Evaluation {
  float loss = 0.0f;      // data loss plus regularization penalty, as Keras reports
  float accuracy = 0.0f;  // NaN for regression losses
};

class Trainer {
 public:
  explicit Trainer(Model& model) : model_(model) {}

  // Sizes the batch buffers and the shuffle order (allocates; once per fit).
  void prepare(std::size_t n, const FitOptions& options);
  // One pass over the data; call prepare() first. Allocates nothing.
  EpochResult fit_epoch(DataView data, const FitOptions& options);
  // Loss and accuracy at inference (dropout off), kInferenceRows at a time.
  Evaluation evaluate(DataView data);
  // Outputs [n, outputs] into out.
  void predict(const float* x, std::size_t n, float* out);
  // Every dense layer's activations for x: outs[d] receives [n, units of d].
  void predict_layers(const float* x, std::size_t n, float* const* outs);

 private:
  void gather_batch(DataView data, std::size_t first, std::size_t rows);
  float loss_limit() const;

  Model& model_;
  std::vector<std::uint32_t> order_;
  xt::xtensor<float, 2> batch_x_, batch_y_;
  float first_loss_ = -1.0f;
  float last_finite_loss_ = std::numeric_limits<float>::quiet_NaN();
};

}  // namespace dp
