// A sequential model built from a validated spec: its layers, loss and
// optimizer, and one training step.
#pragma once
#include <limits>
#include <memory>
#include <vector>

#include <xtensor/xtensor.hpp>

#include "layers/layer.hpp"
#include "losses/loss.hpp"
#include "optimizers/optimizer.hpp"
#include "rng.hpp"
#include "spec.hpp"

namespace dp {

class Dense;
class Dropout;
class ValidSpec;  // spec_parser.hpp

struct StepResult {
  float loss = 0.0f;        // data loss plus regularization penalty
  std::size_t correct = 0;  // rows predicted right before the update
  bool accepted = true;     // false: NaN/Inf loss or gradients, or loss above the limit; nothing updated
  // false: the step was taken, but its update overflowed a weight to NaN/Inf (a learning rate far too large)
  bool weights_finite = true;
};

class Model {
 public:
  // Buffers for up to max_rows rows.
  explicit Model(const ValidSpec& spec, std::size_t max_rows = 256);

  const ModelSpec& spec() const { return spec_; }
  std::size_t inputs() const { return std::size_t(spec_.inputs); }
  std::size_t outputs() const { return std::size_t(spec_.outputs()); }
  std::size_t label_width() const { return std::size_t(spec_.label_width()); }
  std::size_t max_rows() const { return max_rows_; }
  long steps() const { return steps_; }
  Rng& rng() { return rng_; }

  // Grows every batch buffer to hold max_rows rows (allocates; never per step).
  void reserve(std::size_t max_rows);
  // Floats reserve() allocates per row: every layer's, and the loss gradient's.
  std::size_t row_floats() const;
  // Outputs [rows, outputs] for rows <= max_rows; valid until the next call.
  const float* forward(const float* x, std::size_t rows, bool training);
  // One optimizer step on a batch of rows <= max_rows, skipped when the loss
  // or a gradient is not finite or the loss exceeds loss_limit. Allocates nothing.
  StepResult train_step(const float* x, const float* y, std::size_t rows,
                        float loss_limit = std::numeric_limits<float>::infinity());
  // The data loss of the last forward()'s rows against labels y (no penalty).
  float data_loss(const float* y, std::size_t rows) const;
  // Sum of every layer's regularization penalty.
  float penalty() const;
  // The learning rate the next step will use.
  float learning_rate() const;

  // The dense layers in order, and what each computed in the last forward().
  std::size_t dense_count() const { return dense_layers_.size(); }
  std::size_t dense_units(std::size_t d) const;
  const float* dense_output(std::size_t d) const;
  // The dropout layers in order, with the mask of the last training batch.
  const std::vector<Dropout*>& dropout_layers() const { return dropout_layers_; }

  // Kernel [inputs, units] and bias [units] of each dense layer in order (Keras's get_weights()).
  const std::vector<Parameter>& parameters() const { return parameters_; }
  std::vector<Parameter>& parameters() { return parameters_; }

 private:
  bool gradients_finite() const;
  bool weights_finite() const;
  // The output layer's logits and outputs of the last forward().
  OutputBatch output_batch(std::size_t rows) const;

  ModelSpec spec_;
  Rng rng_;
  std::vector<std::unique_ptr<Layer>> layers_;
  std::vector<Dense*> dense_layers_;
  std::vector<Dropout*> dropout_layers_;
  Dense* output_layer_ = nullptr;
  std::unique_ptr<Optimizer> optimizer_;
  std::vector<Parameter> parameters_;
  xt::xtensor<float, 2> loss_grad_;  // [max_rows, outputs]
  std::size_t max_rows_ = 0;
  long steps_ = 0;
};

}  // namespace dp
