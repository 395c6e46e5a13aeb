// The trainer: it learns, batches as documented, stops on divergence with a
// finite model, reports the penalty, and trains without allocating.
#include <doctest/doctest.h>

#include <cmath>
#include <cstdlib>
#include <new>
#include <string>
#include <vector>

#include "losses/loss.hpp"
#include "model.hpp"
#include "spec_parser.hpp"
#include "trainer.hpp"

// Every global allocation in the program goes through these; only the ones
// inside a counting window are counted (doctest allocates outside them).
namespace {
bool g_counting = false;
std::size_t g_allocations = 0;

void* counted_malloc(std::size_t n) {
  if (g_counting) ++g_allocations;
  return std::malloc(n ? n : 1);
}
void* counted_aligned(std::size_t n, std::align_val_t al) {
  if (g_counting) ++g_allocations;
  const std::size_t a = static_cast<std::size_t>(al);
  return std::aligned_alloc(a, (n + a - 1) / a * a);
}
// Out of line, so that GCC does not pair an inlined free() with a new-expression
// and warn (-Wmismatched-new-delete): both sides here are malloc/free.
[[gnu::noinline]] void release(void* p) noexcept { std::free(p); }
}  // namespace

void* operator new(std::size_t n) {
  if (void* p = counted_malloc(n)) return p;
  throw std::bad_alloc();
}
void* operator new[](std::size_t n) { return operator new(n); }
void* operator new(std::size_t n, const std::nothrow_t&) noexcept { return counted_malloc(n); }
void* operator new[](std::size_t n, const std::nothrow_t&) noexcept { return counted_malloc(n); }
void* operator new(std::size_t n, std::align_val_t al) {
  if (void* p = counted_aligned(n, al)) return p;
  throw std::bad_alloc();
}
void* operator new[](std::size_t n, std::align_val_t al) { return operator new(n, al); }

void operator delete(void* p) noexcept { release(p); }
void operator delete[](void* p) noexcept { release(p); }
void operator delete(void* p, std::size_t) noexcept { release(p); }
void operator delete[](void* p, std::size_t) noexcept { release(p); }
void operator delete(void* p, std::align_val_t) noexcept { release(p); }
void operator delete[](void* p, std::align_val_t) noexcept { release(p); }
void operator delete(void* p, std::size_t, std::align_val_t) noexcept { release(p); }
void operator delete[](void* p, std::size_t, std::align_val_t) noexcept { release(p); }

namespace {

using Vec = std::vector<float>;

struct Data {
  Vec x, y;
  std::size_t n = 0;
  dp::DataView view() const { return {x.data(), y.data(), n}; }
};

// Points in [-1, 1]^2; label 1 inside a circle of radius 0.6 (or the XOR quadrants).
Data planar(std::size_t n, bool xor_quadrants, std::uint64_t seed) {
  dp::Rng rng(seed);
  Data d;
  d.n = n;
  for (std::size_t i = 0; i < n; ++i) {
    const float a = rng.uniform(-1, 1), b = rng.uniform(-1, 1);
    d.x.insert(d.x.end(), {a, b});
    d.y.push_back(xor_quadrants ? (a * b > 0 ? 1.0f : 0.0f) : (a * a + b * b < 0.36f ? 1.0f : 0.0f));
  }
  return d;
}

// y = 3x + 1 on x in [-2, 2].
Data line(std::size_t n) {
  Data d;
  d.n = n;
  for (std::size_t i = 0; i < n; ++i) {
    const float x = -2.0f + 4.0f * float(i) / float(n - 1);
    d.x.push_back(x);
    d.y.push_back(3.0f * x + 1.0f);
  }
  return d;
}

dp::ValidSpec parse(const std::string& json) {
  dp::SpecResult parsed = dp::parse_spec(json);
  INFO(json);
  REQUIRE(parsed.error == "");
  return *parsed.valid;
}

std::string classifier(const std::string& optimizer, const std::string& extra_layers = "") {
  return R"({"inputs":2,"layers":[{"type":"dense","units":12,"activation":"tanh"},)" + extra_layers +
         R"({"type":"dense","units":1,"activation":"sigmoid"}],"loss":"binary_crossentropy","optimizer":)" + optimizer +
         R"(,"seed":3})";
}

// A single linear unit on mse, with `extra` JSON members (an optimizer, a seed) appended.
std::string linear_mse(const std::string& extra = "") {
  return R"({"inputs":1,"layers":[{"type":"dense","units":1}],"loss":"mse")" + (extra.empty() ? "" : "," + extra) + "}";
}

// The model's first epoch on `data` in unshuffled batches of `batch`.
dp::EpochResult first_epoch(dp::Model& model, const Data& data, std::size_t batch) {
  dp::Trainer trainer(model);
  const dp::FitOptions options{batch, false};
  trainer.prepare(data.n, options);
  return trainer.fit_epoch(data.view(), options);
}

bool all_finite(const dp::Model& model) {
  for (const dp::Parameter& p : model.parameters())
    for (std::size_t i = 0; i < p.value.size(); ++i)
      if (!std::isfinite(p.value.flat(i))) return false;
  return true;
}

}  // namespace

