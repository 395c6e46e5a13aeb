#include "loss.hpp"

#include "binary_crossentropy.hpp"
#include "categorical_crossentropy.hpp"
#include "mae.hpp"
#include "mse.hpp"
#include "nll.hpp"
#include "sparse_categorical_crossentropy.hpp"

namespace dp {

float loss_value(Loss loss, const float* p, const float* y, std::size_t rows, std::size_t cols) {
  switch (loss) {
    case Loss::binary_crossentropy: return BinaryCrossentropy::value(p, y, rows, cols);
    case Loss::categorical_crossentropy: return CategoricalCrossentropy::value(p, y, rows, cols);
    case Loss::sparse_categorical_crossentropy: return SparseCategoricalCrossentropy::value(p, y, rows, cols);
    case Loss::nll: return NegativeLogLikelihood::value(p, y, rows, cols);
    case Loss::mse: return MeanSquaredError::value(p, y, rows, cols);
    case Loss::mae: return MeanAbsoluteError::value(p, y, rows, cols);
  }
  return 0.0f;
}

bool loss_fuses_with(Loss loss, Activation output_activation) {
  switch (loss) {
    case Loss::binary_crossentropy: return output_activation == Activation::sigmoid;
    case Loss::categorical_crossentropy:
    case Loss::sparse_categorical_crossentropy:
    case Loss::nll: return output_activation == Activation::softmax;
    case Loss::mse:
    case Loss::mae: return false;
  }
  return false;
}

void loss_gradient(Loss loss, Activation output_activation, const float* p, const float* y, float* grad,
                   std::size_t rows, std::size_t cols) {
  const bool fused = loss_fuses_with(loss, output_activation);
  switch (loss) {
    case Loss::binary_crossentropy:
      fused ? BinaryCrossentropy::gradient_through_sigmoid(p, y, grad, rows, cols)
            : BinaryCrossentropy::gradient(p, y, grad, rows, cols);
      return;
    case Loss::categorical_crossentropy:
      fused ? CategoricalCrossentropy::gradient_through_softmax(p, y, grad, rows, cols)
            : CategoricalCrossentropy::gradient(p, y, grad, rows, cols);
      return;
    case Loss::sparse_categorical_crossentropy:
    case Loss::nll:
      fused ? SparseCategoricalCrossentropy::gradient_through_softmax(p, y, grad, rows, cols)
            : SparseCategoricalCrossentropy::gradient(p, y, grad, rows, cols);
      return;
    case Loss::mse: MeanSquaredError::gradient(p, y, grad, rows, cols); return;
    case Loss::mae: MeanAbsoluteError::gradient(p, y, grad, rows, cols); return;
  }
}

}  // namespace dp
