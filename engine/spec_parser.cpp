#include "spec_parser.hpp"

#include <algorithm>
#include <limits>

#include "json_fields.hpp"
#include "limits.hpp"
#include "optimizer_reader.hpp"

namespace dp {
namespace {

template <class E, std::size_t N>
std::vector<std::pair<const char*, E>> named(const E (&values)[N]) {
  std::vector<std::pair<const char*, E>> out;
  for (E v : values) out.emplace_back(name_of(v), v);
  return out;
}

const Activation kActivations[] = {Activation::relu,   Activation::sigmoid,    Activation::tanh, Activation::softmax,
                                   Activation::linear, Activation::leaky_relu, Activation::elu,  Activation::gelu};
const Loss kLosses[] = {Loss::binary_crossentropy,
                        Loss::categorical_crossentropy,
                        Loss::sparse_categorical_crossentropy,
                        Loss::nll,
                        Loss::mse,
                        Loss::mae};
const Initializer kInitializers[] = {Initializer::glorot_uniform, Initializer::he_normal, Initializer::zeros};

Json parse_json(const std::string& text, std::string& error) {
  Json value = Json::parse(text, nullptr, false);
  if (value.is_discarded()) error = "spec: not valid JSON";
  return value;
}

void read_regularizer(const Json& value, const std::string& path, RegularizerSpec& out, std::string& error) {
  JsonFields f(value, path, error);
  f.only({"l1", "l2"});
  f.number("l1", out.l1, 0.0f, 10.0f);
  f.number("l2", out.l2, 0.0f, 10.0f);
}

void read_layer(const Json& value, const std::string& path, LayerSpec& out, std::string& error) {
  JsonFields f(value, path, error);
  f.required("type");
  f.choice("type", out.type, {{"dense", LayerType::dense}, {"dropout", LayerType::dropout}});
  if (!f.ok()) return;
  if (out.type == LayerType::dropout) {
    f.only({"type", "rate"});
    f.required("rate");
    f.number("rate", out.rate, 0.0f, 1.0f, false, true);
    return;
  }
  f.only({"type", "units", "activation", "kernelInitializer", "kernelRegularizer"});
  f.required("units");
  long long units = 0;
  f.integer("units", units, 1, kMaxUnits);
  out.units = static_cast<int>(units);
  f.choice("activation", out.activation, named(kActivations));
  f.choice("kernelInitializer", out.kernel_initializer, named(kInitializers));
  if (f.ok() && f.has("kernelRegularizer"))
    read_regularizer(f.get("kernelRegularizer"), f.field("kernelRegularizer"), out.kernel_regularizer, error);
}

// Keras's default learning rates: sgd 0.01, rmsprop and adam 0.001.
float default_learning_rate(OptimizerType type) { return type == OptimizerType::sgd ? 0.01f : 0.001f; }

// Cross-field rules: shapes that fit, losses that fit the output layer.
void check_model(const ModelSpec& spec, std::string& error) {
  if (!error.empty()) return;
  const LayerSpec& last = spec.layers.back();
  const std::string last_path = "layers[" + std::to_string(spec.layers.size() - 1) + "]";
  if (last.type != LayerType::dense) {
    error = last_path + ": the last layer must be dense (it produces the outputs)";
    return;
  }
  std::size_t parameters = 0, width = std::size_t(spec.inputs);
  for (const LayerSpec& layer : spec.layers) {
    if (layer.type != LayerType::dense) continue;
    parameters += (width + 1) * std::size_t(layer.units);
    width = std::size_t(layer.units);
  }
  if (parameters > kMaxParameters) {
    error =
        "layers: " + std::to_string(parameters) + " parameters exceed the limit of " + std::to_string(kMaxParameters);
    return;
  }
  const bool categorical = spec.loss == Loss::categorical_crossentropy || spec.sparse_labels();
  if (categorical && last.units < 2)
    error = std::string("loss: ") + name_of(spec.loss) + " needs at least 2 output units, but " + last_path + " has " +
            std::to_string(last.units) + " (for one unit use binary_crossentropy)";
  else if (spec.loss == Loss::nll && last.activation != Activation::softmax)
    error = std::string("loss: nll takes probabilities, so ") + last_path + ".activation must be softmax, not " +
            name_of(last.activation);
  if (!error.empty()) return;
  for (std::size_t i = 0; i < spec.layers.size(); ++i) {
    const LayerSpec& layer = spec.layers[i];
    // softmax over one unit is e^z / e^z = 1 whatever z: its gradient is 0 and nothing trains
    if (layer.type == LayerType::dense && layer.activation == Activation::softmax && layer.units == 1) {
      error = "layers[" + std::to_string(i) +
              "].activation: softmax over a single unit always outputs 1, so nothing trains; use sigmoid for one unit, "
              "or give the layer 2 units or more";
      return;
    }
  }
}

}  // namespace

void read_schedule(const Json& value, const std::string& path, ScheduleSpec& out, std::string& error) {
  JsonFields f(value, path, error);
  f.required("type");
  f.choice("type", out.type, named(kScheduleTypes));
  if (!f.ok()) return;
  long long decay_steps = out.decay_steps, warmup_steps = out.warmup_steps;
  switch (out.type) {
    case ScheduleType::constant:
      f.only({"type"});
      break;
    case ScheduleType::step:
    case ScheduleType::exponential:
      f.only({"type", "decaySteps", "decayRate"});
      f.integer("decaySteps", decay_steps, 1, 1000000000);
      f.number("decayRate", out.decay_rate, 0.0f, 1.0f, true, false);
      break;
    case ScheduleType::cosine:
      f.only({"type", "decaySteps", "alpha", "warmupSteps"});
      f.integer("decaySteps", decay_steps, 1, 1000000000);
      f.number("alpha", out.alpha, 0.0f, 1.0f);
      f.integer("warmupSteps", warmup_steps, 0, 1000000000);
      break;
  }
  out.decay_steps = static_cast<int>(decay_steps);
  out.warmup_steps = static_cast<int>(warmup_steps);
}

void read_optimizer(const Json& value, OptimizerSpec& out, std::string& error) {
  if (value.is_string()) {  // 'adam', as model.compile('adam') would take it
    read_optimizer(Json{{"type", value}}, out, error);
    return;
  }
  JsonFields f(value, "optimizer", error);
  f.required("type");
  f.choice("type", out.type, named(kOptimizerTypes));
  if (!f.ok()) return;
  switch (out.type) {
    case OptimizerType::sgd:
      f.only({"type", "learningRate", "schedule", "momentum", "dampening", "nesterov"});
      break;
    case OptimizerType::rmsprop:
      f.only({"type", "learningRate", "schedule", "rho", "momentum", "epsilon", "centered"});
      break;
    case OptimizerType::adam:
      f.only({"type", "learningRate", "schedule", "beta1", "beta2", "epsilon"});
      break;
  }
  out.learning_rate = default_learning_rate(out.type);
  f.number("learningRate", out.learning_rate, 0.0f, std::numeric_limits<float>::max(), true, false);
  f.number("momentum", out.momentum, 0.0f, 1.0f, false, true);
  f.number("dampening", out.dampening, 0.0f, 1.0f);
  f.boolean("nesterov", out.nesterov);
  f.number("rho", out.rho, 0.0f, 1.0f, false, true);
  f.boolean("centered", out.centered);
  f.number("beta1", out.beta1, 0.0f, 1.0f, false, true);
  f.number("beta2", out.beta2, 0.0f, 1.0f, false, true);
  f.number("epsilon", out.epsilon, 0.0f, 1.0f, true, false);
  if (f.ok() && f.has("schedule")) read_schedule(f.get("schedule"), "optimizer.schedule", out.schedule, error);
}

std::string check_spec_length(double characters) {
  if (characters <= double(kMaxSpecText)) return "";
  return "spec: " + std::to_string(static_cast<long long>(characters)) + " characters of JSON; at most " +
         std::to_string(kMaxSpecText) + " are read";
}

SpecResult parse_spec(const std::string& json_text) {
  SpecResult result;
  std::string& error = result.error;
  ModelSpec& spec = result.spec;
  // characters, not bytes: UTF-8 continuation bytes (10xxxxxx) start none
  error = check_spec_length(double(std::count_if(
      json_text.begin(), json_text.end(), [](char c) { return (static_cast<unsigned char>(c) & 0xC0) != 0x80; })));
  if (!error.empty()) return result;
  const Json root = parse_json(json_text, error);
  if (!error.empty()) return result;
  JsonFields f(root, "", error);
  f.only({"inputs", "layers", "loss", "optimizer", "seed"});
  f.required("inputs");
  f.required("layers");
  f.required("loss");
  long long inputs = 0, seed = 0;
  f.integer("inputs", inputs, 1, kMaxInputs);
  f.integer("seed", seed, 0, 4294967295LL);
  spec.inputs = static_cast<int>(inputs);
  spec.seed = static_cast<std::uint32_t>(seed);
  f.choice("loss", spec.loss, named(kLosses));
  if (!f.ok()) return result;
  const Json& layers = f.get("layers");
  const std::string allowed = "1.." + std::to_string(kMaxLayers) + " layers";
  if (!layers.is_array()) {
    f.fail("layers", describe(layers) + " must be an array of " + allowed);
    return result;
  }
  if (layers.empty() || layers.size() > std::size_t(kMaxLayers)) {
    f.fail("layers", std::to_string(layers.size()) + " layers; allowed " + allowed);
    return result;
  }
  spec.layers.resize(layers.size());
  for (std::size_t i = 0; i < layers.size() && error.empty(); ++i)
    read_layer(layers[i], "layers[" + std::to_string(i) + "]", spec.layers[i], error);
  if (error.empty() && f.has("optimizer")) read_optimizer(f.get("optimizer"), spec.optimizer, error);
  check_model(spec, error);
  if (error.empty()) result.valid = ValidSpec(spec);
  return result;
}

FitOptionsResult parse_fit_options(const std::string& json_text) {
  FitOptionsResult result;
  const Json root = Json::parse(json_text, nullptr, false);
  if (root.is_discarded()) {
    result.error = "options: not valid JSON";
    return result;
  }
  JsonFields f(root, "options", result.error);
  f.only({"epochs", "batchSize", "shuffle"});
  long long batch_size = 32;
  f.integer("epochs", result.epochs, 1, 1000000);
  f.integer("batchSize", batch_size, 1, kMaxBatchSize);
  f.boolean("shuffle", result.options.shuffle);
  result.options.batch_size = static_cast<std::size_t>(batch_size);
  return result;
}

std::string fit_options_to_json(const FitOptionsResult& fit) {
  const Json root = {{"epochs", fit.epochs}, {"batchSize", fit.options.batch_size}, {"shuffle", fit.options.shuffle}};
  return root.dump();
}

}  // namespace dp
