// Activations: values and derivatives against hand-computed numbers, and the
// fused bias+activation passes used by dense layers.
#include <doctest/doctest.h>

#include <cmath>
#include <vector>

#include "activations/activation.hpp"

using doctest::Approx;
using dp::Activation;

namespace {

float value(Activation f, float z) { return dp::activation_value(f, z); }
float slope(Activation f, float z) { return dp::activation_derivative(f, z); }

const Activation kElementwise[] = {Activation::linear,     Activation::relu, Activation::sigmoid, Activation::tanh,
                                   Activation::leaky_relu, Activation::elu,  Activation::gelu};

}  // namespace

TEST_CASE("relu is max(0, z) with slope 1 above zero and 0 below") {
  CHECK(value(Activation::relu, 2.5f) == 2.5f);
  CHECK(value(Activation::relu, -3.0f) == 0.0f);
  CHECK(slope(Activation::relu, 2.5f) == 1.0f);
  CHECK(slope(Activation::relu, -3.0f) == 0.0f);
  CHECK(slope(Activation::relu, 0.0f) == 0.0f);  // Keras/TF pick 0 at the kink
}

TEST_CASE("sigmoid matches 1/(1+e^-z) and its slope a(1-a)") {
  CHECK(value(Activation::sigmoid, 0.0f) == 0.5f);
  CHECK(value(Activation::sigmoid, 2.0f) == Approx(0.8807970779778823).epsilon(1e-6));
  CHECK(value(Activation::sigmoid, -2.0f) == Approx(0.11920292202211755).epsilon(1e-6));
  CHECK(slope(Activation::sigmoid, 0.0f) == Approx(0.25).epsilon(1e-6));
  CHECK(slope(Activation::sigmoid, 2.0f) == Approx(0.10499358540350662).epsilon(1e-6));
  CHECK(slope(Activation::sigmoid, -2.0f) == Approx(0.10499358540350662).epsilon(1e-6));
}

TEST_CASE("sigmoid stays finite and accurate for large |z|") {
  CHECK(value(Activation::sigmoid, 1000.0f) == 1.0f);
  CHECK(value(Activation::sigmoid, -1000.0f) == 0.0f);
  CHECK(value(Activation::sigmoid, 89.0f) == 1.0f);
  // e^-80 is a normal float: the tail is computed, not flushed to zero
  CHECK(value(Activation::sigmoid, -80.0f) == Approx(1.8048513878454153e-35).epsilon(1e-5).scale(0));
  for (float z : {-1e30f, -1000.0f, -100.0f, 100.0f, 1000.0f, 1e30f}) {
    CHECK(std::isfinite(value(Activation::sigmoid, z)));
    CHECK(std::isfinite(slope(Activation::sigmoid, z)));
    CHECK(slope(Activation::sigmoid, z) >= 0.0f);
  }
}

TEST_CASE("tanh and its slope 1 - a^2 match hand-computed values") {
  CHECK(value(Activation::tanh, 0.5f) == Approx(0.46211715726000974).epsilon(1e-6));
  CHECK(slope(Activation::tanh, 0.5f) == Approx(0.7864477329659275).epsilon(1e-6));
  CHECK(value(Activation::tanh, -2.0f) == Approx(-0.9640275800758169).epsilon(1e-6));
  CHECK(slope(Activation::tanh, -2.0f) == Approx(0.07065082485316443).epsilon(1e-5));
  CHECK(value(Activation::tanh, 1000.0f) == 1.0f);
  CHECK(slope(Activation::tanh, -1000.0f) == 0.0f);
}

TEST_CASE("linear is the identity with slope 1") {
  for (float z : {-7.5f, 0.0f, 3.25f}) {
    CHECK(value(Activation::linear, z) == z);
    CHECK(slope(Activation::linear, z) == 1.0f);
  }
}

