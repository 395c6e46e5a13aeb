// The edge where untrusted JSON becomes a ModelSpec: every field is checked
// once here, so the engine behind it trusts its inputs.
#pragma once
#include <optional>
#include <string>

#include "spec.hpp"
#include "trainer.hpp"

namespace dp {

struct SpecResult;

// A spec that passed every check of parse_spec, which alone makes one: the
// only thing a Model is built from, so no engine code meets an unchecked spec
// (no layers, a dropout last, a loss that does not fit the outputs).
class ValidSpec {
 public:
  const ModelSpec& get() const { return spec_; }

 private:
  friend SpecResult parse_spec(const std::string& json_text);
  explicit ValidSpec(const ModelSpec& spec) : spec_(spec) {}
  ModelSpec spec_;
};

struct SpecResult {
  ModelSpec spec;                  // as far as it was read; complete when error is ""
  std::string error;               // "" when valid, else "field: what is wrong (what is allowed)"
  std::optional<ValidSpec> valid;  // the spec to build a model from, exactly when error is ""
};

SpecResult parse_spec(const std::string& json_text);

// "" when spec text of `characters` characters is short enough to parse (kMaxSpecText), else the message.
std::string check_spec_length(double characters);

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
