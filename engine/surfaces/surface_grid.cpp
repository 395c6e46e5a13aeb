#include "surface_grid.hpp"

#include <cmath>

namespace dp {

std::string validate_surface_grid(const SurfaceWindow& window, int nx, int ny) {
  if (nx < 1 || nx > 4096) return "nx must be an integer in 1..4096 (got " + std::to_string(nx) + ")";
  if (ny < 1 || ny > 4096) return "ny must be an integer in 1..4096 (got " + std::to_string(ny) + ")";
  const bool finite = std::isfinite(window.xmin) && std::isfinite(window.xmax) &&
                      std::isfinite(window.ymin) && std::isfinite(window.ymax);
  if (!finite) return "window must have finite xmin, xmax, ymin and ymax";
  if (!(window.xmin < window.xmax)) return "window must have xmin < xmax";
  if (!(window.ymin < window.ymax)) return "window must have ymin < ymax";
  return "";
}

void fill_surface_grid(SurfaceKind kind, const SurfaceWindow& window, int nx, int ny, float* out) {
  const double dx = (double(window.xmax) - window.xmin) / nx;
  const double dy = (double(window.ymax) - window.ymin) / ny;
  for (int j = 0; j < ny; ++j) {
    // w2 = ymax - (j + 0.5)*dy : image rows run top to bottom
    const double w2 = window.ymax - (j + 0.5) * dy;
    for (int i = 0; i < nx; ++i) {
      // w1 = xmin + (i + 0.5)*dx
      const double w1 = window.xmin + (i + 0.5) * dx;
      out[static_cast<long>(j) * nx + i] = static_cast<float>(surface_loss(kind, w1, w2));
    }
  }
}

}  // namespace dp
