// The memory budget of one call (limits.hpp, call_memory.hpp): a call over it
// is refused before it allocates, names its size and the limit, and leaves
// the model as it was; spec text is capped before it is parsed.
#include <doctest/doctest.h>

#include <algorithm>
#include <string>

#include "call_memory.hpp"
#include "limits.hpp"
#include "model_session.hpp"

namespace {

// 1 input, a hidden layer of `units`, 1 linear output, mse.
std::unique_ptr<dp::ModelSession> wide_model(int units) {
  dp::SessionResult built = dp::open_session(R"({"inputs":1,"layers":[{"type":"dense","units":)" +
                                             std::to_string(units) + R"(},{"type":"dense","units":1}],"loss":"mse"})");
  REQUIRE(built.error == "");
  return std::move(built.session);
}

dp::FloatBuffer filled(std::size_t n, float value) {
  dp::FloatBuffer buffer;
  buffer.resize(n);
  std::fill(buffer.data(), buffer.data() + n, value);
  return buffer;
}

}  // namespace

TEST_CASE("a call within the budget passes; one over it is named with its size and the limit") {
  CHECK(dp::check_call_memory("predict", 1 << 20) == "");
  CHECK(dp::check_call_budget("predict", dp::kMaxCallBytes) == "");
  CHECK(dp::check_call_budget("fit", 3.0 * (1 << 30)) ==
        "fit: needs 3072 MiB of working memory, over the limit of 256 MiB per call (use fewer rows, a smaller "
        "batchSize or narrower layers)");
  CHECK(dp::mib_text(1.5 * (1 << 20)) == "1.5 MiB");
}

TEST_CASE("an oversized batch is refused without growing the model, and a small one then trains") {
  auto session = wide_model(4096);
  const std::size_t rows_before = session->model().max_rows();
  const dp::FloatBuffer big = filled(100000, 0.5f);
  const std::string error = session->train_batch(big, big);
  CHECK(error.rfind("trainBatch: needs ", 0) == 0);
  CHECK(error.find("over the limit of 256 MiB per call") != std::string::npos);
  CHECK(session->model().max_rows() == rows_before);
  CHECK(session->model().steps() == 0);

  const dp::FloatBuffer x = filled(2, 0.5f), y = filled(2, 1.0f);
  CHECK(session->train_batch(x, y) == "");
  CHECK(session->model().steps() == 1);
}

TEST_CASE("predict and layer_outputs refuse before sizing their outputs; plans read lengths alone") {
  dp::SessionResult built = dp::open_session(R"({"inputs":1,"layers":[{"type":"dense","units":4096}],"loss":"mse"})");
  REQUIRE(built.error == "");
  auto& session = built.session;
  dp::FloatBuffer out;
  CHECK(session->predict(filled(100000, 0.5f), out).rfind("predict: needs ", 0) == 0);
  CHECK(out.size() == 0);
  CHECK(session->layer_outputs(filled(100000, 0.5f)).rfind("layerOutputs: needs ", 0) == 0);
  CHECK(session->plan_predict(100) == "");
  CHECK(session->plan_evaluate("evaluate", 4e7, 4e7).rfind("evaluate: needs ", 0) == 0);
  CHECK(session->plan_fit(R"({"batchSize":8})", 1e5, 1e5, 0, 0) == "");
  CHECK(session->plan_fit(R"({"batchSize":100000})", 1e5, 1e5, 0, 0).rfind("fit: needs ", 0) == 0);
  CHECK(session->plan_fit(R"({"batchSize":0})", 1, 1, 0, 0) == "options.batchSize: 0 must be an integer in 1..1000000");
}

TEST_CASE("spec text is capped at kMaxSpecText characters (not bytes) before parsing") {
  CHECK(dp::parse_spec(std::string(dp::kMaxSpecText + 1, '[')).error ==
        "spec: 100001 characters of JSON; at most 100000 are read");
  CHECK(dp::parse_spec(std::string(40000000, '[')).error ==
        "spec: 40000000 characters of JSON; at most 100000 are read");
  CHECK(dp::parse_spec(std::string(dp::kMaxSpecText, '[')).error == "spec: not valid JSON");
  // 60,000 two-byte characters: 120,000 bytes, within the cap
  std::string accents;
  for (int i = 0; i < 60000; ++i) accents += "\xc3\xa9";
  CHECK(dp::parse_spec("\"" + accents + "\"").error.rfind("spec: '", 0) == 0);
}