TEST_CASE("the trainer learns circle and xor data to high accuracy") {
  for (bool xor_quadrants : {false, true}) {
    CAPTURE(xor_quadrants);
    const Data train = planar(300, xor_quadrants, 1), test = planar(200, xor_quadrants, 2);
    dp::Model model(parse(classifier(R"({"type":"adam","learningRate":0.03})")));
    dp::Trainer trainer(model);
    const dp::FitOptions options{16, true};
    trainer.prepare(train.n, options);
    dp::EpochResult last;
    for (int epoch = 0; epoch < 150; ++epoch) last = trainer.fit_epoch(train.view(), options);
    CHECK_FALSE(last.diverged);
    CHECK(last.accuracy > 0.93f);
    CHECK(trainer.evaluate(test.view()).accuracy > 0.9f);
  }
}

TEST_CASE("batchSize N, 1 and k give 1, N and ceil(N / k) optimizer steps per epoch") {
  const Data data = planar(10, false, 4);
  for (auto [batch, steps] : {std::pair<std::size_t, long>{10, 1}, {1, 10}, {3, 4}, {4, 3}, {32, 1}}) {
    CAPTURE(batch);
    dp::Model model(parse(classifier(R"("sgd")")));
    dp::Trainer trainer(model);
    const dp::FitOptions options{batch, true};
    trainer.prepare(data.n, options);
    trainer.fit_epoch(data.view(), options);
    CHECK(model.steps() == steps);
    trainer.fit_epoch(data.view(), options);
    CHECK(model.steps() == 2 * steps);
  }
}

TEST_CASE("the epoch loss is the sample-weighted mean of its batch losses") {
  const Data data = planar(10, false, 5);
  const std::string json = classifier(R"({"type":"sgd","learningRate":0.5})");
  dp::Model model(parse(json)), twin(parse(json));
  dp::Trainer trainer(model);
  const dp::FitOptions options{4, false};  // batches of 4, 4, 2 in order
  trainer.prepare(data.n, options);
  const dp::EpochResult epoch = trainer.fit_epoch(data.view(), options);
  double sum = 0.0;
  for (std::size_t first = 0; first < 10; first += 4) {
    const std::size_t rows = std::min<std::size_t>(4, 10 - first);
    sum += double(twin.train_step(&data.x[first * 2], &data.y[first], rows).loss) * rows;
  }
  CHECK(epoch.loss == doctest::Approx(sum / 10).epsilon(1e-6));
}

TEST_CASE("a huge learning rate is reported as divergence with its step and a finite last loss; weights stay finite") {
  const Data data = line(20);
  dp::Model model(parse(linear_mse(R"("optimizer":{"type":"sgd","learningRate":50},"seed":1)")));
  dp::Trainer trainer(model);
  const dp::FitOptions options{5, true};
  trainer.prepare(data.n, options);
  dp::EpochResult result;
  for (int epoch = 0; epoch < 20 && !result.diverged; ++epoch) result = trainer.fit_epoch(data.view(), options);
  REQUIRE(result.diverged);
  CHECK(result.step == double(model.steps() + 1));  // the step that was refused
  CHECK(result.step >= 2);
  CHECK(std::isfinite(result.last_loss));
  CHECK(result.last_loss > 0.0f);
  CHECK(all_finite(model));
  CHECK(std::isfinite(trainer.evaluate(data.view()).loss));
}

TEST_CASE("a first step that diverges has no last finite loss: NaN, never a made-up 0") {
  Data data = line(4);
  for (float& y : data.y) y = 1e30f;  // (p - y)^2 overflows float32 at once
  dp::Model model(parse(linear_mse()));
  const dp::EpochResult result = first_epoch(model, data, 4);
  REQUIRE(result.diverged);
  CHECK(result.step == 1.0);
  CHECK(std::isnan(result.last_loss));
  CHECK(all_finite(model));
}

TEST_CASE("an update that overflows a weight is divergence at that step, even the epoch's last") {
  // one step of w -= 1e38 * dL/dw on y = 3x + 1: the kernel leaves float32's range
  const Data data = line(4);
  dp::Model model(parse(linear_mse(R"("optimizer":{"type":"sgd","learningRate":1e38})")));
  const dp::EpochResult result = first_epoch(model, data, 4);
  REQUIRE(result.diverged);
  CHECK(result.step == 1.0);
  CHECK(model.steps() == 1);
  CHECK(std::isfinite(result.last_loss));  // the loss before the update
  CHECK_FALSE(all_finite(model));
}

