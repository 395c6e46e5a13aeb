#pragma once
#include <cstddef>

#include <xtensor/xbuilder.hpp>
#include <xtensor/xoperation.hpp>

#include "cross_entropy.hpp"

namespace dp {

// Labels are integer classes, one per row (stored as floats), read as the
// one-hot row y_j = [j = true class].
struct ClassIds {
  template <class Y>
  static auto row(const Y& label, std::size_t r, std::size_t cols) {
    return xt::cast<float>(xt::equal(xt::arange<std::size_t>(cols), static_cast<std::size_t>(label(r, 0))));
  }
};

using SparseCategoricalCrossentropy = CrossEntropy<ClassIds>;

}  // namespace dp
