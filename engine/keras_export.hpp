// model.toKeras(): a spec as a runnable Keras 3 script that builds and
// compiles the same model, so a lesson's experiment can leave the browser.
#pragma once
#include <string>

#include "spec.hpp"

namespace dp {

// Python source: imports, seed, keras.Sequential([...]) and model.compile(...).
// Where our semantics and Keras's differ, the script says how in a comment.
std::string to_keras(const ModelSpec& spec);

}  // namespace dp
