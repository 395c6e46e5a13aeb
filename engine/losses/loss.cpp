#include "loss.hpp"

#include "../tensor_view.hpp"

#include "binary_crossentropy.hpp"
#include "categorical_crossentropy.hpp"
#include "mae.hpp"
#include "mse.hpp"
#include "nll.hpp"
#include "sparse_categorical_crossentropy.hpp"

namespace dp {
namespace {

// Calls use(p, y) with predictions p [rows, cols] and labels y ([rows, cols],
// or [rows, 1] class ids for sparse losses) as tensors over the buffers.
template <class Use>
auto with_tensors(Loss loss, const float* p, const float* y, std::size_t rows, std::size_t cols, Use&& use) {
  const std::size_t label_width = loss == Loss::sparse_categorical_crossentropy || loss == Loss::nll ? 1 : cols;
  return use(matrix_view(p, rows, cols), matrix_view(y, rows, label_width));
}

}  // namespace

float loss_value(Loss loss, const float* p, const float* y, std::size_t rows, std::size_t cols) {
  return with_tensors(loss, p, y, rows, cols, [&](const auto& p, const auto& y) {
    switch (loss) {
      case Loss::binary_crossentropy:
        return BinaryCrossentropy::value(p, y);
      case Loss::categorical_crossentropy:
        return CategoricalCrossentropy::value(p, y);
      case Loss::sparse_categorical_crossentropy:
        return SparseCategoricalCrossentropy::value(p, y);
      case Loss::nll:
        return NegativeLogLikelihood::value(p, y);
      case Loss::mse:
        return MeanSquaredError::value(p, y);
      case Loss::mae:
        return MeanAbsoluteError::value(p, y);
    }
    return 0.0f;
  });
}

bool loss_fuses_with(Loss loss, Activation output_activation) {
  switch (loss) {
    case Loss::binary_crossentropy:
      return output_activation == Activation::sigmoid;
    case Loss::categorical_crossentropy:
    case Loss::sparse_categorical_crossentropy:
    case Loss::nll:
      return output_activation == Activation::softmax;
    case Loss::mse:
    case Loss::mae:
      return false;
  }
  return false;
}

void loss_gradient(Loss loss, Activation output_activation, const float* p, const float* y, float* grad,
                   std::size_t rows, std::size_t cols) {
  const bool fused = loss_fuses_with(loss, output_activation);
  auto g = matrix_view(grad, rows, cols);
  with_tensors(loss, p, y, rows, cols, [&](const auto& p, const auto& y) {
    switch (loss) {
      case Loss::binary_crossentropy:
        fused ? BinaryCrossentropy::gradient_through_sigmoid(p, y, g) : BinaryCrossentropy::gradient(p, y, g);
        return;
      case Loss::categorical_crossentropy:
        fused ? CategoricalCrossentropy::gradient_through_softmax(p, y, g) : CategoricalCrossentropy::gradient(p, y, g);
        return;
      case Loss::sparse_categorical_crossentropy:
      case Loss::nll:
        fused ? SparseCategoricalCrossentropy::gradient_through_softmax(p, y, g)
              : SparseCategoricalCrossentropy::gradient(p, y, g);
        return;
      case Loss::mse:
        MeanSquaredError::gradient(p, y, g);
        return;
      case Loss::mae:
        MeanAbsoluteError::gradient(p, y, g);
        return;
    }
  });
}

}  // namespace dp
