// Shared by the libFuzzer targets: a check that aborts (so libFuzzer keeps
// the input as a crash), and small valid data for a model to train on.
#pragma once
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>

#include "model_session.hpp"
#include "spec.hpp"

namespace dp_fuzz {

// An invariant the engine promises; a broken one is a finding.
inline void require(bool ok, const std::string& what) {
  if (ok) return;
  std::fprintf(stderr, "fuzz: invariant broken: %s\n", what.c_str());
  std::abort();
}

// Weights and biases of the dense layers: fuzz targets build models only
// below a small bound, so that one input stays fast.
inline std::size_t parameter_count(const dp::ModelSpec& spec) {
  std::size_t parameters = 0, width = std::size_t(spec.inputs);
  for (const dp::LayerSpec& layer : spec.layers) {
    if (layer.type != dp::LayerType::dense) continue;
    parameters += (width + 1) * std::size_t(layer.units);
    width = std::size_t(layer.units);
  }
  return parameters;
}

// `rows` rows the spec's loss accepts: inputs in [-1, 1], labels a valid
// class id, one-hot row, 0/1 target or regression value.
inline void small_data(const dp::ModelSpec& spec, std::size_t rows, dp::FloatBuffer& x, dp::FloatBuffer& y) {
  const std::size_t inputs = std::size_t(spec.inputs), width = std::size_t(spec.label_width());
  const std::size_t outputs = std::size_t(spec.outputs());
  x.resize(rows * inputs);
  y.resize(rows * width);
  for (std::size_t i = 0; i < x.size(); ++i) x.data()[i] = std::sin(float(i) * 0.7f);
  for (std::size_t r = 0; r < rows; ++r) {
    float* label = y.data() + r * width;
    switch (spec.loss) {
      case dp::Loss::sparse_categorical_crossentropy:
      case dp::Loss::nll:
        label[0] = float(r % outputs);
        break;
      case dp::Loss::categorical_crossentropy:
        for (std::size_t c = 0; c < width; ++c) label[c] = c == r % outputs ? 1.0f : 0.0f;
        break;
      case dp::Loss::binary_crossentropy:
        for (std::size_t c = 0; c < width; ++c) label[c] = float((r + c) % 2);
        break;
      case dp::Loss::mse:
      case dp::Loss::mae:
        for (std::size_t c = 0; c < width; ++c) label[c] = std::cos(float(r + c));
        break;
    }
  }
}

inline bool all_finite(const float* v, std::size_t n) {
  for (std::size_t i = 0; i < n; ++i)
    if (!std::isfinite(v[i])) return false;
  return true;
}

// Every weight of the session is finite: steps with a non-finite loss or
// gradient are skipped, so training never writes NaN or Infinity into them.
inline void require_finite_weights(const dp::ModelSession& session, const std::string& context) {
  for (std::size_t i = 0; i < session.parameter_count(); ++i)
    require(all_finite(session.parameter_data(i), session.parameter_size(i)),
            context + ": weights[" + std::to_string(i) + "] not finite after training");
}

inline std::string text_of(const std::uint8_t* data, std::size_t size) {
  return std::string(reinterpret_cast<const char*>(data), size);
}

}  // namespace dp_fuzz
