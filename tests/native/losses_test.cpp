// Losses: values against hand-computed numbers (Keras's definitions), the
// 1e-7 clipping, and every gradient against central finite differences.
#include <doctest/doctest.h>

#include <cmath>
#include <vector>

#include "activations/activation.hpp"
#include "losses/loss.hpp"

using doctest::Approx;
using dp::Activation;
using dp::Loss;

namespace {

using Vec = std::vector<float>;

Vec activate(Activation f, Vec z, std::size_t rows) {
  const std::size_t cols = z.size() / rows;
  const Vec zero(cols, 0.0f);
  Vec a(z.size());
  dp::add_bias_and_activate(f, z.data(), zero.data(), a.data(), rows, cols);
  return a;
}

// An output layer f's batch: its logits z and p = f(z) (p itself for a linear f).
struct Outputs {
  Outputs(Activation f, const Vec& z_in, std::size_t rows) : f(f), z(z_in), p(activate(f, z_in, rows)), rows(rows) {}
  dp::OutputBatch batch() const { return {f, z.data(), p.data(), rows, z.size() / rows}; }
  Activation f;
  Vec z, p;
  std::size_t rows;
};

// The loss of an output layer f on logits z.
float loss_of(Loss loss, Activation f, const Vec& z, const Vec& y, std::size_t rows) {
  return dp::loss_value(loss, Outputs(f, z, rows).batch(), y.data());
}

// The loss of predictions p as they are (a linear output layer).
float loss_of(Loss loss, const Vec& p, const Vec& y, std::size_t rows) {
  return loss_of(loss, Activation::linear, p, y, rows);
}

// Central differences of loss(f(z)) with respect to each logit z (p for a linear f).
Vec fd_wrt_z(Loss loss, Activation f, const Vec& z, const Vec& y, std::size_t rows, float h = 1e-3f) {
  Vec out(z.size());
  for (std::size_t i = 0; i < z.size(); ++i) {
    Vec up = z, down = z;
    up[i] += h;
    down[i] -= h;
    out[i] = float((double(loss_of(loss, f, up, y, rows)) - double(loss_of(loss, f, down, y, rows))) /
                   (double(up[i]) - double(down[i])));
  }
  return out;
}

Vec fd_wrt_p(Loss loss, const Vec& p, const Vec& y, std::size_t rows, float h = 1e-3f) {
  return fd_wrt_z(loss, Activation::linear, p, y, rows, h);
}

// The gradient the loss starts backpropagation with: dL/dz if f fuses with it, else dL/dp.
Vec gradient(Loss loss, Activation f, const Vec& z, const Vec& y, std::size_t rows) {
  Vec g(z.size(), 123.0f);
  dp::loss_gradient(loss, Outputs(f, z, rows).batch(), y.data(), g.data());
  return g;
}

void check_close(const Vec& actual, const Vec& expected) {
  REQUIRE(actual.size() == expected.size());
  for (std::size_t i = 0; i < actual.size(); ++i) {
    CAPTURE(i);
    CAPTURE(actual[i]);
    CAPTURE(expected[i]);
    CHECK(std::fabs(actual[i] - expected[i]) <= 1e-3f * std::fabs(expected[i]) + 1e-4f);
  }
}

}  // namespace

TEST_CASE("binary cross-entropy is -mean(y log p + (1-y) log(1-p)) over rows and outputs") {
  // 2 rows x 2 outputs: -(ln .9 + ln .8 + ln .4 + ln .3) / 4
  CHECK(loss_of(Loss::binary_crossentropy, {0.9f, 0.2f, 0.6f, 0.3f}, {1, 0, 0, 1}, 2) ==
        Approx(0.6121919007930243).epsilon(1e-6));
  // soft labels: y = 0.25 at p = 0.5 costs ln 2
  CHECK(loss_of(Loss::binary_crossentropy, {0.5f}, {0.25f}, 1) == Approx(0.6931471805599453).epsilon(1e-6));
}

TEST_CASE("categorical cross-entropy renormalizes each prediction row as Keras does") {
  // row 1 sums to 0.8: -ln(0.4 / 0.8) = ln 2, not -ln 0.4; row 2: -ln 0.7
  CHECK(loss_of(Loss::categorical_crossentropy, {0.2f, 0.2f, 0.4f, 0.7f, 0.2f, 0.1f}, {0, 0, 1, 1, 0, 0}, 2) ==
        Approx(0.5249110622493389).epsilon(1e-6));
}

