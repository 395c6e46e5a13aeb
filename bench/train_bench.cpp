// Trains one spec natively and times it one epoch at a time, the way the JS
// bench times model.fit({epochs: 1}): the native side of the WASM/native ratio.
// usage: dp_train_bench SPEC_JSON FIT_OPTIONS_JSON X.f32 Y.f32 WARMUP_EPOCHS TIMED_EPOCHS
// x and y are raw little-endian float32 files; prints one JSON line.
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>

#include "model_session.hpp"

namespace {

bool read_floats(const char* path, dp::FloatBuffer& out) {
  std::FILE* f = std::fopen(path, "rb");
  if (!f) return false;
  std::fseek(f, 0, SEEK_END);
  const long bytes = std::ftell(f);
  std::fseek(f, 0, SEEK_SET);
  out.resize(std::size_t(bytes) / sizeof(float));
  const bool ok = std::fread(out.data(), sizeof(float), out.size(), f) == out.size();
  std::fclose(f);
  return ok;
}

double now_ms() {
  return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now().time_since_epoch()).count();
}

}  // namespace

int main(int argc, char** argv) {
  if (argc != 7) {
    std::fprintf(stderr, "usage: %s SPEC_JSON FIT_OPTIONS_JSON X.f32 Y.f32 WARMUP TIMED\n", argv[0]);
    return 2;
  }
  const dp::SessionResult built = dp::open_session(argv[1]);
  dp::FloatBuffer x, y;
  if (!built.session || !read_floats(argv[3], x) || !read_floats(argv[4], y)) {
    std::fprintf(stderr, "bad spec or data: %s\n", built.error.c_str());
    return 1;
  }
  const int warmup = std::atoi(argv[5]), timed = std::atoi(argv[6]);
  dp::ModelSession& session = *built.session;
  std::vector<double> epoch_ms;
  for (int epoch = 0; epoch < warmup + timed; ++epoch) {
    const double t0 = now_ms();
    // What one model.fit({epochs: 1}) asks of the engine: validate and size, then one epoch.
    const std::string error = session.prepare_fit(argv[2], x, y);
    if (!error.empty()) {
      std::fprintf(stderr, "%s\n", error.c_str());
      return 1;
    }
    session.fit_epoch(x, y);
    if (epoch >= warmup) epoch_ms.push_back(now_ms() - t0);
  }
  std::printf("{\"epochMs\":[");
  for (std::size_t i = 0; i < epoch_ms.size(); ++i) std::printf("%s%.4f", i ? "," : "", epoch_ms[i]);
  std::printf("]}\n");
  return 0;
}
