#pragma once

namespace dp {

// Keras clips probabilities to [eps, 1 - eps] before taking logs.
constexpr float kProbabilityEpsilon = 1e-7f;

inline float clip_probability(float p) {
  return p < kProbabilityEpsilon ? kProbabilityEpsilon : (p > 1.0f - kProbabilityEpsilon ? 1.0f - kProbabilityEpsilon : p);
}

inline bool probability_in_range(float p) { return p > kProbabilityEpsilon && p < 1.0f - kProbabilityEpsilon; }

}  // namespace dp