TEST_CASE("sparse categorical cross-entropy is -mean log p_true") {
  CHECK(loss_of(Loss::sparse_categorical_crossentropy, {0.7f, 0.2f, 0.1f, 0.1f, 0.3f, 0.6f}, {0, 2}, 2) ==
        Approx(0.43375028385236155).epsilon(1e-6));
}

TEST_CASE("sparse categorical cross-entropy renormalizes outputs that are not a softmax, as Keras and TF.js do") {
  // 0.2 of a row summing to 0.8: -ln(0.2 / 0.8) = ln 4, not -ln 0.2
  CHECK(loss_of(Loss::sparse_categorical_crossentropy, {0.2f, 0.6f}, {0}, 1) ==
        Approx(1.3862943611198906).epsilon(1e-6));
  // on sigmoid outputs it is categorical cross-entropy against one-hot labels, value and gradient
  const Vec z = {0.3f, -1.2f, 2.0f, 0.1f, 0.5f, 0.5f, -3.0f, 1.0f, 4.0f};
  const Vec classes = {2, 0, 1}, onehot = {0, 0, 1, 1, 0, 0, 0, 1, 0};
  CHECK(loss_of(Loss::sparse_categorical_crossentropy, Activation::sigmoid, z, classes, 3) ==
        Approx(loss_of(Loss::categorical_crossentropy, Activation::sigmoid, z, onehot, 3)).epsilon(1e-6));
  check_close(gradient(Loss::sparse_categorical_crossentropy, Activation::sigmoid, z, classes, 3),
              gradient(Loss::categorical_crossentropy, Activation::sigmoid, z, onehot, 3));
}

TEST_CASE("nll equals sparse categorical cross-entropy to 1e-6") {
  const Vec z = {0.3f, -1.2f, 2.0f, 0.1f, 0.5f, 0.5f, -3.0f, 1.0f, 4.0f, 0.0f, -2.0f, 1.5f};
  for (const Vec& labels : {Vec{0, 1, 2}, Vec{3, 3, 0}, Vec{2, 0, 1}}) {
    const float sparse = loss_of(Loss::sparse_categorical_crossentropy, Activation::softmax, z, labels, 3);
    CHECK(loss_of(Loss::nll, Activation::softmax, z, labels, 3) == Approx(sparse).epsilon(1e-6));
    check_close(gradient(Loss::nll, Activation::softmax, z, labels, 3),
                gradient(Loss::sparse_categorical_crossentropy, Activation::softmax, z, labels, 3));
  }
}

TEST_CASE("mse and mae are means over rows and outputs") {
  // errors 1, 0, -2, 3
  const Vec p = {1, 2, 3, 4}, y = {0, 2, 5, 1};
  CHECK(loss_of(Loss::mse, p, y, 2) == Approx(3.5));
  CHECK(loss_of(Loss::mae, p, y, 2) == Approx(1.5));
  CHECK(loss_of(Loss::mse, p, y, 1) == Approx(3.5));  // one row of 4 outputs: same mean
}

TEST_CASE("every loss is the mean over the batch of the per-row losses") {
  const Vec p = {0.6f, 0.3f, 0.1f, 0.2f, 0.5f, 0.3f};
  const Vec row1(p.begin(), p.begin() + 3), row2(p.begin() + 3, p.end());
  const Vec onehot = {0, 1, 0, 0, 0, 1}, classes = {1, 2};
  for (Loss loss : {Loss::binary_crossentropy, Loss::categorical_crossentropy, Loss::mse, Loss::mae}) {
    CAPTURE(dp::name_of(loss));
    const Vec y1(onehot.begin(), onehot.begin() + 3), y2(onehot.begin() + 3, onehot.end());
    CHECK(loss_of(loss, p, onehot, 2) ==
          Approx((loss_of(loss, row1, y1, 1) + loss_of(loss, row2, y2, 1)) / 2).epsilon(1e-6));
  }
  for (Loss loss : {Loss::sparse_categorical_crossentropy, Loss::nll})
    CHECK(loss_of(loss, p, classes, 2) ==
          Approx((loss_of(loss, row1, {1}, 1) + loss_of(loss, row2, {2}, 1)) / 2).epsilon(1e-6));
}

