#include "optimizer.hpp"

#include "adam.hpp"
#include "rmsprop.hpp"
#include "sgd.hpp"

namespace dp {

std::unique_ptr<Optimizer> make_optimizer(const OptimizerSpec& spec) {
  switch (spec.type) {
    case OptimizerType::sgd:
      return std::make_unique<Sgd>(spec.momentum, spec.dampening, spec.nesterov);
    case OptimizerType::rmsprop:
      return std::make_unique<RmsProp>(spec.rho, spec.momentum, spec.epsilon, spec.centered);
    case OptimizerType::adam:
      return std::make_unique<Adam>(spec.beta1, spec.beta2, spec.epsilon);
  }
  return nullptr;
}

}  // namespace dp
