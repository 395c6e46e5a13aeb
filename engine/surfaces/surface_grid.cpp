#include "surface_grid.hpp"

#include <algorithm>
#include <cmath>
#include <sstream>

#include <xtensor/xbuilder.hpp>
#include <xtensor/xnoalias.hpp>
#include <xtensor/xvectorize.hpp>
#include <xtensor/xview.hpp>

#include "../tensor_view.hpp"

namespace dp {

std::string validate_surface_grid(const SurfaceWindow& window, int nx, int ny) {
  if (nx < 1 || nx > 4096) return "nx must be an integer in 1..4096 (got " + std::to_string(nx) + ")";
  if (ny < 1 || ny > 4096) return "ny must be an integer in 1..4096 (got " + std::to_string(ny) + ")";
  const bool finite = std::isfinite(window.xmin) && std::isfinite(window.xmax) && std::isfinite(window.ymin) &&
                      std::isfinite(window.ymax);
  if (!finite) return "window must have finite xmin, xmax, ymin and ymax";
  if (!(window.xmin < window.xmax)) return "window must have xmin < xmax";
  if (!(window.ymin < window.ymax)) return "window must have ymin < ymax";
  return "";
}

void fill_surface_grid(SurfaceKind kind, const SurfaceWindow& window, int nx, int ny, float* out) {
  const double dx = (double(window.xmax) - window.xmin) / nx;
  const double dy = (double(window.ymax) - window.ymin) / ny;
  // w1[i] = xmin + (i + 0.5)*dx across, w2[j] = ymax - (j + 0.5)*dy down: image rows run top to bottom
  const auto w1 = double(window.xmin) + (xt::arange<double>(nx) + 0.5) * dx;
  const auto w2 = double(window.ymax) - (xt::arange<double>(ny) + 0.5) * dy;
  // out[j, i] = L(w1[i], w2[j])
  const auto loss = xt::vectorize([kind](double a, double b) { return float(surface_loss(kind, a, b)); });
  auto grid = matrix_view(out, std::size_t(ny), std::size_t(nx));
  xt::noalias(grid) = loss(xt::view(w1, xt::newaxis(), xt::all()), xt::view(w2, xt::all(), xt::newaxis()));
}

std::string check_surface_values(const SurfaceWindow& window, const float* values, std::size_t n) {
  if (std::any_of(values, values + n, [](float v) { return std::isfinite(v); })) return "";
  std::ostringstream text;
  text << "window: [" << window.xmin << ", " << window.xmax << ", " << window.ymin << ", " << window.ymax
       << "] is too far out: every loss in it is NaN or Infinity in float32; choose a window nearer the minimum";
  return text.str();
}

}  // namespace dp
