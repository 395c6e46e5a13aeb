// The loss of a surface sampled on a grid, for the lessons' heatmaps.
#pragma once
#include <string>

#include "surface.hpp"

namespace dp {

// Returns "" or a message naming the bad argument: nx and ny in 1..4096, a
// finite window with xmin < xmax and ymin < ymax.
std::string validate_surface_grid(const SurfaceWindow& window, int nx, int ny);

// Fills out[nx*ny] row-major like an image: row 0 is the top (w2 = ymax side),
// column 0 the left (w1 = xmin side). Each value is the loss at its pixel's
// centre, so pixel (i, j) covers its own 1/nx by 1/ny share of the window.
// Trusts its arguments (see validate_surface_grid); allocates nothing.
void fill_surface_grid(SurfaceKind kind, const SurfaceWindow& window, int nx, int ny, float* out);

// Returns "" or, when not one of the n values filled in is finite (a window so
// far out that every loss overflows float32), a message naming the window.
std::string check_surface_values(const SurfaceWindow& window, const float* values, std::size_t n);

}  // namespace dp
