// Two-parameter loss surfaces L(w1, w2) for the optimizer lessons: small
// enough to draw as a heatmap, each chosen to show one behaviour of an
// optimizer (a bowl, a narrow valley, Rosenbrock's banana, a saddle, a
// shallow local minimum beside a deeper one).
#pragma once
#include <string>

namespace dp {

enum class SurfaceKind { bowl, valley, rosenbrock, saddle, local_minimum };

// Every kind, in the order the UI lists them.
constexpr SurfaceKind kSurfaceKinds[] = {SurfaceKind::bowl, SurfaceKind::valley, SurfaceKind::rosenbrock,
                                         SurfaceKind::saddle, SurfaceKind::local_minimum};

// The loss and its gradient (dL/dw1, dL/dw2) at one point.
struct SurfacePoint {
  float loss, dw1, dw2;
};

// A rectangle of the (w1, w2) plane: w1 across, w2 up.
struct SurfaceWindow {
  float xmin, xmax, ymin, ymax;
};

// What the lessons need to draw a surface and start a walker on it.
struct SurfaceInfo {
  SurfaceWindow window;      // the natural view, square so contours are not distorted
  float start_w1, start_w2;  // the default start of an optimizer path
  float min_w1, min_w2;      // a global minimum (the saddle has a mirror one at -min_w2)
  float min_loss;            // the loss there: 0 for every surface
};

// The loss and gradient at (w1, w2), computed in double and rounded once.
SurfacePoint evaluate_surface(SurfaceKind kind, float w1, float w2);

// The loss alone in double: for checks (finite differences) that need more
// precision than float gives.
double surface_loss(SurfaceKind kind, double w1, double w2);

const SurfaceInfo& surface_info(SurfaceKind kind);

const char* name_of(SurfaceKind kind);

// Sets `kind` from its name; returns "" or a message listing the allowed names.
std::string parse_surface_kind(const std::string& name, SurfaceKind& kind);

}  // namespace dp
