#pragma once
#include <cstddef>

#include "../tensor_view.hpp"
#include "cross_entropy.hpp"

namespace dp {

// Labels are one-hot (or probability) rows, read as given.
struct LabelRows {
  template <class Y>
  static auto row(const Y& y, std::size_t r, std::size_t /*cols*/) {
    return row_of(y, r);
  }
};

using CategoricalCrossentropy = CrossEntropy<LabelRows>;

}  // namespace dp
