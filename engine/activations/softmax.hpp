#pragma once
#include <cmath>
#include <cstddef>

namespace dp {

// Softmax couples the units of a row, so it works on whole rows.
struct Softmax {
  // a_j = e^(z_j - max z) / sum_k e^(z_k - max z)
  static void rows(const float* z, float* a, std::size_t rows, std::size_t cols) {
    for (std::size_t r = 0; r < rows; ++r, z += cols, a += cols) {
      float top = z[0];
      for (std::size_t j = 1; j < cols; ++j) top = z[j] > top ? z[j] : top;
      float sum = 0.0f;
      for (std::size_t j = 0; j < cols; ++j) sum += a[j] = std::exp(z[j] - top);
      const float inv = 1.0f / sum;
      for (std::size_t j = 0; j < cols; ++j) a[j] *= inv;
    }
  }
  // dz_j = a_j (da_j - sum_k da_k a_k)
  static void backward_rows(const float* a, const float* da, float* dz, std::size_t rows, std::size_t cols) {
    for (std::size_t r = 0; r < rows; ++r, a += cols, da += cols, dz += cols) {
      float dot = 0.0f;
      for (std::size_t j = 0; j < cols; ++j) dot += da[j] * a[j];
      for (std::size_t j = 0; j < cols; ++j) dz[j] = a[j] * (da[j] - dot);
    }
  }
};

}  // namespace dp
