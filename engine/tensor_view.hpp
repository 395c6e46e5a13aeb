// Tensors over memory owned elsewhere (buffers the caller fills, a layer's
// storage): a shape for xtensor expressions, without a copy.
#pragma once
#include <array>
#include <cstddef>
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

// The first `rows` rows of a [max_rows, cols] buffer sized for the largest batch.
template <class Buffer>
auto first_rows(Buffer& buffer, std::size_t rows) {
  return matrix_view(buffer.data(), rows, buffer.shape(1));
}

}  // namespace dp