TEST_CASE("leaky_relu has Keras's negative slope 0.2") {
  CHECK(value(Activation::leaky_relu, 3.0f) == 3.0f);
  CHECK(value(Activation::leaky_relu, -5.0f) == Approx(-1.0f));
  CHECK(slope(Activation::leaky_relu, 3.0f) == 1.0f);
  CHECK(slope(Activation::leaky_relu, -5.0f) == Approx(0.2f));
}

TEST_CASE("elu is e^z - 1 below zero with slope e^z, identity above") {
  CHECK(value(Activation::elu, 2.0f) == 2.0f);
  CHECK(slope(Activation::elu, 2.0f) == 1.0f);
  CHECK(value(Activation::elu, -1.0f) == Approx(-0.6321205588285577).epsilon(1e-6));
  CHECK(slope(Activation::elu, -1.0f) == Approx(0.36787944117144233).epsilon(1e-6));
  // expm1 keeps the tiny values accurate
  CHECK(value(Activation::elu, -1e-4f) == Approx(-9.9995000166e-5).epsilon(1e-5).scale(0));
  CHECK(value(Activation::elu, -100.0f) == -1.0f);
}

TEST_CASE("gelu is the exact erf form z*Phi(z), not the tanh approximation") {
  CHECK(value(Activation::gelu, 0.0f) == 0.0f);
  CHECK(value(Activation::gelu, 1.0f) == Approx(0.8413447460685429).epsilon(1e-6));  // tanh form: 0.84119
  CHECK(value(Activation::gelu, -1.0f) == Approx(-0.15865525393145707).epsilon(1e-6));
  CHECK(value(Activation::gelu, 2.0f) == Approx(1.9544997361036416).epsilon(1e-6));
  // gelu'(z) = Phi(z) + z phi(z)
  CHECK(slope(Activation::gelu, 0.0f) == Approx(0.5).epsilon(1e-6));
  CHECK(slope(Activation::gelu, 1.0f) == Approx(1.0833154705876864).epsilon(1e-6));
  CHECK(slope(Activation::gelu, -1.0f) == Approx(-0.0833154705876863).epsilon(1e-5));
}

TEST_CASE("every element-wise derivative matches a central finite difference") {
  const float h = 1e-3f;
  for (Activation f : kElementwise) {
    CAPTURE(dp::name_of(f));
    for (float z : {-3.1f, -1.2f, -0.4f, 0.3f, 0.9f, 2.7f}) {
      CAPTURE(z);
      const double fd = (double(value(f, z + h)) - double(value(f, z - h))) / (2.0 * double(h));
      CHECK(std::fabs(slope(f, z) - fd) <= 1e-3 * std::fabs(fd) + 1e-4);
    }
  }
}

TEST_CASE("a single softmax unit outputs 1 and has slope 0") {
  CHECK(value(Activation::softmax, -4.0f) == 1.0f);
  CHECK(slope(Activation::softmax, 4.0f) == 0.0f);
}

TEST_CASE("softmax rows sum to 1 and subtract the row max, so z = 1000 stays finite") {
  // Rows 0 and 1 differ by a constant shift, so they must give the same probabilities.
  std::vector<float> z = {1, 2, 3, 1000, 1001, 1002, -1000, 0, 1000};
  const std::vector<float> bias = {0, 0, 0};
  std::vector<float> a(9);
  dp::add_bias_and_activate(Activation::softmax, z.data(), bias.data(), a.data(), 3, 3);
  const double expected[] = {0.09003057317038046, 0.24472847105479764, 0.6652409557748219};
  for (int r = 0; r < 2; ++r)
    for (int j = 0; j < 3; ++j) CHECK(a[r * 3 + j] == Approx(expected[j]).epsilon(1e-6));
  CHECK(a[6] == 0.0f);
  CHECK(a[8] == 1.0f);
  for (int r = 0; r < 3; ++r) CHECK(a[r * 3] + a[r * 3 + 1] + a[r * 3 + 2] == Approx(1.0f).epsilon(1e-6));
  for (float v : a) CHECK(std::isfinite(v));
}

