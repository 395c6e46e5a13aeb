// The model's building blocks: determinism, initializers, the Keras weight
// layout, dropout's two modes and the GEMM every dense layer relies on.
#include <doctest/doctest.h>

#include <cmath>
#include <cstring>
#include <string>
#include <vector>

#include "gemm.hpp"
#include "initializers.hpp"
#include "layers/dropout.hpp"
#include "model.hpp"
#include "spec_parser.hpp"
#include "trainer.hpp"

using doctest::Approx;

namespace {

using Vec = std::vector<float>;

dp::ValidSpec parse(const std::string& json) {
  dp::SpecResult parsed = dp::parse_spec(json);
  INFO(json);
  REQUIRE(parsed.error == "");
  return *parsed.valid;
}

std::string classifier(int seed, const std::string& initializer = "glorot_uniform") {
  return R"({"inputs":2,"layers":[{"type":"dense","units":16,"activation":"relu","kernelInitializer":")" + initializer +
         R"("},{"type":"dropout","rate":0.3},{"type":"dense","units":1,"activation":"sigmoid"}],)"
         R"("loss":"binary_crossentropy","optimizer":{"type":"adam","learningRate":0.01},"seed":)" +
         std::to_string(seed) + "}";
}

struct Run {
  Vec losses;
  std::vector<Vec> weights;
};

Run train(const std::string& json, int epochs) {
  dp::Rng data_rng(99);
  Vec x, y;
  for (int i = 0; i < 64; ++i) {
    const float a = data_rng.uniform(-1, 1), b = data_rng.uniform(-1, 1);
    x.insert(x.end(), {a, b});
    y.push_back(a * b > 0 ? 1.0f : 0.0f);
  }
  dp::Model model(parse(json));
  dp::Trainer trainer(model);
  const dp::FitOptions options{8, true};
  trainer.prepare(64, options);
  Run run;
  for (int e = 0; e < epochs; ++e) run.losses.push_back(trainer.fit_epoch({x.data(), y.data(), 64}, options).loss);
  for (const dp::Parameter& p : model.parameters()) run.weights.emplace_back(p.value.begin(), p.value.end());
  return run;
}

bool bit_identical(const Vec& a, const Vec& b) {
  return a.size() == b.size() && std::memcmp(a.data(), b.data(), a.size() * sizeof(float)) == 0;
}

struct Moments {
  double mean = 0, variance = 0, max_abs = 0;
};

Moments moments(const Vec& w) {
  Moments m;
  for (float v : w) m.mean += v, m.max_abs = std::max(m.max_abs, double(std::fabs(v)));
  m.mean /= double(w.size());
  for (float v : w) m.variance += (v - m.mean) * (v - m.mean);
  m.variance /= double(w.size());
  return m;
}

Vec initialized(dp::Initializer kind, std::size_t fan_in, std::size_t fan_out, std::uint64_t seed = 1) {
  dp::Rng rng(seed);
  xt::xtensor<float, 2> w = xt::xtensor<float, 2>::from_shape({fan_in, fan_out});
  w.fill(42.0f);
  dp::initialize_kernel(kind, w, rng);
  return Vec(w.begin(), w.end());
}

}  // namespace

TEST_CASE("the same spec and data give bit-identical losses and weights; another seed does not") {
  const Run a = train(classifier(7), 5), b = train(classifier(7), 5), c = train(classifier(8), 5);
  CHECK(bit_identical(a.losses, b.losses));
  REQUIRE(a.weights.size() == 4);
  for (std::size_t k = 0; k < a.weights.size(); ++k) CHECK(bit_identical(a.weights[k], b.weights[k]));
  CHECK_FALSE(bit_identical(a.losses, c.losses));
  CHECK_FALSE(bit_identical(a.weights[0], c.weights[0]));
}

TEST_CASE("glorot_uniform draws from U(-limit, limit), limit = sqrt(6 / (fan_in + fan_out))") {
  const Vec w = initialized(dp::Initializer::glorot_uniform, 200, 300);
  const double limit = std::sqrt(6.0 / 500.0);
  const Moments m = moments(w);
  CHECK(m.max_abs <= limit);
  CHECK(m.max_abs > 0.99 * limit);  // fills the whole interval
  CHECK(m.mean == Approx(0.0).scale(limit).epsilon(0.01));
  CHECK(m.variance == Approx(2.0 / 500.0).epsilon(0.03).scale(0));  // limit^2 / 3
}