TEST_CASE("a far too large learning rate (1e30) diverges within a few steps, as the next loss explodes") {
  const Data data = line(20);
  dp::Model model(parse(linear_mse(R"("optimizer":{"type":"sgd","learningRate":1e30},"seed":1)")));
  const dp::EpochResult result = first_epoch(model, data, 5);
  REQUIRE(result.diverged);
  CHECK(result.step == 2.0);
  CHECK(std::isfinite(result.last_loss));
  CHECK(all_finite(model));
}

TEST_CASE("evaluate reports the data loss plus the regularization penalty, with dropout off") {
  const Data data = planar(40, true, 6);
  dp::Model model(parse(R"({"inputs":2,"layers":[{"type":"dense","units":8,"activation":"relu",)"
                        R"("kernelRegularizer":{"l1":0.01,"l2":0.1}},{"type":"dropout","rate":0.5},)"
                        R"({"type":"dense","units":1,"activation":"sigmoid"}],"loss":"binary_crossentropy"})"));
  dp::Trainer trainer(model);
  Vec p(40);
  trainer.predict(data.x.data(), data.n, p.data());
  model.forward(data.x.data(), data.n, false);
  const float data_loss = model.data_loss(data.y.data(), data.n);
  CHECK(model.penalty() > 0.01f);
  const dp::Evaluation e1 = trainer.evaluate(data.view()), e2 = trainer.evaluate(data.view());
  CHECK(e1.loss == doctest::Approx(data_loss + model.penalty()).epsilon(1e-6));
  CHECK(e1.loss == e2.loss);  // deterministic: no dropout at inference
  std::size_t right = 0;
  for (std::size_t i = 0; i < 40; ++i) right += (p[i] > 0.5f) == (data.y[i] > 0.5f);
  CHECK(e1.accuracy == doctest::Approx(double(right) / 40));
}

TEST_CASE("regression losses report no accuracy (NaN), as Keras has none for them") {
  const Data data = line(8);
  dp::Model model(parse(R"({"inputs":1,"layers":[{"type":"dense","units":1}],"loss":"mae"})"));
  dp::Trainer trainer(model);
  trainer.prepare(data.n, {4, true});
  CHECK(std::isnan(trainer.fit_epoch(data.view(), {4, true}).accuracy));
  CHECK(std::isnan(trainer.evaluate(data.view()).accuracy));
}

TEST_CASE("the allocation counter sees allocations (control for the zero-allocation test)") {
  dp::Model model(parse(classifier(R"("adam")")), 4);
  g_allocations = 0;
  g_counting = true;
  model.reserve(1024);  // grows every batch buffer
  g_counting = false;
  CHECK(g_allocations > 0);
}

TEST_CASE("training steps allocate nothing, for every optimizer, loss and dense+dropout model") {
  const Data data = planar(50, true, 7);
  Vec classes(50);
  for (std::size_t i = 0; i < 50; ++i) classes[i] = data.y[i];
  const char* const optimizers[] = {R"("sgd")",
                                    R"({"type":"sgd","momentum":0.9,"nesterov":true})",
                                    R"({"type":"sgd","momentum":0.9,"dampening":0.9})",
                                    R"("rmsprop")",
                                    R"({"type":"rmsprop","momentum":0.5,"centered":true})",
                                    R"({"type":"adam","schedule":{"type":"cosine","decaySteps":100,"warmupSteps":5}})"};
  const char* const outputs[] = {R"({"type":"dense","units":1,"activation":"sigmoid"}],"loss":"binary_crossentropy")",
                                 R"({"type":"dense","units":2,"activation":"softmax"}],"loss":"nll")",
                                 R"({"type":"dense","units":1}],"loss":"mse")"};
  for (const char* optimizer : optimizers)
    for (const char* output : outputs) {
      const std::string json = R"({"inputs":2,"layers":[{"type":"dense","units":16,"activation":"relu",)"
                               R"("kernelRegularizer":{"l1":0.001,"l2":0.001}},{"type":"dropout","rate":0.3},)"
                               R"({"type":"dense","units":8,"activation":"gelu"},{"type":"dropout","rate":0.1},)" +
                               std::string(output) + R"(,"optimizer":)" + optimizer + "}";
      CAPTURE(json);
      dp::Model model(parse(json));
      dp::Trainer trainer(model);
      const dp::FitOptions options{7, true};  // 7 batches of 7 and one of 1
      trainer.prepare(data.n, options);
      trainer.fit_epoch(data.view(), options);  // warm-up
      g_allocations = 0;
      g_counting = true;
      for (int epoch = 0; epoch < 3; ++epoch) trainer.fit_epoch(data.view(), options);
      g_counting = false;
      CHECK(g_allocations == 0);
      CHECK(model.steps() == 4 * 8);
    }
}
