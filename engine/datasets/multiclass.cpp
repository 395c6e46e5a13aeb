// Multi-class 2-D sets, the classes TensorFlow Playground never had: k
// Gaussian blobs on a circle, and a spiral of k interleaved arms. Points are
// dealt to the classes as evenly as possible; labels are class ids 0..k-1.
#include <cmath>

#include "generators.hpp"

namespace dp::datasets {

Rows blobs(int n, int k, float noise, Rng& rng) {
  Rows rows;
  rows.inputs = 2;
  constexpr float kRing = 0.6f;  // centres' distance from the origin
  // std^2 = 0.12^2 + noise^2: the clean blob widened by the jitter
  float std_dev = std::sqrt(0.0144f + noise * noise);
  for (int c = 0; c < k; ++c) {
    // centre_c = 0.6 * (sin(2 pi c / k), cos(2 pi c / k))
    float angle = 2.0f * kPi * static_cast<float>(c) / static_cast<float>(k);
    float cx = kRing * std::sin(angle);
    float cy = kRing * std::cos(angle);
    for (int i = 0, count = class_share(n, k, c); i < count; ++i) {
      float z1 = rng.normal();
      float z2 = rng.normal();
      rows.add(cx + std_dev * z1, cy + std_dev * z2, static_cast<float>(c));
    }
  }
  return rows;
}

Rows spiral_arms(int n, int k, float noise, Rng& rng) {
  Rows rows;
  rows.inputs = 2;
  for (int c = 0; c < k; ++c) {
    // arm c is the binary spiral's arm turned by delta = 2 pi c / k
    float delta = 2.0f * kPi * static_cast<float>(c) / static_cast<float>(k);
    spiral_arm(rows, class_share(n, k, c), delta, static_cast<float>(c), noise, rng);
  }
  return rows;
}

}  // namespace dp::datasets
