// Reads the JSON requests of the JS API for surfaces: a heatmap grid and an
// optimizer path, checked here so the surface code trusts its inputs.
#pragma once
#include <string>

#include "optimizer_path.hpp"
#include "surface_grid.hpp"

namespace dp {

struct GridRequest {
  SurfaceKind kind = SurfaceKind::bowl;
  SurfaceWindow window{};
  int nx = 64, ny = 64;
  std::string error;
};

// json: {"nx", "ny", "window": [xmin, xmax, ymin, ymax]}; the window defaults
// to the surface's natural view.
GridRequest parse_grid_request(const std::string& surface, const std::string& json_text);

struct PathRequest {
  PathOptions options;
  std::string error;
};

// json: {"optimizer", "start": [w1, w2], "steps", "gradientNoise", "seed"};
// the start defaults to the surface's own.
PathRequest parse_path_request(const std::string& surface, const std::string& json_text);

}  // namespace dp