TEST_CASE("he_normal has std sqrt(2 / fan_in), truncated at two of its (pre-truncation) sigmas") {
  const std::size_t fan_in = 50;
  const Vec w = initialized(dp::Initializer::he_normal, fan_in, 1000);
  const double target = std::sqrt(2.0 / fan_in), sigma = target / 0.87962566103423978;
  const Moments m = moments(w);
  CHECK(std::sqrt(m.variance) == Approx(target).epsilon(0.02).scale(0));
  CHECK(m.mean == Approx(0.0).scale(target).epsilon(0.01));
  CHECK(m.max_abs <= 2.0 * sigma * (1 + 1e-6));
  CHECK(m.max_abs > 1.95 * sigma);  // truncated, not clipped short
  // a plain N(0, sigma) would put 4.6% of draws beyond 2 sigma
}

TEST_CASE("zeros initializes every kernel weight to 0, and the spec picks the initializer") {
  for (float v : initialized(dp::Initializer::zeros, 7, 5)) CHECK(v == 0.0f);
  dp::Model zeros(parse(classifier(1, "zeros")));
  for (std::size_t i = 0; i < zeros.parameters()[0].value.size(); ++i)
    CHECK(zeros.parameters()[0].value.flat(i) == 0.0f);
  dp::Model he(parse(classifier(1, "he_normal")));
  const Vec kernel(he.parameters()[0].value.begin(), he.parameters()[0].value.end());
  CHECK(moments(kernel).max_abs > std::sqrt(6.0 / 18.0));  // beyond glorot's limit for [2, 16]
  CHECK(moments(kernel).max_abs <= 2.0 * std::sqrt(2.0 / 2.0) / 0.87962566103423978);
}

TEST_CASE("biases start at zero and kernels do not") {
  dp::Model model(parse(classifier(3)));
  REQUIRE(model.parameters().size() == 4);
  for (std::size_t k : {std::size_t(1), std::size_t(3)})
    for (std::size_t i = 0; i < model.parameters()[k].value.size(); ++i)
      CHECK(model.parameters()[k].value.flat(i) == 0.0f);
  const Vec kernel(model.parameters()[0].value.begin(), model.parameters()[0].value.end());
  CHECK(moments(kernel).max_abs > 0.0);
}

TEST_CASE("weights use keras's layout: kernel [inputs, units] row-major, then bias; a = x W + b") {
  dp::Model model(parse(R"({"inputs":3,"layers":[{"type":"dense","units":2}],"loss":"mse"})"));
  CHECK(model.parameters()[0].value.shape() == dp::Parameter::Shape{3, 2});
  CHECK(model.parameters()[1].value.shape() == dp::Parameter::Shape{2});
  const float W[3][2] = {{1, 2}, {3, 4}, {5, 6}}, b[2] = {0.5f, -1.0f};
  std::memcpy(model.parameters()[0].value.data(), W, sizeof W);
  std::memcpy(model.parameters()[1].value.data(), b, sizeof b);
  const Vec x = {1, 0, -1, 2, 1, 0.5f};
  const float* a = model.forward(x.data(), 2, false);
  for (int r = 0; r < 2; ++r)
    for (int j = 0; j < 2; ++j)
      CHECK(a[r * 2 + j] == Approx(x[r * 3] * W[0][j] + x[r * 3 + 1] * W[1][j] + x[r * 3 + 2] * W[2][j] + b[j]));
  CHECK(a[0] == Approx(-3.5f));  // 1*1 + 0*3 - 1*5 + 0.5
}

