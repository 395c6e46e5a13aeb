// Backpropagation through a whole dp::Model against central finite
// differences of (loss + penalty), for every activation, loss and regularizer.
#include <doctest/doctest.h>

#include <algorithm>
#include <cmath>
#include <string>
#include <vector>

#include "layers/dropout.hpp"
#include "losses/loss.hpp"
#include "model.hpp"
#include "spec_parser.hpp"

namespace {

using Vec = std::vector<float>;

const char* const kActivations[] = {"relu", "sigmoid", "tanh", "softmax", "linear", "leaky_relu", "elu", "gelu"};

struct OutputPairing {
  const char* activation;
  const char* loss;
  int units;
};

// Fused pairs first, then pairs that backpropagate dL/dp through f'(z).
const OutputPairing kPairings[] = {{"sigmoid", "binary_crossentropy", 2},
                                   {"softmax", "categorical_crossentropy", 3},
                                   {"softmax", "sparse_categorical_crossentropy", 3},
                                   {"softmax", "nll", 3},
                                   {"linear", "mse", 2},
                                   {"linear", "mae", 2},
                                   {"sigmoid", "mse", 2},
                                   {"tanh", "mse", 2},
                                   {"softmax", "binary_crossentropy", 2},
                                   {"sigmoid", "categorical_crossentropy", 3},
                                   {"sigmoid", "sparse_categorical_crossentropy", 3}};

const char* const kRegularizers[] = {"", R"({"l1":0.05})", R"({"l2":0.05})", R"({"l1":0.03,"l2":0.04})"};

constexpr std::size_t kRows = 5;
const Vec kX = {0.5f, -1.2f, 0.8f, -0.3f, 0.9f, 1.5f, 1.1f, 0.2f, -0.7f, -1.4f, -0.6f, 0.3f, 0.2f, 1.3f, -1.1f};

// Labels that fit the loss; regression targets sit far from any prediction so
// that mae has no kink nearby.
Vec labels_for(const std::string& loss, int units) {
  const int classes[kRows] = {0, 2, 1, 2, 0};
  Vec y;
  for (std::size_t r = 0; r < kRows; ++r) {
    if (loss == "sparse_categorical_crossentropy" || loss == "nll") {
      y.push_back(float(classes[r]));
    } else if (loss == "categorical_crossentropy") {
      for (int j = 0; j < units; ++j) y.push_back(j == classes[r] ? 1.0f : 0.0f);
    } else {
      const float hi = loss == "binary_crossentropy" ? 1.0f : 3.0f, lo = loss == "binary_crossentropy" ? 0.0f : -3.0f;
      for (int j = 0; j < units; ++j) y.push_back((r + j) % 2 ? hi : lo);
    }
  }
  return y;
}

std::string dense(int units, const std::string& activation, const std::string& regularizer) {
  std::string s = R"({"type":"dense","units":)" + std::to_string(units) + R"(,"activation":")" + activation + "\"";
  if (!regularizer.empty()) s += R"(,"kernelRegularizer":)" + regularizer;
  return s + "}";
}

std::string spec_json(const std::string& hidden, const OutputPairing& out, const std::string& regularizer,
                      const std::string& dropout_rate = "0") {
  return R"({"inputs":3,"layers":[)" + dense(4, hidden, regularizer) + R"(,{"type":"dropout","rate":)" + dropout_rate +
         "}," + dense(out.units, out.activation, regularizer) + R"(],"loss":")" + out.loss +
         R"(","optimizer":{"type":"sgd","learningRate":0.1},"seed":11})";
}

dp::ValidSpec parse(const std::string& json) {
  dp::SpecResult parsed = dp::parse_spec(json);
  INFO(json);
  REQUIRE(parsed.error == "");
  return *parsed.valid;
}

// min |z| of the first dense layer over the batch: relu-like kinks must stay
// farther away than a finite-difference step can move z.
float first_layer_margin(const dp::Model& model, const Vec& x, std::size_t rows) {
  const dp::Parameter& w = model.parameters()[0];
  const dp::Parameter& b = model.parameters()[1];
  const std::size_t in = model.inputs(), units = b.value.size();
  float margin = INFINITY;
  for (std::size_t r = 0; r < rows; ++r)
    for (std::size_t j = 0; j < units; ++j) {
      float z = b.value.flat(j);
      for (std::size_t i = 0; i < in; ++i) z += x[r * in + i] * w.value(i, j);
      margin = std::min(margin, std::fabs(z));
    }
  return margin;
}

