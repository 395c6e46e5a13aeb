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

// Calls use(z, p, y) with the logits z and predictions p [rows, cols] and the
// labels y ([rows, cols], or [rows, 1] class ids for sparse losses) as tensors
// over the buffers.
template <class Use>
auto with_tensors(Loss loss, const OutputBatch& out, const float* y, Use&& use) {
  const std::size_t label_width = loss == Loss::sparse_categorical_crossentropy || loss == Loss::nll ? 1 : out.cols;
  return use(matrix_view(out.z, out.rows, out.cols), matrix_view(out.p, out.rows, out.cols),
             matrix_view(y, out.rows, label_width));
}

// The loss of loss type L on the batch: from z when fused, else from p.
template <class L, class Z, class P, class Y>
float value_of(bool fused, const Z& z, const P& p, const Y& y) {
  return fused ? L::value_from_logits(z, y) : L::value(p, y);
}

}  // namespace

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

float loss_value(Loss loss, const OutputBatch& out, const float* y) {
  const bool fused = loss_fuses_with(loss, out.activation);
  return with_tensors(loss, out, y, [&](const auto& z, const auto& p, const auto& y) {
    switch (loss) {
      case Loss::binary_crossentropy:
        return value_of<BinaryCrossentropy>(fused, z, p, y);
      case Loss::categorical_crossentropy:
        return value_of<CategoricalCrossentropy>(fused, z, p, y);
      case Loss::sparse_categorical_crossentropy:
        return value_of<SparseCategoricalCrossentropy>(fused, z, p, y);
      case Loss::nll:
        return value_of<NegativeLogLikelihood>(fused, z, p, y);
      case Loss::mse:
        return MeanSquaredError::value(p, y);
      case Loss::mae:
        return MeanAbsoluteError::value(p, y);
    }
    return 0.0f;
  });
}

void loss_gradient(Loss loss, const OutputBatch& out, const float* y, float* grad) {
  const bool fused = loss_fuses_with(loss, out.activation);
  auto g = matrix_view(grad, out.rows, out.cols);
  with_tensors(loss, out, y, [&](const auto& /*z*/, const auto& p, const auto& y) {
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
