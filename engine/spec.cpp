#include "spec.hpp"

namespace dp {

int ModelSpec::outputs() const {
  for (auto it = layers.rbegin(); it != layers.rend(); ++it)
    if (it->type == LayerType::dense) return it->units;
  return inputs;
}

const char* name_of(Activation a) {
  switch (a) {
    case Activation::linear:
      return "linear";
    case Activation::relu:
      return "relu";
    case Activation::sigmoid:
      return "sigmoid";
    case Activation::tanh:
      return "tanh";
    case Activation::softmax:
      return "softmax";
    case Activation::leaky_relu:
      return "leaky_relu";
    case Activation::elu:
      return "elu";
    case Activation::gelu:
      return "gelu";
  }
  return "?";
}

const char* name_of(Loss l) {
  switch (l) {
    case Loss::binary_crossentropy:
      return "binary_crossentropy";
    case Loss::categorical_crossentropy:
      return "categorical_crossentropy";
    case Loss::sparse_categorical_crossentropy:
      return "sparse_categorical_crossentropy";
    case Loss::nll:
      return "nll";
    case Loss::mse:
      return "mse";
    case Loss::mae:
      return "mae";
  }
  return "?";
}

const char* name_of(Initializer i) {
  switch (i) {
    case Initializer::glorot_uniform:
      return "glorot_uniform";
    case Initializer::he_normal:
      return "he_normal";
    case Initializer::zeros:
      return "zeros";
  }
  return "?";
}

const char* name_of(OptimizerType o) {
  switch (o) {
    case OptimizerType::sgd:
      return "sgd";
    case OptimizerType::rmsprop:
      return "rmsprop";
    case OptimizerType::adam:
      return "adam";
  }
  return "?";
}

const char* name_of(ScheduleType s) {
  switch (s) {
    case ScheduleType::constant:
      return "constant";
    case ScheduleType::step:
      return "step";
    case ScheduleType::exponential:
      return "exponential";
    case ScheduleType::cosine:
      return "cosine";
  }
  return "?";
}

}  // namespace dp