TEST_CASE("dropout is the identity at inference and keeps units with 1/(1-rate) scaling in training") {
  dp::Model model(parse(R"({"inputs":4,"layers":[{"type":"dropout","rate":0.25},)"
                        R"({"type":"dense","units":4}],"loss":"mse","seed":2})"),
                  512);
  float* kernel = model.parameters()[0].value.data();  // identity, so the output is the dropout's
  for (int i = 0; i < 16; ++i) kernel[i] = i % 5 == 0 ? 1.0f : 0.0f;
  Vec x(512 * 4);
  for (std::size_t i = 0; i < x.size(); ++i) x[i] = 1.0f + float(i % 7);
  const float* inference = model.forward(x.data(), 512, false);
  for (std::size_t i = 0; i < x.size(); ++i) REQUIRE(inference[i] == x[i]);
  const float* training = model.forward(x.data(), 512, true);
  double kept = 0, sum_in = 0, sum_out = 0;
  for (std::size_t i = 0; i < x.size(); ++i) {
    const bool dropped = training[i] == 0.0f;
    if (!dropped) REQUIRE(training[i] == Approx(x[i] / 0.75f));
    kept += dropped ? 0 : 1;
    sum_in += x[i];
    sum_out += training[i];
  }
  CHECK(kept / double(x.size()) == Approx(0.75).epsilon(0.03).scale(0));
  CHECK(sum_out / sum_in == Approx(1.0).epsilon(0.03).scale(0));  // inverted dropout preserves the mean
}

TEST_CASE("the dropout mask differs from step to step") {
  dp::Rng rng(4);
  dp::Dropout dropout(64, 0.5f, rng);
  dropout.reserve(1);
  const Vec ones(64, 1.0f);
  dropout.forward(ones.data(), 1, true);
  const Vec first(dropout.mask(), dropout.mask() + 64);
  dropout.forward(ones.data(), 1, true);
  CHECK_FALSE(bit_identical(first, Vec(dropout.mask(), dropout.mask() + 64)));
}

namespace {

// C = A B the slow way, in double.
std::vector<double> naive(const Vec& a, std::size_t rs, std::size_t cs, const Vec& b, std::size_t m, std::size_t n,
                          std::size_t k) {
  std::vector<double> c(m * n, 0.0);
  for (std::size_t i = 0; i < m; ++i)
    for (std::size_t j = 0; j < n; ++j)
      for (std::size_t p = 0; p < k; ++p) c[i * n + j] += double(a[i * rs + p * cs]) * b[p * n + j];
  return c;
}

Vec random_values(std::size_t n, dp::Rng& rng) {
  Vec v(n);
  for (float& x : v) x = rng.uniform(-1, 1);
  return v;
}

}  // namespace

TEST_CASE("gemm equals a naive triple loop for every shape up to 19 x 19 x 19, plain, transposed and strided") {
  dp::Rng rng(5);
  int mismatches = 0;
  for (std::size_t m = 1; m <= 19; ++m)
    for (std::size_t n = 1; n <= 19; ++n)
      for (std::size_t k = 1; k <= 19; ++k) {
        const Vec b = random_values(k * n, rng), a = random_values(m * (k + 3), rng);
        // plain (row stride k), transposed storage [k, m], and rows padded to k + 3
        const std::size_t layouts[3][2] = {{k, 1}, {1, m}, {k + 3, 1}};
        for (const auto& layout : layouts) {
          const std::vector<double> expected = naive(a, layout[0], layout[1], b, m, n, k);
          Vec c(m * n, 7.0f);
          dp::gemm({a.data(), layout[0], layout[1]}, b.data(), c.data(), m, n, k, false);
          for (std::size_t i = 0; i < c.size(); ++i) mismatches += std::fabs(c[i] - expected[i]) > 1e-5 * (k + 1);
        }
      }
  CHECK(mismatches == 0);
}

TEST_CASE("gemm with accumulate adds A B to C") {
  dp::Rng rng(6);
  for (std::size_t m : {1, 4, 5, 13})
    for (std::size_t n : {1, 8, 9, 17}) {
      const std::size_t k = 6;
      const Vec a = random_values(m * k, rng), b = random_values(k * n, rng), c0 = random_values(m * n, rng);
      Vec c = c0;
      dp::gemm({a.data(), k, 1}, b.data(), c.data(), m, n, k, true);
      const std::vector<double> ab = naive(a, k, 1, b, m, n, k);
      for (std::size_t i = 0; i < c.size(); ++i) CHECK(c[i] == Approx(c0[i] + ab[i]).epsilon(1e-5).scale(1.0));
    }
}
