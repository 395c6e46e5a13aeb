#include "surface_requests.hpp"

#include <cmath>

#include "../json_fields.hpp"
#include "../optimizer_reader.hpp"

namespace dp {
namespace {

// Reads a fixed-length array of finite numbers into out[0..n).
void read_numbers(JsonFields& f, const char* key, float* out, std::size_t n) {
  if (!f.ok() || !f.has(key)) return;
  const Json& value = f.get(key);
  bool fits = value.is_array() && value.size() == n;
  for (std::size_t i = 0; fits && i < n; ++i) fits = value[i].is_number() && std::isfinite(value[i].get<double>());
  if (!fits)
    return f.fail(f.field(key), describe(value) + " must be an array of " + std::to_string(n) + " finite numbers");
  for (std::size_t i = 0; i < n; ++i) out[i] = value[i].get<float>();
}

Json parse_object(const std::string& text, std::string& error) {
  Json value = Json::parse(text, nullptr, false);
  if (value.is_discarded()) error = "options: not valid JSON";
  return value;
}

}  // namespace

GridRequest parse_grid_request(const std::string& surface, const std::string& json_text) {
  GridRequest request;
  request.error = parse_surface_kind(surface, request.kind);
  if (!request.error.empty()) return request;
  request.window = surface_info(request.kind).window;
  const Json root = parse_object(json_text, request.error);
  if (!request.error.empty()) return request;
  JsonFields f(root, "", request.error);
  f.only({"nx", "ny", "window"});
  long long nx = request.nx, ny = request.ny;
  f.integer("nx", nx, 1, 4096);
  f.integer("ny", ny, 1, 4096);
  float window[4] = {request.window.xmin, request.window.xmax, request.window.ymin, request.window.ymax};
  read_numbers(f, "window", window, 4);
  if (!f.ok()) return request;
  request.nx = static_cast<int>(nx);
  request.ny = static_cast<int>(ny);
  request.window = {window[0], window[1], window[2], window[3]};
  request.error = validate_surface_grid(request.window, request.nx, request.ny);
  return request;
}

PathRequest parse_path_request(const std::string& surface, const std::string& json_text) {
  PathRequest request;
  SurfaceKind kind = SurfaceKind::bowl;
  request.error = parse_surface_kind(surface, kind);
  if (!request.error.empty()) return request;
  PathOptions& o = request.options = default_path_options(kind);
  const Json root = parse_object(json_text, request.error);
  if (!request.error.empty()) return request;
  JsonFields f(root, "", request.error);
  f.only({"optimizer", "start", "steps", "gradientNoise", "seed"});
  long long steps = o.steps, seed = o.seed;
  f.integer("steps", steps, 1, 100000);
  f.integer("seed", seed, 0, 4294967295LL);
  f.number("gradientNoise", o.gradient_noise, 0.0f, 100.0f);
  float start[2] = {o.start_w1, o.start_w2};
  read_numbers(f, "start", start, 2);
  if (f.ok() && f.has("optimizer")) read_optimizer(f.get("optimizer"), o.optimizer, request.error);
  if (!request.error.empty()) return request;
  o.steps = static_cast<int>(steps);
  o.seed = static_cast<std::uint32_t>(seed);
  o.start_w1 = start[0];
  o.start_w2 = start[1];
  request.error = validate_path_options(o);
  return request;
}

}  // namespace dp
