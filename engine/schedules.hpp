// Learning-rate schedules: the rate used at optimizer step t (t from 1).
#pragma once
#include "spec.hpp"

namespace dp {

float learning_rate_at(const OptimizerSpec& spec, long t);

}  // namespace dp
