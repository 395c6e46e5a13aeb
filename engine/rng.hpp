// A small seeded generator (PCG32) so that initialization, shuffling, dropout
// masks and data sets are reproducible bit for bit within one build.
#pragma once
#include <cmath>
#include <cstddef>
#include <cstdint>

namespace dp {

class Rng {
 public:
  explicit Rng(std::uint64_t seed = 0) { reseed(seed); }

  void reseed(std::uint64_t seed) {
    state_ = 0;
    next_u32();
    state_ += seed + 0x853c49e6748fea9bULL;
    next_u32();
  }

  // PCG-XSH-RR: state = state * a + c; output = rotr(((s >> 18) ^ s) >> 27, s >> 59)
  std::uint32_t next_u32() {
    std::uint64_t old = state_;
    state_ = old * 6364136223846793005ULL + kIncrement;
    auto xorshifted = static_cast<std::uint32_t>(((old >> 18u) ^ old) >> 27u);
    auto rot = static_cast<std::uint32_t>(old >> 59u);
    return (xorshifted >> rot) | (xorshifted << ((32u - rot) & 31u));
  }

  // Uniform in [0, 1) with 24 bits, exactly representable as float.
  float uniform() { return static_cast<float>(next_u32() >> 8) * (1.0f / 16777216.0f); }

  float uniform(float lo, float hi) { return lo + (hi - lo) * uniform(); }

  // Standard normal by Box-Muller: sqrt(-2 ln u1) * cos(2 pi u2)
  float normal() {
    float u1 = 1.0f - uniform();  // in (0, 1]
    float u2 = uniform();
    return std::sqrt(-2.0f * std::log(u1)) * std::cos(6.2831853071795864f * u2);
  }

  // Uniform integer in [0, n) without modulo bias (Lemire's method).
  std::uint32_t below(std::uint32_t n) {
    std::uint64_t m = static_cast<std::uint64_t>(next_u32()) * n;
    auto low = static_cast<std::uint32_t>(m);
    if (low < n) {
      std::uint32_t threshold = (0u - n) % n;
      while (low < threshold) {
        m = static_cast<std::uint64_t>(next_u32()) * n;
        low = static_cast<std::uint32_t>(m);
      }
    }
    return static_cast<std::uint32_t>(m >> 32);
  }

  // Fisher-Yates shuffle of indices in place; allocates nothing.
  void shuffle(std::uint32_t* items, std::size_t n) {
    for (std::size_t i = n; i > 1; --i) {
      std::uint32_t j = below(static_cast<std::uint32_t>(i));
      std::uint32_t tmp = items[i - 1];
      items[i - 1] = items[j];
      items[j] = tmp;
    }
  }

 private:
  static constexpr std::uint64_t kIncrement = 1442695040888963407ULL;
  std::uint64_t state_ = 0;
};

}  // namespace dp
