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
// Working memory one call on a model may allocate: the copies of its data,
// its outputs and the batch buffers (ModelSession::plan_* add them up).
constexpr double kMaxCallBytes = 256.0 * (1 << 20);
// Characters of spec JSON read, checked before parsing.
constexpr std::size_t kMaxSpecText = 100000;
constexpr int kMaxBatchSize = 1000000;

}  // namespace dp
