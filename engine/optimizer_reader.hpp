// Reads an optimizer description ({"type": "adam", ...} or "adam") and its
// learning-rate schedule out of JSON: shared by model specs, the optimizer
// paths on loss surfaces and the defaults the API reports.
#pragma once
#include <string>

#include "json_fields.hpp"
#include "spec.hpp"

namespace dp {

// Fills `out` (Keras defaults for what is absent); the first problem goes to
// `error` as "optimizer.field: what is wrong (what is allowed)".
void read_optimizer(const Json& value, OptimizerSpec& out, std::string& error);

// Fills `out` from {"type": "cosine", ...} (defaults for what is absent);
// messages start with `path`.
void read_schedule(const Json& value, const std::string& path, ScheduleSpec& out, std::string& error);

}  // namespace dp