TEST_CASE("probabilities are clipped to [1e-7, 1 - 1e-7], so certain mistakes cost about 16, not infinity") {
  const double at_floor = -std::log(double(1e-7f));  // 16.118
  CHECK(loss_of(Loss::binary_crossentropy, {0.0f}, {1.0f}, 1) == Approx(at_floor).epsilon(1e-5));
  const float at_ceiling = loss_of(Loss::binary_crossentropy, {1.0f}, {0.0f}, 1);
  CHECK(std::isfinite(at_ceiling));
  CHECK(at_ceiling == Approx(at_floor).epsilon(0.02));  // 1 - 1e-7 rounds to 1 - 1.19e-7 in float
  CHECK(loss_of(Loss::sparse_categorical_crossentropy, {1.0f, 0.0f}, {1}, 1) == Approx(at_floor).epsilon(1e-5));
  CHECK(loss_of(Loss::nll, {1.0f, 0.0f}, {1}, 1) == Approx(at_floor).epsilon(1e-5));
  CHECK(loss_of(Loss::categorical_crossentropy, {1.0f, 0.0f}, {0, 1}, 1) == Approx(at_floor).epsilon(1e-5));
  // a perfect prediction costs (almost) nothing, never log(0) * 0 = NaN
  CHECK(loss_of(Loss::binary_crossentropy, {1.0f, 0.0f}, {1, 0}, 1) == Approx(0.0).scale(1.0).epsilon(1e-6));
  // clipping is where the log is taken, after renormalization: 0.5/1.0 is not clipped
  CHECK(loss_of(Loss::categorical_crossentropy, {0.5f, 0.5f}, {1, 0}, 1) == Approx(0.6931471805599453));
}

TEST_CASE("loss_fuses_with pairs sigmoid with BCE and softmax with the categorical family only") {
  CHECK(dp::loss_fuses_with(Loss::binary_crossentropy, Activation::sigmoid));
  CHECK(dp::loss_fuses_with(Loss::categorical_crossentropy, Activation::softmax));
  CHECK(dp::loss_fuses_with(Loss::sparse_categorical_crossentropy, Activation::softmax));
  CHECK(dp::loss_fuses_with(Loss::nll, Activation::softmax));
  CHECK_FALSE(dp::loss_fuses_with(Loss::binary_crossentropy, Activation::softmax));
  CHECK_FALSE(dp::loss_fuses_with(Loss::categorical_crossentropy, Activation::sigmoid));
  CHECK_FALSE(dp::loss_fuses_with(Loss::mse, Activation::linear));
  CHECK_FALSE(dp::loss_fuses_with(Loss::mse, Activation::sigmoid));
  CHECK_FALSE(dp::loss_fuses_with(Loss::mae, Activation::softmax));
}

TEST_CASE("mse and mae gradients dL/dp match finite differences") {
  const Vec p = {0.7f, -1.2f, 2.5f, 0.3f, 1.1f, -0.4f}, y = {0.2f, -1.0f, 3.0f, 0.0f, 1.5f, -0.9f};
  for (Loss loss : {Loss::mse, Loss::mae}) {
    CAPTURE(dp::name_of(loss));
    check_close(gradient(loss, Activation::linear, p, y, 3), fd_wrt_p(loss, p, y, 3));
  }
  CHECK(gradient(Loss::mse, Activation::linear, {3.0f}, {1.0f}, 1)[0] == Approx(4.0f));  // 2 (p - y)
  CHECK(gradient(Loss::mae, Activation::linear, {1.0f}, {1.0f}, 1)[0] == 0.0f);          // sign(0) = 0
}

TEST_CASE("cross-entropy gradients dL/dp (no fused activation) match finite differences") {
  const Vec p = {0.6f, 0.3f, 0.2f, 0.25f, 0.5f, 0.45f};  // rows do not sum to 1
  SUBCASE("binary") {
    check_close(gradient(Loss::binary_crossentropy, Activation::linear, p, {1, 0, 1, 0, 0.3f, 1}, 2),
                fd_wrt_p(Loss::binary_crossentropy, p, {1, 0, 1, 0, 0.3f, 1}, 2));
  }
  SUBCASE("categorical, through the renormalization") {
    for (const Vec& y : {Vec{0, 1, 0, 1, 0, 0}, Vec{0.2f, 0.8f, 0, 0, 0.5f, 0.5f}})
      check_close(gradient(Loss::categorical_crossentropy, Activation::linear, p, y, 2),
                  fd_wrt_p(Loss::categorical_crossentropy, p, y, 2));
  }
  SUBCASE("sparse and nll") {
    for (Loss loss : {Loss::sparse_categorical_crossentropy, Loss::nll})
      check_close(gradient(loss, Activation::linear, p, {2, 0}, 2), fd_wrt_p(loss, p, {2, 0}, 2));
  }
}

