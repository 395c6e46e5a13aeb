#include "keras_export.hpp"

#include <cstdio>
#include <cstdlib>

namespace dp {
namespace {

// A float as Python prints it: the shortest decimal that reads back as the
// same float (0.02, not 0.0199999996), always a float literal (1.0, not 1)
// because a Keras schedule takes its dtype from initial_learning_rate.
std::string py_float(float v) {
  char buffer[64];
  for (int precision = 1; precision <= 9; ++precision) {
    std::snprintf(buffer, sizeof buffer, "%.*g", precision, double(v));
    if (std::strtof(buffer, nullptr) == v) break;
  }
  if (std::string(buffer).find("e+") != std::string::npos)  // %g spells 100 as 1e+02
    std::snprintf(buffer, sizeof buffer, "%.0f", double(v));
  std::string text = buffer;
  if (text.find_first_of(".e") == std::string::npos) text += ".0";
  return text;
}

// The decimal the user wrote, so arithmetic on it prints cleanly (1 - 0.9 is 0.1).
double decimal(float v) { return std::strtod(py_float(v).c_str(), nullptr); }

std::string py_bool(bool b) { return b ? "True" : "False"; }
std::string quoted(const char* name) { return std::string("\"") + name + "\""; }

std::string layer_line(const LayerSpec& layer) {
  if (layer.type == LayerType::dropout) return "    layers.Dropout(" + py_float(layer.rate) + "),\n";
  std::string line = "    layers.Dense(" + std::to_string(layer.units) +
                     ", activation=" + quoted(name_of(layer.activation)) +
                     ", kernel_initializer=" + quoted(name_of(layer.kernel_initializer));
  const RegularizerSpec& r = layer.kernel_regularizer;
  // Keras's L1L2 is our penalty exactly: l1 * sum|w| + l2 * sum w^2 on the kernel.
  if (r.l1 != 0.0f || r.l2 != 0.0f)
    line += ", kernel_regularizer=regularizers.L1L2(l1=" + py_float(r.l1) + ", l2=" + py_float(r.l2) + ")";
  return line + "),\n";
}

// With momentum 0 the engine takes plain steps and never reads dampening.
bool damped(const OptimizerSpec& o) { return o.type == OptimizerType::sgd && o.momentum > 0.0f && o.dampening > 0.0f; }

// Ours: v = m v + (1 - d) g; w -= lr v. Unrolled, v is (1 - d) times Keras's
// undamped u = m u + g, so w -= (lr (1 - d)) u: Keras SGD at a scaled rate.
float keras_learning_rate(const OptimizerSpec& o) {
  if (!damped(o)) return o.learning_rate;
  return static_cast<float>(decimal(o.learning_rate) * (1.0 - decimal(o.dampening)));
}

// Where Keras's optimizer is not ours, the script says so rather than hide it.
std::string optimizer_notes(const OptimizerSpec& o) {
  std::string notes;
  if (damped(o)) {
    const std::string d = py_float(o.dampening);
    notes += "# dampening " + d + ": v = " + py_float(o.momentum) + " v + " +
             py_float(static_cast<float>(1.0 - decimal(o.dampening))) +
             " g is Keras SGD with the rate scaled by (1 - " + d + ")\n";
    // Ours steps lr (g + m v); Keras at the scaled rate also shrinks that fresh g.
    if (o.nesterov)
      notes += "# (close, not exact, with nesterov: Keras scales the step's fresh gradient by (1 - " + d + ") too)\n";
  }
  // Keras: v = m v - lr_t g; w += v. Ours: v = m v + g; w -= lr_t v.
  if (o.type == OptimizerType::sgd && o.momentum > 0.0f && o.schedule.type != ScheduleType::constant)
    notes +=
        "# Keras folds each step's rate into the velocity, Deep Playground applies it afterwards:\n"
        "# with momentum and a schedule the two runs agree only while the rate is constant.\n";
  return notes;
}

// The optimizer's learning_rate argument: a number, or `schedule`, defined in `setup`.
std::string learning_rate_arg(const OptimizerSpec& o, std::string& setup) {
  const ScheduleSpec& s = o.schedule;
  const std::string lr = py_float(keras_learning_rate(o));
  const std::string decay = "decay_steps=" + std::to_string(s.decay_steps);
  switch (s.type) {
    case ScheduleType::constant:
      return lr;
    case ScheduleType::step:  // our step decay is Keras's staircase exponential decay
      setup += "# step decay: the rate is multiplied by " + py_float(s.decay_rate) + " every " +
               std::to_string(s.decay_steps) + " steps\n";
      [[fallthrough]];
    case ScheduleType::exponential:
      setup += "schedule = optimizers.schedules.ExponentialDecay(initial_learning_rate=" + lr + ", " + decay +
               ", decay_rate=" + py_float(s.decay_rate) + ", staircase=" + py_bool(s.type == ScheduleType::step) +
               ")\n";
      break;
    case ScheduleType::cosine:
      if (s.warmup_steps == 0) {
        setup += "schedule = optimizers.schedules.CosineDecay(initial_learning_rate=" + lr + ", " + decay +
                 ", alpha=" + py_float(s.alpha) + ")\n";
        break;
      }
      // Our warm-up climbs from 0 to lr, then decays from lr: Keras's warmup_target.
      setup += "# warm-up: the rate climbs from 0 to " + lr + " over " + std::to_string(s.warmup_steps) +
               " steps, then decays\n";
      setup += "schedule = optimizers.schedules.CosineDecay(initial_learning_rate=0.0, " + decay +
               ", alpha=" + py_float(s.alpha) + ", warmup_target=" + lr +
               ", warmup_steps=" + std::to_string(s.warmup_steps) + ")\n";
      break;
  }
  return "schedule";
}

std::string optimizer_call(const OptimizerSpec& o, const std::string& lr) {
  switch (o.type) {
    case OptimizerType::sgd:
      return "optimizers.SGD(learning_rate=" + lr + ", momentum=" + py_float(o.momentum) +
             ", nesterov=" + py_bool(o.nesterov) + ")";
    case OptimizerType::rmsprop:
      return "optimizers.RMSprop(learning_rate=" + lr + ", rho=" + py_float(o.rho) +
             ", momentum=" + py_float(o.momentum) + ", epsilon=" + py_float(o.epsilon) +
             ", centered=" + py_bool(o.centered) + ")";
    case OptimizerType::adam:
      return "optimizers.Adam(learning_rate=" + lr + ", beta_1=" + py_float(o.beta1) + ", beta_2=" + py_float(o.beta2) +
             ", epsilon=" + py_float(o.epsilon) + ")";
  }
  return "";
}

}  // namespace

std::string to_keras(const ModelSpec& spec) {
  std::string py =
      "# Generated by Deep Playground: the same model in Keras 3.\n"
      "import keras\n"
      "from keras import layers, optimizers, regularizers\n"
      "\n"
      "# Keras draws its own random numbers: the same model, not the same initial weights.\n"
      "keras.utils.set_random_seed(" +
      std::to_string(spec.seed) +
      ")\n"
      "model = keras.Sequential([\n"
      "    keras.Input(shape=(" +
      std::to_string(spec.inputs) + ",)),\n";
  for (const LayerSpec& layer : spec.layers) py += layer_line(layer);
  py += "])\n";
  const OptimizerSpec& o = spec.optimizer;
  std::string setup;
  const std::string lr = learning_rate_arg(o, setup);
  py += setup + optimizer_notes(o);
  // Keras has no "nll"; on probabilities with integer labels it is sparse CCE.
  const bool nll = spec.loss == Loss::nll;
  if (nll) py += "# nll (integer labels on softmax probabilities) is Keras's sparse_categorical_crossentropy\n";
  py += "model.compile(optimizer=" + optimizer_call(o, lr) +
        ", loss=" + quoted(nll ? "sparse_categorical_crossentropy" : name_of(spec.loss));
  // Accuracy means something for classes only; mse and mae are regression.
  if (spec.loss != Loss::mse && spec.loss != Loss::mae) py += ", metrics=[\"accuracy\"]";
  return py + ")\n";
}

}  // namespace dp
