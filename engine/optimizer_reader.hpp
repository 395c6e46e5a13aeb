// Reads an optimizer description ({"type": "adam", ...} or "adam") out of
// JSON: shared by model specs and the optimizer paths on loss surfaces.
#pragma once
#include <string>

#include "json_fields.hpp"
#include "spec.hpp"

namespace dp {

// Fills `out` (Keras defaults for what is absent); the first problem goes to
// `error` as "optimizer.field: what is wrong (what is allowed)".
void read_optimizer(const Json& value, OptimizerSpec& out, std::string& error);

}  // namespace dp