// Compares the gradients of one train_step with central differences of the
// training objective at the same (restored) weights and dropout mask.
void check_model_gradients(dp::Model& model, const Vec& x, const Vec& y, std::size_t rows, float h = 5e-3f) {
  std::vector<dp::Parameter>& params = model.parameters();
  std::vector<Vec> before, grads;
  for (const dp::Parameter& p : params) before.emplace_back(p.value.begin(), p.value.end());
  const dp::Rng rng_before = model.rng();  // fixes the dropout mask of the step
  const dp::StepResult step = model.train_step(x.data(), y.data(), rows);
  REQUIRE(step.accepted);
  for (const dp::Parameter& p : params) grads.emplace_back(p.grad.begin(), p.grad.end());
  for (std::size_t k = 0; k < params.size(); ++k)
    std::copy(before[k].begin(), before[k].end(), params[k].value.begin());

  auto objective = [&]() {
    model.rng() = rng_before;
    model.forward(x.data(), rows, true);
    return double(model.data_loss(y.data(), rows)) + model.penalty();
  };
  CHECK(objective() == doctest::Approx(step.loss).epsilon(1e-6));  // the step reported this objective

  const bool l1 = std::any_of(model.spec().layers.begin(), model.spec().layers.end(),
                              [](const dp::LayerSpec& l) { return l.kernel_regularizer.l1 != 0.0f; });
  int compared = 0;
  for (std::size_t k = 0; k < params.size(); ++k) {
    for (std::size_t i = 0; i < params[k].value.size(); ++i) {
      float& w = params[k].value.flat(i);
      const float w0 = w;
      if (l1 && k % 2 == 0 && std::fabs(w0) < 2 * h) continue;  // |w| has a kink at 0
      w = w0 + h;
      const double up = objective();
      w = w0 - h;
      const double down = objective();
      w = w0;
      const double fd = (up - down) / (2.0 * double(h));
      const double g = grads[k][i];
      CAPTURE(k);
      CAPTURE(i);
      CAPTURE(g);
      CAPTURE(fd);
      CHECK(std::fabs(g - fd) <= 1e-2 * std::max(std::fabs(fd), std::fabs(g)) + 1e-4);
      ++compared;
    }
  }
  CHECK(compared >= 25);
}

void check_spec(const std::string& json, float margin_needed = 0.0f) {
  CAPTURE(json);
  dp::Model model(parse(json), 8);
  const dp::ModelSpec& spec = model.spec();
  const Vec y = labels_for(dp::name_of(spec.loss), spec.outputs());
  REQUIRE(first_layer_margin(model, kX, kRows) > margin_needed);
  if (spec.loss == dp::Loss::mae) {  // |p - y| must stay away from its kink at 0, under the step's mask
    const dp::Rng rng = model.rng();
    const float* p = model.forward(kX.data(), kRows, true);
    for (std::size_t i = 0; i < y.size(); ++i) REQUIRE(std::fabs(p[i] - y[i]) > 0.1f);  // steps move p by < 0.02
    model.rng() = rng;
  }
  check_model_gradients(model, kX, y, kRows);
}

}  // namespace

TEST_CASE("backprop matches finite differences for every hidden activation with every output and loss") {
  for (const char* hidden : kActivations)
    for (const OutputPairing& out : kPairings) {
      const std::string h = hidden;
      check_spec(spec_json(hidden, out, ""), h == "relu" || h == "leaky_relu" ? 0.02f : 0.0f);
    }
}

TEST_CASE("L1, L2 and elastic-net penalties and their kernel gradients match finite differences") {
  for (const char* regularizer : kRegularizers)
    for (const char* hidden : {"tanh", "relu", "gelu"})
      for (const OutputPairing& out : kPairings) {
        const std::string h = hidden;
        check_spec(spec_json(hidden, out, regularizer), h == "relu" ? 0.02f : 0.0f);
      }
}

TEST_CASE("the penalty reaches only kernels: l2 * sum of squared kernel weights") {
  dp::Model model(parse(spec_json("tanh", kPairings[4], R"({"l2":0.5})")), 8);
  double sum = 0.0;
  for (std::size_t k = 0; k < model.parameters().size(); ++k) {
    dp::Parameter& p = model.parameters()[k];
    for (std::size_t i = 0; i < p.value.size(); ++i) {
      p.value.flat(i) = 0.1f * float(i + 1);  // nonzero biases too
      if (k % 2 == 0) sum += double(p.value.flat(i)) * p.value.flat(i);
    }
  }
  CHECK(model.penalty() == doctest::Approx(0.5 * sum).epsilon(1e-6));
}

TEST_CASE("backprop through dropout > 0 matches finite differences under the same mask") {
  for (const OutputPairing& out : kPairings) check_spec(spec_json("tanh", out, R"({"l2":0.01})", "0.4"));
}

TEST_CASE("backprop through three dense layers with dropout first matches finite differences") {
  const std::string json = R"({"inputs":3,"layers":[{"type":"dropout","rate":0.25},)" +
                           dense(5, "elu", R"({"l1":0.01})") + "," + dense(4, "gelu", "") +
                           R"(,{"type":"dropout","rate":0.3},)" + dense(3, "softmax", R"({"l2":0.02})") +
                           R"(],"loss":"categorical_crossentropy","optimizer":"adam","seed":5})";
  check_spec(json);
}

TEST_CASE("a dropout layer's backward multiplies by the same mask its forward applied") {
  dp::Rng rng(3);
  dp::Dropout dropout(4, 0.5f, rng);
  dropout.reserve(8);
  Vec x(32), dy(32);
  for (std::size_t i = 0; i < 32; ++i) x[i] = 1.0f + 0.5f * float(i), dy[i] = 0.25f * float(i) - 3.0f;
  const float* out = dropout.forward(x.data(), 8, true);
  const Vec kept(out, out + 32);
  const float* dx = dropout.backward(dy.data(), 8, true);
  REQUIRE(dropout.mask_rows() == 8);
  int dropped = 0;
  for (std::size_t i = 0; i < 32; ++i) {
    const float mask = dropout.mask()[i];
    CHECK((mask == 0.0f || mask == 2.0f));  // 1 / (1 - 0.5)
    dropped += mask == 0.0f;
    CHECK(kept[i] == x[i] * mask);
    CHECK(dx[i] == dy[i] * mask);  // d(out_i)/d(x_i) = mask_i
  }
  CHECK(dropped > 4);
  CHECK(dropped < 28);
  // inference: identity both ways
  CHECK(dropout.forward(x.data(), 8, false) == x.data());
  CHECK(dropout.backward(dy.data(), 8, true) == dy.data());
}
