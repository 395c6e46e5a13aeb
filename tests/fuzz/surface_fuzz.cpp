// Fuzzes the loss-surface requests. Input: "grid <surface>" or "path
// <surface>" on the first line, the options JSON after it. Requests that
// parse are run (small ones only) and their output checked.
#include <cstddef>
#include <cstdint>
#include <vector>

#include "fuzz_support.hpp"
#include "surfaces/surface_requests.hpp"

using namespace dp_fuzz;

namespace {

void run_grid(const std::string& surface, const std::string& json) {
  const dp::GridRequest request = dp::parse_grid_request(surface, json);
  if (!request.error.empty()) return;
  require(request.nx >= 1 && request.ny >= 1, "an empty grid passed");
  require(request.window.xmin < request.window.xmax && request.window.ymin < request.window.ymax, "an empty window");
  const std::size_t cells = std::size_t(request.nx) * std::size_t(request.ny);
  if (cells > (1u << 16)) return;
  std::vector<float> out(cells + 1, -7.0f);  // one sentinel past the end
  dp::fill_surface_grid(request.kind, request.window, request.nx, request.ny, out.data());
  require(out[cells] == -7.0f, "fill_surface_grid wrote past nx * ny");
  for (std::size_t i = 0; i < cells; ++i) require(!(out[i] < 0.0f), "a negative loss on the grid");
}

void run_path(const std::string& surface, const std::string& json) {
  const dp::PathRequest request = dp::parse_path_request(surface, json);
  if (!request.error.empty()) return;
  const dp::PathOptions& o = request.options;
  if (o.steps > 20000) return;
  const std::size_t floats = dp::path_buffer_size(o.steps);
  std::vector<float> out(floats + 1, -7.0f);
  const dp::PathResult result = dp::run_optimizer_path(o, out.data());
  require(out[floats] == -7.0f, "run_optimizer_path wrote past its buffer");
  require(result.points >= 1 && result.points <= o.steps + 1, "points outside 1..steps + 1");
  require(result.diverged || result.points == o.steps + 1, "a path stopped early without diverging");
  for (int p = 0; p + 1 < result.points; ++p)
    require(std::isfinite(out[p * 3 + 2]) && out[p * 3 + 2] <= dp::kDivergedLoss, "a diverged point before the last");
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string text = text_of(data, size);
  const std::size_t newline = text.find('\n');
  if (newline == std::string::npos || newline < 5) return 0;
  const std::string mode = text.substr(0, 5), surface = text.substr(5, newline - 5), json = text.substr(newline + 1);
  if (mode == "grid ") run_grid(surface, json);
  if (mode == "path ") run_path(surface, json);
  return 0;
}
