#include "surface.hpp"

#include "../json_fields.hpp"

namespace dp {
namespace {

struct Exact {
  double loss, dw1, dw2;
};

// Valley curvatures: condition number b/a = 100, the long axis along w1.
constexpr double kValleyA = 0.05;
constexpr double kValleyB = 5.0;
// Tilt of the double well: the right minimum sits kLocalTilt*4 above the left.
constexpr double kLocalTilt = 0.4;

// Polynomials only (no libm), so native and wasm builds agree bit for bit.
Exact evaluate(SurfaceKind kind, double w1, double w2) {
  switch (kind) {
    case SurfaceKind::bowl:
      // L = w1^2 + w2^2 ; dL/dw = (2*w1, 2*w2)
      return {w1 * w1 + w2 * w2, 2.0 * w1, 2.0 * w2};
    case SurfaceKind::valley:
      // L = 0.5*(a*w1^2 + b*w2^2) ; dL/dw = (a*w1, b*w2)
      return {0.5 * (kValleyA * w1 * w1 + kValleyB * w2 * w2), kValleyA * w1, kValleyB * w2};
    case SurfaceKind::rosenbrock: {
      // L = (1 - w1)^2 + 100*(w2 - w1^2)^2 ; dL/dw = (-2*(1 - w1) - 400*w1*(w2 - w1^2), 200*(w2 - w1^2))
      const double r = w2 - w1 * w1;
      return {(1.0 - w1) * (1.0 - w1) + 100.0 * r * r, -2.0 * (1.0 - w1) - 400.0 * w1 * r, 200.0 * r};
    }
    case SurfaceKind::saddle: {
      // L = w1^2 - w2^2 + w2^4/4 + 1 ; dL/dw = (2*w1, -2*w2 + w2^3)
      // The quartic bounds it below (minima at w2 = ±sqrt(2), loss 0); the +1
      // lifts the best loss to 0 like every other surface. On w2 = 0 the
      // gradient has no w2 part at all, so only noise can leave that line.
      const double s = w2 * w2;
      return {w1 * w1 - s + 0.25 * s * s + 1.0, 2.0 * w1, -2.0 * w2 + s * w2};
    }
    case SurfaceKind::local_minimum: {
      // L = (w1^2 - 1)^2 + t*(2 - w1)*(w1 + 1)^2 + w2^2 ; dL/dw = ((w1^2 - 1)*(4*w1 - 3*t), 2*w2)
      // Stationary at w1 = -1 (global, loss 0), 3t/4 (the barrier) and 1 (a
      // shallow minimum, loss 4t): the tilt term vanishes twice at w1 = -1.
      const double q = w1 * w1 - 1.0;
      const double p = w1 + 1.0;
      return {q * q + kLocalTilt * (2.0 - w1) * p * p + w2 * w2, q * (4.0 * w1 - 3.0 * kLocalTilt), 2.0 * w2};
    }
  }
  return {0.0, 0.0, 0.0};
}

// In enum order: window {xmin, xmax, ymin, ymax}, start, a global minimum, its loss
const SurfaceInfo kInfo[] = {
    {{-2.0f, 2.0f, -2.0f, 2.0f}, -1.5f, 1.2f, 0.0f, 0.0f, 0.0f},         // bowl
    {{-5.0f, 5.0f, -5.0f, 5.0f}, -4.5f, 1.5f, 0.0f, 0.0f, 0.0f},         // valley
    {{-2.0f, 2.0f, -1.0f, 3.0f}, -1.2f, 1.0f, 1.0f, 1.0f, 0.0f},         // rosenbrock
    {{-2.0f, 2.0f, -2.0f, 2.0f}, -1.8f, 0.0f, 0.0f, 1.41421356f, 0.0f},  // saddle
    {{-2.0f, 2.0f, -2.0f, 2.0f}, 1.6f, 1.2f, -1.0f, 0.0f, 0.0f},         // local_minimum
};

}  // namespace

SurfacePoint evaluate_surface(SurfaceKind kind, float w1, float w2) {
  const Exact e = evaluate(kind, w1, w2);
  return {static_cast<float>(e.loss), static_cast<float>(e.dw1), static_cast<float>(e.dw2)};
}

double surface_loss(SurfaceKind kind, double w1, double w2) { return evaluate(kind, w1, w2).loss; }

const SurfaceInfo& surface_info(SurfaceKind kind) { return kInfo[static_cast<int>(kind)]; }

const char* name_of(SurfaceKind kind) {
  switch (kind) {
    case SurfaceKind::bowl:
      return "bowl";
    case SurfaceKind::valley:
      return "valley";
    case SurfaceKind::rosenbrock:
      return "rosenbrock";
    case SurfaceKind::saddle:
      return "saddle";
    case SurfaceKind::local_minimum:
      return "local_minimum";
  }
  return "?";
}

std::string parse_surface_kind(const std::string& name, SurfaceKind& kind) {
  std::string allowed;
  for (SurfaceKind k : kSurfaceKinds) {
    if (name == name_of(k)) {
      kind = k;
      return "";
    }
    allowed += allowed.empty() ? "" : ", ";
    allowed += name_of(k);
  }
  return "surface: " + quoted(name) + " is not one of " + allowed;
}

}  // namespace dp
