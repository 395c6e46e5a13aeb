// The edge where untrusted JSON becomes a ModelSpec: every field is checked
// once here, so the engine behind it trusts its inputs.
#pragma once
#include <string>

#include "spec.hpp"
#include "trainer.hpp"

namespace dp {

struct SpecResult {
  ModelSpec spec;
  std::string error;  // "" when valid, else "field: what is wrong (what is allowed)"
};

SpecResult parse_spec(const std::string& json_text);

// The canonical JSON of a spec, every field spelled out; parse_spec reads it back.
std::string spec_to_json(const ModelSpec& spec);

struct FitOptionsResult {
  FitOptions options;
  long long epochs = 1;
  std::string error;
};

// {"epochs": 1..1e6, "batchSize": 1..1e6, "shuffle": bool}; other keys are
// the JS API's own (validation, onEpoch) and are rejected if they reach here.
FitOptionsResult parse_fit_options(const std::string& json_text);

// The canonical JSON of fit options, every field spelled out; parse_fit_options reads it back.
std::string fit_options_to_json(const FitOptionsResult& fit);

}  // namespace dp
