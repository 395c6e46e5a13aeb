#include "spec_writer.hpp"

#include "shortest_decimal.hpp"

namespace dp {

Json schedule_to_json(const ScheduleSpec& s) {
  Json json = {{"type", name_of(s.type)}};
  switch (s.type) {
    case ScheduleType::constant:
      break;
    case ScheduleType::step:
    case ScheduleType::exponential:
      json.update({{"decaySteps", s.decay_steps}, {"decayRate", shortest_decimal(s.decay_rate)}});
      break;
    case ScheduleType::cosine:
      json.update(
          {{"decaySteps", s.decay_steps}, {"alpha", shortest_decimal(s.alpha)}, {"warmupSteps", s.warmup_steps}});
      break;
  }
  return json;
}

Json optimizer_to_json(const OptimizerSpec& o) {
  Json json = {{"type", name_of(o.type)}, {"learningRate", shortest_decimal(o.learning_rate)}};
  switch (o.type) {
    case OptimizerType::sgd:
      json.update({{"momentum", shortest_decimal(o.momentum)},
                   {"dampening", shortest_decimal(o.dampening)},
                   {"nesterov", o.nesterov}});
      break;
    case OptimizerType::rmsprop:
      json.update({{"rho", shortest_decimal(o.rho)},
                   {"momentum", shortest_decimal(o.momentum)},
                   {"epsilon", shortest_decimal(o.epsilon)},
                   {"centered", o.centered}});
      break;
    case OptimizerType::adam:
      json.update({{"beta1", shortest_decimal(o.beta1)},
                   {"beta2", shortest_decimal(o.beta2)},
                   {"epsilon", shortest_decimal(o.epsilon)}});
      break;
  }
  if (o.schedule.type != ScheduleType::constant) json["schedule"] = schedule_to_json(o.schedule);
  return json;
}

std::string spec_to_json(const ModelSpec& spec) {
  Json layers = Json::array();
  for (const LayerSpec& layer : spec.layers) {
    if (layer.type == LayerType::dropout) {
      layers.push_back({{"type", "dropout"}, {"rate", shortest_decimal(layer.rate)}});
      continue;
    }
    Json dense = {{"type", "dense"},
                  {"units", layer.units},
                  {"activation", name_of(layer.activation)},
                  {"kernelInitializer", name_of(layer.kernel_initializer)}};
    const RegularizerSpec& r = layer.kernel_regularizer;
    if (r.l1 != 0.0f || r.l2 != 0.0f)
      dense["kernelRegularizer"] = {{"l1", shortest_decimal(r.l1)}, {"l2", shortest_decimal(r.l2)}};
    layers.push_back(dense);
  }
  Json root = {{"inputs", spec.inputs},
               {"layers", layers},
               {"loss", name_of(spec.loss)},
               {"optimizer", optimizer_to_json(spec.optimizer)},
               {"seed", spec.seed}};
  return root.dump();
}

}  // namespace dp
