// The way back from a spec to JSON: every field spelled out, in the JS API's
// names, so that parse_spec reads it back to the same spec.
#pragma once
#include <string>

#include "json_fields.hpp"
#include "spec.hpp"

namespace dp {

// {"type", "decaySteps", ...}: the fields of the schedule's type.
Json schedule_to_json(const ScheduleSpec& schedule);

// {"type", "learningRate", ...} with the fields of the optimizer's type, and
// "schedule" unless it is constant.
Json optimizer_to_json(const OptimizerSpec& optimizer);

// The canonical JSON of a whole spec.
std::string spec_to_json(const ModelSpec& spec);

}  // namespace dp
