#pragma once
#include <algorithm>

#include <xtensor/xmath.hpp>
#include <xtensor/xoperation.hpp>

namespace dp {

// Keras clips probabilities to [eps, 1 - eps] before taking logs.
constexpr float kProbabilityEpsilon = 1e-7f;

// clip(p) = min(max(p, eps), 1 - eps)
template <class E>
auto clip_probability(E&& p) {
  return xt::clip(std::forward<E>(p), kProbabilityEpsilon, 1.0f - kProbabilityEpsilon);
}

// The same for one probability (std::clamp is the same comparison as xt::clip).
inline float clip_probability(float p) { return std::clamp(p, kProbabilityEpsilon, 1.0f - kProbabilityEpsilon); }

// eps < p < 1 - eps: where clipping leaves p alone (and its gradient flows).
// The expression refers to p, which must outlive it.
template <class E>
auto probability_in_range(const E& p) {
  return p > kProbabilityEpsilon && p < 1.0f - kProbabilityEpsilon;
}

}  // namespace dp
