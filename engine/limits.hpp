// Size limits checked before anything is allocated, so a hostile spec or data
// set gets a message instead of exhausting memory.
#pragma once
#include <cstddef>

namespace dp {

constexpr int kMaxInputs = 4096;
constexpr int kMaxUnits = 4096;
constexpr int kMaxLayers = 64;
constexpr std::size_t kMaxParameters = 16u << 20;  // 16,777,216 weights and biases
constexpr std::size_t kMaxSamples = 1000000;
constexpr std::size_t kMaxDataFloats = 64u << 20;  // 256 MiB of float32 per array
constexpr int kMaxBatchSize = 1000000;

}  // namespace dp
