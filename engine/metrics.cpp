#include "metrics.hpp"

#include <algorithm>
#include <array>

#include <xtensor/xoperation.hpp>

#include "tensor_view.hpp"

namespace dp {
namespace {

// argmax_j v[j], the first on ties
template <class Row>
std::size_t argmax(const Row& v) {
  return std::size_t(std::max_element(v.linear_cbegin(), v.linear_cend()) - v.linear_cbegin());
}

}  // namespace

bool loss_has_accuracy(Loss loss) { return loss != Loss::mse && loss != Loss::mae; }

std::size_t count_correct(Loss loss, const float* p_data, const float* y_data, std::size_t rows, std::size_t cols) {
  if (!loss_has_accuracy(loss)) return 0;
  const std::size_t width = loss == Loss::sparse_categorical_crossentropy || loss == Loss::nll ? 1 : cols;
  const auto p = matrix_view(p_data, rows, cols);
  const auto y = matrix_view(y_data, rows, width);
  std::size_t correct = 0;
  for (std::size_t r = 0; r < rows; ++r) {
    const auto p_r = row_of(p, r);
    const auto y_r = row_of(y, r);
    switch (loss) {
      case Loss::binary_crossentropy:
        // right when every output lands on its label's side of 0.5: all(p_r > 0.5 == y_r > 0.5)
        correct += all_of(xt::equal(p_r > 0.5f, y_r > 0.5f));
        break;
      case Loss::categorical_crossentropy:
        // right when argmax p_r = argmax y_r
        correct += argmax(p_r) == argmax(y_r);
        break;
      default:
        // sparse labels: right when argmax p_r = y_r
        correct += argmax(p_r) == std::size_t(y_r(0));
        break;
    }
  }
  return correct;
}

}  // namespace dp
