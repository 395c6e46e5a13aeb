// Tensors over memory owned elsewhere (buffers the caller fills, a layer's
// storage): a shape for xtensor expressions, without a copy.
#pragma once
#include <algorithm>
#include <array>
#include <cstddef>
#include <numeric>
#include <utility>

#include <xtensor/xadapt.hpp>

namespace dp {

// A row-major tensor of `shape` over data[0 .. product of shape).
template <class T, class Shape>
auto tensor_view(T* data, const Shape& shape) {
  return xt::adapt(std::move(data), xt::compute_size(shape), xt::no_ownership(), shape);
}

// A row-major [rows, cols] matrix over data.
template <class T>
auto matrix_view(T* data, std::size_t rows, std::size_t cols) {
  return tensor_view(data, std::array<std::size_t, 2>{rows, cols});
}

// Row r of a row-major matrix, as a 1-D tensor over the same memory.
template <class Matrix>
auto row_of(Matrix& matrix, std::size_t r) {
  const std::size_t cols = matrix.shape(1);
  return tensor_view(matrix.data() + r * cols, std::array<std::size_t, 1>{cols});
}

// sum of an expression's elements, accumulated in T in storage order. Unlike
// xt::sum, which walks the expression with steppers, this runs straight over
// contiguous operands: several times faster on a training step's small batches.
template <class T = double, class E>
T sum_of(const E& e) {
  return std::accumulate(e.linear_cbegin(), e.linear_cend(), T(0));
}

// mean of an expression's elements, summed in double
template <class E>
double mean_of(const E& e) {
  return sum_of(e) / double(e.size());
}

// all(e): every element true, checked in storage order like sum_of
template <class E>
bool all_of(const E& e) {
  return std::all_of(e.linear_cbegin(), e.linear_cend(), [](bool x) { return x; });
}

// The first `rows` rows of a [max_rows, cols] buffer sized for the largest batch.
template <class Buffer>
auto first_rows(Buffer& buffer, std::size_t rows) {
  return matrix_view(buffer.data(), rows, buffer.shape(1));
}

}  // namespace dp
