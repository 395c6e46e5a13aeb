// The model description ("spec") as the engine sees it after validation.
// Field names mirror the JSON spec (camelCase there, snake_case here).
#pragma once
#include <cstdint>
#include <string>
#include <vector>

namespace dp {

enum class Activation { linear, relu, sigmoid, tanh, softmax, leaky_relu, elu, gelu };
enum class Loss { binary_crossentropy, categorical_crossentropy, sparse_categorical_crossentropy, nll, mse, mae };
enum class Initializer { glorot_uniform, he_normal, zeros };
enum class LayerType { dense, dropout };
enum class OptimizerType { sgd, rmsprop, adam };
enum class ScheduleType { constant, step, exponential, cosine };

// Every optimizer and schedule, in the order messages and the API list them.
constexpr OptimizerType kOptimizerTypes[] = {OptimizerType::sgd, OptimizerType::rmsprop, OptimizerType::adam};
constexpr ScheduleType kScheduleTypes[] = {ScheduleType::constant, ScheduleType::step, ScheduleType::exponential,
                                           ScheduleType::cosine};

struct RegularizerSpec {
  float l1 = 0.0f;
  float l2 = 0.0f;
};

struct LayerSpec {
  LayerType type = LayerType::dense;
  int units = 0;                               // dense
  Activation activation = Activation::linear;  // dense
  Initializer kernel_initializer = Initializer::glorot_uniform;
  RegularizerSpec kernel_regularizer;  // dense
  float rate = 0.0f;                   // dropout
};

// Keras's LearningRateSchedule family; `step` is exponential with staircase.
struct ScheduleSpec {
  ScheduleType type = ScheduleType::constant;
  int decay_steps = 1000;
  float decay_rate = 0.96f;  // step, exponential
  float alpha = 0.0f;        // cosine: final rate as a fraction of the initial one
  int warmup_steps = 0;      // cosine: linear ramp from 0 before the decay
};

struct OptimizerSpec {
  OptimizerType type = OptimizerType::sgd;
  float learning_rate = 0.01f;
  ScheduleSpec schedule;
  float momentum = 0.0f;   // sgd, rmsprop
  float dampening = 0.0f;  // sgd
  bool nesterov = false;   // sgd
  float rho = 0.9f;        // rmsprop
  bool centered = false;   // rmsprop
  float beta1 = 0.9f;      // adam
  float beta2 = 0.999f;    // adam
  float epsilon = 1e-7f;   // rmsprop, adam
};

struct ModelSpec {
  int inputs = 0;
  std::vector<LayerSpec> layers;
  Loss loss = Loss::mse;
  OptimizerSpec optimizer;
  std::uint32_t seed = 0;

  // Width of the last dense layer: the model's output count.
  int outputs() const;
  // True for losses whose labels are integer classes, one per row.
  bool sparse_labels() const { return loss == Loss::sparse_categorical_crossentropy || loss == Loss::nll; }
  // Numbers per label row: 1 for sparse losses, else outputs().
  int label_width() const { return sparse_labels() ? 1 : outputs(); }
};

// The canonical spellings, shared by the parser, error messages and exports.
const char* name_of(Activation a);
const char* name_of(Loss l);
const char* name_of(Initializer i);
const char* name_of(OptimizerType o);
const char* name_of(ScheduleType s);

}  // namespace dp
