// The one matrix product of the engine: every forward and backward pass of a
// dense layer goes through here.
#pragma once
#include <cstddef>

namespace dp {

// A read-only [rows, cols] view with arbitrary strides, so a transposed
// operand needs no copy: element (i, k) is data[i * row_stride + k * col_stride].
struct StridedMatrix {
  const float* data;
  std::size_t row_stride;
  std::size_t col_stride;
};

// C[m, n] = A[m, k] B[k, n]   (B and C row-major and dense; += when accumulate)
void gemm(StridedMatrix a, const float* b, float* c, std::size_t m, std::size_t n, std::size_t k, bool accumulate);

// C[m, n] = A[m, k] B^T for B [n, k] row-major: B^T is packed row-major into
// b_packed[k * n] (the caller's, so nothing allocates), the layout gemm streams.
void gemm_transposed_b(StridedMatrix a, const float* b, float* b_packed, float* c, std::size_t m, std::size_t n,
                       std::size_t k);

}  // namespace dp