TEST_CASE("softmax backward is the Jacobian product a_j (da_j - sum_k da_k a_k)") {
  std::vector<float> z = {0.3f, -1.1f, 0.8f, 2.0f}, a(4), dz(4), db(4);
  const std::vector<float> zero(4, 0.0f), da = {0.5f, -1.0f, 2.0f, 0.25f};
  std::vector<float> z_copy = z;
  dp::add_bias_and_activate(Activation::softmax, z_copy.data(), zero.data(), a.data(), 1, 4);
  dp::activation_backward(Activation::softmax, z_copy.data(), a.data(), da.data(), dz.data(), db.data(), 1, 4);
  // Central differences of s(z) = sum_j da_j softmax(z)_j
  auto s = [&](const std::vector<float>& zz) {
    std::vector<float> w = zz, out(4);
    dp::add_bias_and_activate(Activation::softmax, w.data(), zero.data(), out.data(), 1, 4);
    double sum = 0;
    for (int j = 0; j < 4; ++j) sum += double(da[j]) * out[j];
    return sum;
  };
  for (int j = 0; j < 4; ++j) {
    std::vector<float> up = z, down = z;
    up[j] += 1e-3f;
    down[j] -= 1e-3f;
    const double fd = (s(up) - s(down)) / (double(up[j]) - double(down[j]));
    CHECK(std::fabs(dz[j] - fd) <= 1e-3 * std::fabs(fd) + 1e-4);
    CHECK(db[j] == dz[j]);  // one row: the bias gradient is dz itself
  }
  CHECK(dz[0] + dz[1] + dz[2] + dz[3] == Approx(0.0f).scale(1.0).epsilon(1e-6));  // shift invariance
}

TEST_CASE("add_bias_and_activate adds the bias per column, then applies f") {
  for (Activation f : kElementwise) {
    CAPTURE(dp::name_of(f));
    std::vector<float> z = {0.5f, -1.0f, 2.0f, -0.25f, 1.5f, -3.0f}, a(6);
    const std::vector<float> original = z, bias = {0.1f, -0.2f, 0.3f};
    dp::add_bias_and_activate(f, z.data(), bias.data(), a.data(), 2, 3);
    for (int i = 0; i < 6; ++i) {
      CHECK(z[i] == original[i] + bias[i % 3]);
      CHECK(a[i] == value(f, z[i]));
    }
  }
}

TEST_CASE("activation_backward gives dz = da * f'(z) and db = column sums of dz") {
  for (Activation f : kElementwise) {
    CAPTURE(dp::name_of(f));
    std::vector<float> z = {0.5f, -1.0f, 2.0f, -0.25f, 1.5f, -3.0f}, a(6), dz(6), db(3);
    const std::vector<float> zero(3, 0.0f), da = {1.0f, 2.0f, -1.0f, 0.5f, -2.0f, 3.0f};
    dp::add_bias_and_activate(f, z.data(), zero.data(), a.data(), 2, 3);
    dp::activation_backward(f, z.data(), a.data(), da.data(), dz.data(), db.data(), 2, 3);
    for (int i = 0; i < 6; ++i) CHECK(dz[i] == Approx(da[i] * slope(f, z[i])).epsilon(1e-6));
    for (int j = 0; j < 3; ++j) CHECK(db[j] == Approx(dz[j] + dz[3 + j]).epsilon(1e-6));
  }
}

TEST_CASE("bias_gradient sums dz over rows") {
  const std::vector<float> dz = {1, 2, 3, 4, 5, 6, 7, 8};
  std::vector<float> db = {99, 99};
  dp::bias_gradient(dz.data(), db.data(), 4, 2);
  CHECK(db[0] == 16.0f);
  CHECK(db[1] == 20.0f);
}
