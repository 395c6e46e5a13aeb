// An optimizer's update, written once as its formula over named values and
// run over a parameter four floats at a time (Vec4: wasm SIMD, SSE), then
// over the last size % 4 floats one at a time. Both evaluate the same
// operations in the same order, so the SIMD and the scalar results are
// identical bit for bit.
#pragma once
#include <cmath>
#include <cstddef>
#include <tuple>
#include <type_traits>

#include "../vec4.hpp"

namespace dp {

// One position of a tensor: V is Vec4 (four floats) or float (one). Plain
// floats mix in as constants, the same in every lane: b1 * m + (1 - b1) * g.
template <class V>
struct Lane {
  V v;

  static Lane constant(float x) {
    if constexpr (std::is_same_v<V, float>)
      return {x};
    else
      return {V::splat(x)};
  }
  Lane& operator+=(Lane b) { return *this = {v + b.v}; }
  Lane& operator-=(Lane b) { return *this = {v - b.v}; }
};

#define DP_LANE_ARITHMETIC(op)                \
  template <class V>                          \
  Lane<V> operator op(Lane<V> a, Lane<V> b) { \
    return {a.v op b.v};                      \
  }                                           \
  template <class V>                          \
  Lane<V> operator op(float a, Lane<V> b) {   \
    return Lane<V>::constant(a) op b;         \
  }                                           \
  template <class V>                          \
  Lane<V> operator op(Lane<V> a, float b) {   \
    return a op Lane<V>::constant(b);         \
  }
DP_LANE_ARITHMETIC(+)
DP_LANE_ARITHMETIC(-)
DP_LANE_ARITHMETIC(*)
DP_LANE_ARITHMETIC(/)
#undef DP_LANE_ARITHMETIC

template <class V>
Lane<V> sqrt(Lane<V> x) {
  if constexpr (std::is_same_v<V, float>)
    return {std::sqrt(x.v)};
  else
    return {square_root(x.v)};
}

// max(x, 0), and 0 for NaN (as std::fmax(x, 0.0f))
template <class V>
Lane<V> max_zero(Lane<V> x) {
  if constexpr (std::is_same_v<V, float>)
    return {std::fmax(x.v, 0.0f)};
  else
    return {max_zero(x.v)};
}

namespace lanes {

// Element i of a tensor onward as a Lane, stored back unless the tensor is const.
template <class V, class T>
struct Slot {
  T* at;
  Lane<V> value;

  explicit Slot(T* p) : at(p) {
    if constexpr (std::is_same_v<V, float>)
      value = {*p};
    else
      value = {V::load(p)};
  }
  void write_back() const {
    if constexpr (std::is_const_v<T>)
      return;
    else if constexpr (std::is_same_v<V, float>)
      *at = value.v;
    else
      value.v.store(at);
  }
};

template <class V, class Tensor>
using SlotOf = Slot<V, std::remove_pointer_t<decltype(std::declval<Tensor&>().data())>>;

template <class Update, class... Slots>
inline void run(Update& update, Slots... slots) {
  update(slots.value...);
  (slots.write_back(), ...);
}

}  // namespace lanes

// Calls update(a, b, ...) with the tensors' elements as Lanes, four at a
// time and then one at a time, and writes back every tensor not passed as
// const. All tensors hold as many elements as the first.
template <class Update, class... Tensors>
void for_each_lane(Update&& update, Tensors&... tensors) {
  const std::size_t size = std::get<0>(std::tie(tensors...)).size();
  std::size_t i = 0;
  for (; i + 4 <= size; i += 4) lanes::run(update, lanes::SlotOf<Vec4, Tensors>(tensors.data() + i)...);
  for (; i < size; ++i) lanes::run(update, lanes::SlotOf<float, Tensors>(tensors.data() + i)...);
}

}  // namespace dp
