#pragma once
#include "sparse_categorical_crossentropy.hpp"

namespace dp {

// Negative log-likelihood of the true class on predicted probabilities:
// L = -mean log p_true. By definition it is sparse categorical cross-entropy,
// so it shares that computation rather than restating it.
using NegativeLogLikelihood = SparseCategoricalCrossentropy;

}  // namespace dp
