// TensorFlow Playground's regression sets (regressPlane, regressGaussian),
// its radius-6 world scaled to [-1, 1]. Inputs are uniform in the square; the
// noise is Gaussian with std `noise` added to the target, whose clean values
// lie in [-1, 1].
#include <cmath>

#include "generators.hpp"

namespace dp::datasets {

Rows plane(int n, float noise, Rng& rng) {
  Rows rows;
  rows.inputs = 2;
  for (int i = 0; i < n; ++i) {
    float x1 = rng.uniform(-1.0f, 1.0f);
    float x2 = rng.uniform(-1.0f, 1.0f);
    float z = rng.normal();
    // y = (x1 + x2) / 2 + noise * z
    rows.add(x1, x2, 0.5f * (x1 + x2) + noise * z);
  }
  return rows;
}

namespace {

struct Bump {
  float cx, cy, sign;
};
// TF Playground's six centres (+-4 or 0, +-2.5) with alternating signs, over 6.
constexpr Bump kBumps[] = {
    {-0.6667f, 0.4167f, 1.0f},   {0.0f, 0.4167f, -1.0f}, {0.6667f, 0.4167f, 1.0f},
    {-0.6667f, -0.4167f, -1.0f}, {0.0f, -0.4167f, 1.0f}, {0.6667f, -0.4167f, -1.0f},
};
constexpr float kBumpWidth = 0.18f;  // sigma: a bump falls to ~0.2 where TF's cone ends

// f(x) = sum_j s_j exp(-|x - c_j|^2 / (2 sigma^2))
float bumps(float x1, float x2) {
  float sum = 0.0f;
  for (const Bump& b : kBumps) {
    float d1 = x1 - b.cx;
    float d2 = x2 - b.cy;
    sum += b.sign * std::exp(-(d1 * d1 + d2 * d2) / (2.0f * kBumpWidth * kBumpWidth));
  }
  return sum;
}

}  // namespace

Rows multigauss(int n, float noise, Rng& rng) {
  Rows rows;
  rows.inputs = 2;
  for (int i = 0; i < n; ++i) {
    float x1 = rng.uniform(-1.0f, 1.0f);
    float x2 = rng.uniform(-1.0f, 1.0f);
    float z = rng.normal();
    // y = f(x1, x2) + noise * z
    rows.add(x1, x2, bumps(x1, x2) + noise * z);
  }
  return rows;
}

}  // namespace dp::datasets
