// What the spec parser fills in for the hyper-parameters a spec leaves out,
// read off the parser itself, so the JS API and the UI show the engine's own
// defaults instead of copies.
#pragma once
#include <string>

namespace dp {

// {"optimizers": {"sgd": {"learningRate", "momentum", ...}, "rmsprop": ..., "adam": ...},
//  "schedules": {"constant": {}, "step": {"decaySteps", "decayRate"}, ...}}
std::string defaults_json();

}  // namespace dp