TEST_CASE("cross-entropy gradients vanish where the probability was clipped, as the clipped loss is flat") {
  const Vec p = {1e-9f, 0.5f, 1.0f};
  const Vec g = gradient(Loss::binary_crossentropy, Activation::linear, p, {1, 1, 0}, 1);
  CHECK(g[0] == 0.0f);
  CHECK(g[1] != 0.0f);
  CHECK(g[2] == 0.0f);
  CHECK(gradient(Loss::sparse_categorical_crossentropy, Activation::linear, {0.0f, 1.0f}, {0}, 1)[0] == 0.0f);
  const Vec fd = fd_wrt_p(Loss::binary_crossentropy, {1e-9f}, {1}, 1, 1e-8f);
  CHECK(fd[0] == 0.0f);
}

TEST_CASE("fused sigmoid + BCE gradient (p - y)/n matches finite differences of BCE(sigmoid(z))") {
  const Vec z = {0.4f, -1.3f, 2.2f, -0.2f, 0.9f, -2.5f}, y = {1, 0, 0, 1, 0.6f, 0};
  const Vec p = activate(Activation::sigmoid, z, 3);
  const Vec g = gradient(Loss::binary_crossentropy, Activation::sigmoid, z, y, 3);
  check_close(g, fd_wrt_z(Loss::binary_crossentropy, Activation::sigmoid, z, y, 3));
  CHECK(g[0] == Approx((p[0] - y[0]) / 6.0f));
}

TEST_CASE("fused softmax + categorical gradients (p - y)/rows match finite differences of loss(softmax(z))") {
  const Vec z = {0.4f, -1.3f, 2.2f, -0.2f, 0.9f, -2.5f, 1.0f, 1.5f};
  const std::size_t rows = 2;
  const Vec p = activate(Activation::softmax, z, rows);
  SUBCASE("categorical, one-hot and soft labels") {
    for (const Vec& y : {Vec{0, 0, 1, 0, 1, 0, 0, 0}, Vec{0.1f, 0.2f, 0.7f, 0, 0, 0.5f, 0, 0.5f}}) {
      const Vec g = gradient(Loss::categorical_crossentropy, Activation::softmax, z, y, rows);
      check_close(g, fd_wrt_z(Loss::categorical_crossentropy, Activation::softmax, z, y, rows));
      CHECK(g[2] == Approx((p[2] - y[2]) / 2.0f));
    }
  }
  SUBCASE("sparse and nll") {
    for (Loss loss : {Loss::sparse_categorical_crossentropy, Loss::nll}) {
      CAPTURE(dp::name_of(loss));
      check_close(gradient(loss, Activation::softmax, z, {3, 0}, rows),
                  fd_wrt_z(loss, Activation::softmax, z, {3, 0}, rows));
    }
  }
}

TEST_CASE("fused pairs take the loss from the logits: exact however saturated p is, with p - y its gradient") {
  // softplus form: BCE(sigmoid(20), 0) = 20 + log(1 + e^-20), not the clipped -log(1e-7) = 16.1
  CHECK(loss_of(Loss::binary_crossentropy, Activation::sigmoid, {20.0f}, {0}, 1) == Approx(20.0).epsilon(1e-6));
  CHECK(loss_of(Loss::binary_crossentropy, Activation::sigmoid, {-30.0f}, {1}, 1) == Approx(30.0).epsilon(1e-6));
  CHECK(loss_of(Loss::binary_crossentropy, Activation::sigmoid, {30.0f}, {1}, 1) < 1e-12f);
  // log-sum-exp form: -log softmax(0, 40)_0 = 40 + log(1 + e^-40)
  for (Loss loss : {Loss::sparse_categorical_crossentropy, Loss::nll})
    CHECK(loss_of(loss, Activation::softmax, {0.0f, 40.0f}, {0}, 1) == Approx(40.0).epsilon(1e-6));
  CHECK(loss_of(Loss::categorical_crossentropy, Activation::softmax, {0.0f, 40.0f}, {1, 0}, 1) ==
        Approx(40.0).epsilon(1e-6));
  // the gradient taken is the derivative of the loss reported, saturated or not
  check_close(gradient(Loss::binary_crossentropy, Activation::sigmoid, {20.0f, -25.0f}, {0, 0}, 1),
              fd_wrt_z(Loss::binary_crossentropy, Activation::sigmoid, {20.0f, -25.0f}, {0, 0}, 1, 1e-2f));
  check_close(
      gradient(Loss::sparse_categorical_crossentropy, Activation::softmax, {0.0f, 40.0f, -3.0f}, {0}, 1),
      fd_wrt_z(Loss::sparse_categorical_crossentropy, Activation::softmax, {0.0f, 40.0f, -3.0f}, {0}, 1, 1e-2f));
}
