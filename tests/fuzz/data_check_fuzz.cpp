// Fuzzes the data check with float arrays for a few fixed specs. Input bytes:
// [0] which spec, [1] where x ends and y begins (as a share of the numbers),
// [2] how to read the rest: raw little-endian float32 (any bit pattern: NaN,
// Infinity, denormals), or one signed byte per number scaled by 1/8 or 1 (so
// that valid class ids and shapes are easy to reach). Data that passes
// check_data must train, evaluate and predict without a sanitizer report.
// Finite but extreme data (|x| ~ 1e19) with learning rate 100 can overflow a
// weight in one accepted step, as it would in Keras; then the next step must
// see it: fit reports divergence instead of training on. The memory plans
// take the same lengths scaled up to 2^40 times: each answers "" or a message
// naming the call and its MiB, and what a length refuses, a longer one does.
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string>
#include <utility>
#include <vector>

#include "data_check.hpp"
#include "fuzz_support.hpp"
#include "spec_parser.hpp"

using namespace dp_fuzz;

namespace {

const char* const kSpecs[] = {
    R"({"inputs":2,"layers":[{"type":"dense","units":3,"activation":"tanh"},{"type":"dense","units":1,"activation":"sigmoid"}],"loss":"binary_crossentropy","optimizer":{"type":"sgd","learningRate":0.5,"momentum":0.9}})",
    R"({"inputs":3,"layers":[{"type":"dense","units":4,"activation":"relu"},{"type":"dropout","rate":0.5},{"type":"dense","units":4,"activation":"softmax"}],"loss":"sparse_categorical_crossentropy","optimizer":"adam"})",
    R"({"inputs":1,"layers":[{"type":"dense","units":3,"activation":"softmax"}],"loss":"categorical_crossentropy","optimizer":{"type":"rmsprop","centered":true}})",
    R"({"inputs":2,"layers":[{"type":"dense","units":2,"activation":"softmax"}],"loss":"nll"})",
    R"({"inputs":2,"layers":[{"type":"dense","units":5,"activation":"elu","kernelRegularizer":{"l1":0.01,"l2":0.01}},{"type":"dense","units":2,"activation":"linear"}],"loss":"mse","optimizer":{"type":"sgd","learningRate":100}})",
    R"({"inputs":1,"layers":[{"type":"dense","units":2,"activation":"gelu"},{"type":"dense","units":1,"activation":"leaky_relu"}],"loss":"mae","optimizer":{"type":"adam","learningRate":100}})",
};
constexpr std::size_t kSpecCount = sizeof kSpecs / sizeof kSpecs[0];

const dp::ValidSpec& spec(std::size_t i) {
  static std::vector<dp::ValidSpec> specs;
  if (specs.empty()) {
    for (std::size_t s = 0; s < kSpecCount; ++s) {
      const dp::SpecResult r = dp::parse_spec(kSpecs[s]);
      require(r.error.empty(), "fixed spec " + std::to_string(s) + ": " + r.error);
      specs.push_back(*r.valid);
    }
  }
  return specs[i];
}

std::vector<float> numbers(const std::uint8_t* data, std::size_t size, std::uint8_t mode) {
  std::vector<float> out;
  if (mode % 3 == 0) {
    out.resize(size / 4);
    if (!out.empty()) std::memcpy(out.data(), data, out.size() * 4);
  } else {
    const float scale = mode % 3 == 1 ? 0.125f : 1.0f;
    for (std::size_t i = 0; i < size; ++i) out.push_back(float(static_cast<std::int8_t>(data[i])) * scale);
  }
  return out;
}

void fill(dp::FloatBuffer& buffer, const float* v, std::size_t n) {
  buffer.resize(n);
  if (n) std::memcpy(buffer.data(), v, n * sizeof(float));
}

// plan(length) for lengths `scale` times x_len and y_len and twice that: messages well formed, refusals monotonic.
void check_plans(const dp::ModelSession& session, double x_len, double y_len, double scale) {
  const auto plans = [&](double k) {
    return std::vector<std::pair<std::string, std::string>>{
        {"fit", session.plan_fit(R"({"batchSize":1000000})", k * x_len, k * y_len, k * x_len, k * y_len)},
        {"trainBatch", session.plan_train_batch(k * x_len, k * y_len)},
        {"evaluate", session.plan_evaluate("evaluate", k * x_len, k * y_len)},
        {"predict", session.plan_predict(k * x_len)},
        {"layerOutputs", session.plan_layer_outputs(k * x_len)},
    };
  };
  const auto once = plans(scale), twice = plans(2 * scale);
  for (std::size_t i = 0; i < once.size(); ++i) {
    const auto& [call, error] = once[i];
    require(error.empty() || (error.rfind(call + ": ", 0) == 0 && error.find(" MiB") != std::string::npos),
            "a memory refusal that does not name the call and its size: " + error);
    require(error.empty() || !twice[i].second.empty(), call + ": a longer call passed where a shorter was refused");
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size < 3) return 0;
  const dp::ValidSpec& valid = spec(data[0] % kSpecCount);
  const dp::ModelSpec& s = valid.get();
  const std::vector<float> v = numbers(data + 3, size - 3, data[2]);
  const std::size_t x_len = v.size() * data[1] / 255;
  const float* x = v.data();
  const float* y = v.data() + x_len;
  const std::size_t y_len = v.size() - x_len;

  check_plans(dp::ModelSession(valid), double(x_len), double(y_len), double(1ull << (data[1] % 41)));
  const dp::DataCheck check = dp::check_data(s, x, x_len, y, y_len, "data");
  if (!check.error.empty()) {
    require(check.error.rfind("data.", 0) == 0, "a message that does not name the array: " + check.error);
    require(check.rows == 0, "rows reported for rejected data");
    return 0;
  }
  require(check.rows * std::size_t(s.inputs) == x_len && check.rows * std::size_t(s.label_width()) == y_len,
          "check_data passed data of the wrong shape");

  dp::ModelSession session(valid);
  dp::FloatBuffer bx, by, out;
  fill(bx, x, x_len);
  fill(by, y, y_len);
  require(session.train_batch(bx, by).empty(), "train_batch rejected data check_data passed");
  bool finite = true;
  for (std::size_t i = 0; i < session.parameter_count(); ++i)
    finite = finite && all_finite(session.parameter_data(i), session.parameter_size(i));
  const std::string options = R"({"epochs":1,"batchSize":)" + std::to_string(1 + data[1] % 7) + "}";
  require(session.prepare_fit(options, bx, by).empty(), "prepare_fit rejected data check_data passed");
  const dp::EpochResult epoch = session.fit_epoch(bx, by);
  require(finite || epoch.diverged, "fit trained on after a step left non-finite weights");
  require(session.evaluate(bx, by, "data").empty(), "evaluate rejected data check_data passed");
  require(session.predict(bx, out).empty(), "predict rejected inputs check_data passed");
  require(out.size() == check.rows * std::size_t(s.outputs()), "predict wrote the wrong number of outputs");
  return 0;
}
