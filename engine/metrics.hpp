// Accuracy as Keras's "accuracy" metric picks it for each loss.
#pragma once
#include <cstddef>

#include "spec.hpp"

namespace dp {

// Classification losses report accuracy; regression losses do not.
bool loss_has_accuracy(Loss loss);

// Rows whose prediction is right: threshold 0.5 per output for binary
// cross-entropy, argmax against the one-hot argmax or the integer label otherwise.
std::size_t count_correct(Loss loss, const float* p, const float* y, std::size_t rows, std::size_t cols);

}  // namespace dp
