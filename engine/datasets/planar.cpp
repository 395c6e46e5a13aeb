// TensorFlow Playground's binary 2-D sets (dataset.ts), its radius-5 world
// scaled to [-1, 1]. Label 1 is TF Playground's positive (+1) class, 0 its -1.
// Noise jitters each coordinate uniformly after the label is fixed, as TF
// Playground does, so noisy points can sit on the wrong side of the boundary:
// by up to `noise` for circle and xor (TF scales it by its radius 5) and by up
// to noise / 5 for the spiral (TF adds it unscaled in its radius-5 world).
#include <cmath>

#include "generators.hpp"

namespace dp::datasets {

namespace {

// TF Playground's spiral noise is absolute in a world of radius 5.
constexpr float kSpiralNoiseScale = 0.2f;

// p = (r sin a, r cos a) + jitter * (u1, u2),  u ~ U(-1, 1)
void add_polar(Rows& rows, float r, float angle, float label, float jitter, Rng& rng) {
  float u1 = rng.uniform(-1.0f, 1.0f);
  float u2 = rng.uniform(-1.0f, 1.0f);
  rows.add(r * std::sin(angle) + jitter * u1, r * std::cos(angle) + jitter * u2, label);
}

// x = sign(u) * (m + (1 - m)|u|),  u ~ U(-1, 1): keeps points a margin m off the axis
float off_axis(Rng& rng) {
  constexpr float kMargin = 0.05f;  // TF Playground's padding 0.3 in a radius of ~5.3
  float u = rng.uniform(-1.0f, 1.0f);
  float magnitude = kMargin + (1.0f - kMargin) * std::fabs(u);
  return u >= 0.0f ? magnitude : -magnitude;
}

}  // namespace

Rows circle(int n, float noise, Rng& rng) {
  Rows rows;
  rows.inputs = 2;
  int inner = n / 2;
  // inner disc: r ~ U(0, 0.5), label 1; outer ring: r ~ U(0.7, 1), label 0
  for (int i = 0; i < n; ++i) {
    bool in = i < inner;
    float r = in ? rng.uniform(0.0f, 0.5f) : rng.uniform(0.7f, 1.0f);
    float angle = rng.uniform(0.0f, 2.0f * kPi);
    add_polar(rows, r, angle, in ? 1.0f : 0.0f, noise, rng);
  }
  return rows;
}

Rows xor_quadrants(int n, float noise, Rng& rng) {
  Rows rows;
  rows.inputs = 2;
  for (int i = 0; i < n; ++i) {
    float x1 = off_axis(rng);
    float x2 = off_axis(rng);
    float u1 = rng.uniform(-1.0f, 1.0f);
    float u2 = rng.uniform(-1.0f, 1.0f);
    // label = 1 when x1 * x2 >= 0 (first and third quadrants)
    float label = x1 * x2 >= 0.0f ? 1.0f : 0.0f;
    rows.add(x1 + noise * u1, x2 + noise * u2, label);
  }
  return rows;
}

Rows two_gauss(int n, float noise, Rng& rng) {
  Rows rows;
  rows.inputs = 2;
  // std^2 = 0.02 + 0.28 * noise: TF Playground's variance 0.5..4 for noise 0..0.5, over 5^2
  float std_dev = std::sqrt(0.02f + 0.28f * noise);
  int positive = n / 2;
  for (int i = 0; i < n; ++i) {
    float centre = i < positive ? 0.4f : -0.4f;
    float z1 = rng.normal();
    float z2 = rng.normal();
    // x = (c, c) + std * (z1, z2): label 1 around (0.4, 0.4), label 0 around (-0.4, -0.4)
    rows.add(centre + std_dev * z1, centre + std_dev * z2, i < positive ? 1.0f : 0.0f);
  }
  return rows;
}

void spiral_arm(Rows& rows, int count, float delta, float label, float noise, Rng& rng) {
  for (int i = 0; i < count; ++i) {
    float progress = static_cast<float>(i) / static_cast<float>(count);
    // r = i / count,  t = 1.75 * i / count * 2 pi + delta
    float t = 1.75f * progress * 2.0f * kPi + delta;
    add_polar(rows, progress, t, label, kSpiralNoiseScale * noise, rng);
  }
}

Rows binary_spiral(int n, float noise, Rng& rng) {
  Rows rows;
  rows.inputs = 2;
  // TF Playground's classifySpiralData: the positive arm at delta 0, the negative at pi
  spiral_arm(rows, n / 2, 0.0f, 1.0f, noise, rng);
  spiral_arm(rows, n - n / 2, kPi, 0.0f, noise, rng);
  return rows;
}

}  // namespace dp::datasets
