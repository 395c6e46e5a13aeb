#include "metrics.hpp"

namespace dp {
namespace {

std::size_t argmax(const float* v, std::size_t n) {
  std::size_t best = 0;
  for (std::size_t j = 1; j < n; ++j)
    if (v[j] > v[best]) best = j;
  return best;
}

}  // namespace

bool loss_has_accuracy(Loss loss) { return loss != Loss::mse && loss != Loss::mae; }

std::size_t count_correct(Loss loss, const float* p, const float* y, std::size_t rows, std::size_t cols) {
  std::size_t correct = 0;
  for (std::size_t r = 0; r < rows; ++r, p += cols) {
    bool right = true;
    switch (loss) {
      case Loss::binary_crossentropy:
        // a row counts when every output lands on its label's side of 0.5
        for (std::size_t j = 0; j < cols; ++j) right = right && ((p[j] > 0.5f) == (y[r * cols + j] > 0.5f));
        break;
      case Loss::categorical_crossentropy:
        right = argmax(p, cols) == argmax(y + r * cols, cols);
        break;
      case Loss::sparse_categorical_crossentropy:
      case Loss::nll:
        right = argmax(p, cols) == static_cast<std::size_t>(y[r]);
        break;
      case Loss::mse:
      case Loss::mae:
        right = false;
        break;
    }
    correct += right ? 1 : 0;
  }
  return correct;
}

}  // namespace dp
