// The spec parser: Keras defaults for what is left out, and for what is
// wrong a message naming the field's path and what is allowed.
#include <doctest/doctest.h>

#include <string>

#include "spec_parser.hpp"
#include "spec_writer.hpp"

namespace {

const std::string kLayers =
    R"([{"type":"dense","units":4,"activation":"relu"},{"type":"dense","units":1,"activation":"sigmoid"}])";

std::string error_of(const std::string& json) { return dp::parse_spec(json).error; }

// A valid spec with one part replaced.
std::string with(const std::string& layers, const std::string& rest = R"("loss":"binary_crossentropy")") {
  return R"({"inputs":2,"layers":)" + layers + "," + rest + "}";
}
std::string with_optimizer(const std::string& optimizer) {
  return with(kLayers, R"("loss":"binary_crossentropy","optimizer":)" + optimizer);
}

bool contains(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

}  // namespace

TEST_CASE("a minimal spec parses with keras's defaults") {
  const dp::SpecResult r = dp::parse_spec(with(kLayers));
  REQUIRE(r.error == "");
  CHECK(r.spec.inputs == 2);
  REQUIRE(r.spec.layers.size() == 2);
  CHECK(r.spec.layers[0].units == 4);
  CHECK(r.spec.layers[0].activation == dp::Activation::relu);
  CHECK(r.spec.layers[0].kernel_initializer == dp::Initializer::glorot_uniform);
  CHECK(r.spec.layers[0].kernel_regularizer.l1 == 0.0f);
  CHECK(r.spec.loss == dp::Loss::binary_crossentropy);
  CHECK(r.spec.optimizer.type == dp::OptimizerType::sgd);
  CHECK(r.spec.optimizer.learning_rate == 0.01f);
  CHECK(r.spec.optimizer.momentum == 0.0f);
  CHECK(r.spec.optimizer.schedule.type == dp::ScheduleType::constant);
  CHECK(r.spec.seed == 0);
  // a dense layer without an activation is linear, as in Keras
  CHECK(dp::parse_spec(with(R"([{"type":"dense","units":1}])", R"("loss":"mse")")).spec.layers[0].activation ==
        dp::Activation::linear);
}

TEST_CASE("each optimizer defaults to keras's learning rate; a plain string names the optimizer") {
  CHECK(dp::parse_spec(with_optimizer(R"({"type":"sgd"})")).spec.optimizer.learning_rate == 0.01f);
  for (const char* name : {"adam", "rmsprop"}) {
    const dp::SpecResult r = dp::parse_spec(with_optimizer("\"" + std::string(name) + "\""));
    REQUIRE(r.error == "");
    CHECK(r.spec.optimizer.learning_rate == 0.001f);
    CHECK(r.spec.optimizer.epsilon == 1e-7f);
  }
  const dp::OptimizerSpec adam = dp::parse_spec(with_optimizer(R"("adam")")).spec.optimizer;
  CHECK(adam.type == dp::OptimizerType::adam);
  CHECK(adam.beta1 == 0.9f);
  CHECK(adam.beta2 == 0.999f);
  CHECK(dp::parse_spec(with_optimizer(R"("rmsprop")")).spec.optimizer.rho == 0.9f);
  CHECK(error_of(with_optimizer(R"("adamw")")) == "optimizer.type: 'adamw' is not one of sgd, rmsprop, adam");
}

TEST_CASE("every field of a full spec is read") {
  const dp::SpecResult r = dp::parse_spec(
      R"({"inputs":3,"seed":42,"loss":"categorical_crossentropy","layers":[)"
      R"({"type":"dense","units":8,"activation":"gelu","kernelInitializer":"he_normal","kernelRegularizer":{"l1":0.01,"l2":0.02}},)"
      R"({"type":"dropout","rate":0.25},{"type":"dense","units":3,"activation":"softmax","kernelInitializer":"zeros"}],)"
      R"("optimizer":{"type":"sgd","learningRate":0.5,"momentum":0.9,"dampening":0.9,"nesterov":true,)"
      R"("schedule":{"type":"cosine","decaySteps":500,"alpha":0.1,"warmupSteps":20}}})");
  REQUIRE(r.error == "");
  const dp::ModelSpec& s = r.spec;
  CHECK(s.seed == 42);
  CHECK(s.layers[0].kernel_initializer == dp::Initializer::he_normal);
  CHECK(s.layers[0].kernel_regularizer.l2 == 0.02f);
  CHECK(s.layers[1].type == dp::LayerType::dropout);
  CHECK(s.layers[1].rate == 0.25f);
  CHECK(s.layers[2].kernel_initializer == dp::Initializer::zeros);
  CHECK(s.outputs() == 3);
  CHECK(s.optimizer.nesterov);
  CHECK(s.optimizer.dampening == 0.9f);
  CHECK(s.optimizer.schedule.type == dp::ScheduleType::cosine);
  CHECK(s.optimizer.schedule.decay_steps == 500);
  CHECK(s.optimizer.schedule.alpha == 0.1f);
  CHECK(s.optimizer.schedule.warmup_steps == 20);
}

TEST_CASE("an unknown activation names the field and lists the allowed ones") {
  CHECK(error_of(with(R"([{"type":"dense","units":4},{"type":"dense","units":1,"activation":"swishy"}])")) ==
        "layers[1].activation: 'swishy' is not one of relu, sigmoid, tanh, softmax, linear, leaky_relu, elu, gelu");
}

TEST_CASE("softmax over a single unit is refused: it always outputs 1 and nothing trains") {
  CHECK(error_of(with(R"([{"type":"dense","units":1,"activation":"softmax"},{"type":"dense","units":1}])"))
            .rfind("layers[0].activation: softmax over a single unit always outputs 1", 0) == 0);
  CHECK(error_of(with(R"([{"type":"dense","units":2,"activation":"softmax"},{"type":"dense","units":1}])")).empty());
}

TEST_CASE("unknown names of layer types, losses, initializers and schedules list the allowed ones") {
  CHECK(error_of(with(R"([{"type":"conv2d"}])")) == "layers[0].type: 'conv2d' is not one of dense, dropout");
  CHECK(error_of(with(kLayers, R"("loss":"hinge")")) ==
        "loss: 'hinge' is not one of binary_crossentropy, categorical_crossentropy, "
        "sparse_categorical_crossentropy, nll, mse, mae");
  CHECK(error_of(with(R"([{"type":"dense","units":1,"kernelInitializer":"ones"}])")) ==
        "layers[0].kernelInitializer: 'ones' is not one of glorot_uniform, he_normal, zeros");
  CHECK(error_of(with_optimizer(R"({"type":"adam","schedule":{"type":"cyclic"}})")) ==
        "optimizer.schedule.type: 'cyclic' is not one of constant, step, exponential, cosine");
}

TEST_CASE("unknown fields are rejected, __proto__ included, with the allowed keys") {
  CHECK(error_of(R"({"inputs":2,"layers":)" + kLayers + R"(,"loss":"mse","__proto__":{"x":1}})") ==
        "__proto__: unknown field (allowed: inputs, layers, loss, optimizer, seed)");
  CHECK(error_of(with(R"([{"type":"dense","units":1,"unit":3}])")) ==
        "layers[0].unit: unknown field (allowed: type, units, activation, kernelInitializer, kernelRegularizer)");
  CHECK(error_of(with(R"([{"type":"dropout","rate":0.1,"__proto__":null},{"type":"dense","units":1}])")) ==
        "layers[0].__proto__: unknown field (allowed: type, rate)");
  CHECK(error_of(with(R"([{"type":"dense","units":1,"kernelRegularizer":{"l3":1}}])")) ==
        "layers[0].kernelRegularizer.l3: unknown field (allowed: l1, l2)");
  // fields of another optimizer are unknown to this one
  CHECK(error_of(with_optimizer(R"({"type":"adam","momentum":0.9})")) ==
        "optimizer.momentum: unknown field (allowed: type, learningRate, schedule, beta1, beta2, epsilon)");
}

TEST_CASE("missing required fields are named") {
  CHECK(error_of(R"({"layers":)" + kLayers + R"(,"loss":"mse"})") == "inputs: is required");
  CHECK(error_of(R"({"inputs":2,"loss":"mse"})") == "layers: is required");
  CHECK(error_of(R"({"inputs":2,"layers":)" + kLayers + "}") == "loss: is required");
  CHECK(error_of(with(R"([{"units":3}])")) == "layers[0].type: is required");
  CHECK(error_of(with(R"([{"type":"dense"}])")) == "layers[0].units: is required");
  CHECK(error_of(with(R"([{"type":"dropout"},{"type":"dense","units":1}])")) == "layers[0].rate: is required");
  CHECK(error_of(with_optimizer(R"({"learningRate":0.1})")) == "optimizer.type: is required");
}

TEST_CASE("wrong types name the field and the expected type") {
  CHECK(error_of(with(R"([{"type":"dense","units":"4"}])")) == "layers[0].units: '4' must be an integer in 1..4096");
  CHECK(error_of(R"({"inputs":true,"layers":)" + kLayers + R"(,"loss":"mse"})") ==
        "inputs: true must be an integer in 1..4096");
  CHECK(error_of(with(R"({"type":"dense"})")) == "layers: an object must be an array of 1..64 layers");
  CHECK(error_of(with("[]")) == "layers: 0 layers; allowed 1..64 layers");
  CHECK(error_of(with(R"([5])")) == "layers[0]: 5 must be an object");
  CHECK(error_of(with_optimizer(R"({"type":"sgd","nesterov":"yes"})")) ==
        "optimizer.nesterov: 'yes' must be true or false");
  CHECK(error_of(with_optimizer("7")) == "optimizer: 7 must be an object");
  CHECK(contains(error_of(with(kLayers, R"("loss":3)")), "loss: 3 is not one of binary_crossentropy, "));
  CHECK(error_of("[1, 2]") == "spec: an array must be an object");
}

TEST_CASE("units must be whole numbers from 1 to the limit, and the message says so") {
  for (const std::string units : {"0", "-3", "2.5", "1e+09"}) {
    CAPTURE(units);
    CHECK(error_of(with(R"([{"type":"dense","units":)" + units + "}]")) ==
          "layers[0].units: " + units + " must be an integer in 1..4096");
  }
  CHECK(error_of(with(R"([{"type":"dense","units":4097}])")) == "layers[0].units: 4097 must be an integer in 1..4096");
  CHECK(error_of(with(R"([{"type":"dense","units":4096}])", R"("loss":"mse")")) == "");
}

TEST_CASE("too many parameters are refused before anything is allocated") {
  // (4096 + 1) * 4096 weights and biases exceed 16,777,216
  const std::string big = R"({"inputs":4096,"layers":[{"type":"dense","units":4096}],"loss":"mse"})";
  CHECK(error_of(big) == "layers: 16781312 parameters exceed the limit of 16777216");
  std::string deep = R"({"inputs":2,"layers":[)";
  for (int i = 0; i < 65; ++i) deep += std::string(i ? "," : "") + R"({"type":"dense","units":2})";
  CHECK(error_of(deep + R"(],"loss":"mse"})") == "layers: 65 layers; allowed 1..64 layers");
}

TEST_CASE("optimizer numbers outside their ranges name the field and the interval") {
  CHECK(error_of(with_optimizer(R"({"type":"sgd","learningRate":0})")) ==
        "optimizer.learningRate: 0 must be a number in (0, 3.402823e+38]");
  CHECK(error_of(with_optimizer(R"({"type":"sgd","learningRate":-0.1})")) ==
        "optimizer.learningRate: -0.1 must be a number in (0, 3.402823e+38]");
  CHECK(error_of(with_optimizer(R"({"type":"sgd","learningRate":"NaN"})")) ==
        "optimizer.learningRate: 'NaN' must be a number in (0, 3.402823e+38]");
  CHECK(error_of(with_optimizer(R"({"type":"sgd","learningRate":1e39})")) ==
        "optimizer.learningRate: 1e+39 must be a number in (0, 3.402823e+38]");
  CHECK(error_of(with_optimizer(R"({"type":"sgd","momentum":1})")) ==
        "optimizer.momentum: 1 must be a number in [0, 1)");
  CHECK(error_of(with_optimizer(R"({"type":"rmsprop","rho":1})")) == "optimizer.rho: 1 must be a number in [0, 1)");
  CHECK(error_of(with_optimizer(R"({"type":"adam","beta1":1})")) == "optimizer.beta1: 1 must be a number in [0, 1)");
  CHECK(error_of(with_optimizer(R"({"type":"adam","beta2":1})")) == "optimizer.beta2: 1 must be a number in [0, 1)");
  CHECK(error_of(with_optimizer(R"({"type":"adam","epsilon":0})")) ==
        "optimizer.epsilon: 0 must be a number in (0, 1]");
  CHECK(error_of(with_optimizer(R"({"type":"sgd","schedule":{"type":"step","decaySteps":0}})")) ==
        "optimizer.schedule.decaySteps: 0 must be an integer in 1..1000000000");
  CHECK(error_of(with_optimizer(R"({"type":"sgd","schedule":{"type":"exponential","decayRate":0}})")) ==
        "optimizer.schedule.decayRate: 0 must be a number in (0, 1]");
  CHECK(error_of(with_optimizer(R"({"type":"sgd","momentum":0.99,"learningRate":100})")) == "");
}

TEST_CASE("a learning rate is any finite positive float32, as in Keras: too large a one diverges in training") {
  for (const char* rate : {"1000", "1e30", "3.4028234e38"}) {
    CAPTURE(rate);
    CHECK(error_of(with_optimizer(std::string(R"({"type":"adam","learningRate":)") + rate + "}")) == "");
  }
}

TEST_CASE("layer numbers outside their ranges name the field") {
  CHECK(error_of(with(R"([{"type":"dropout","rate":1},{"type":"dense","units":1}])")) ==
        "layers[0].rate: 1 must be a number in [0, 1)");
  CHECK(error_of(with(R"([{"type":"dense","units":1,"kernelRegularizer":{"l2":-1}}])")) ==
        "layers[0].kernelRegularizer.l2: -1 must be a number in [0, 10]");
  CHECK(error_of(R"({"inputs":0,"layers":)" + kLayers + R"(,"loss":"mse"})") ==
        "inputs: 0 must be an integer in 1..4096");
  CHECK(error_of(R"({"inputs":2,"layers":)" + kLayers + R"(,"loss":"mse","seed":-1})") ==
        "seed: -1 must be an integer in 0..4294967295");
}

TEST_CASE("losses that do not fit the output layer are refused with the reason") {
  CHECK(error_of(
            with(R"([{"type":"dense","units":1,"activation":"softmax"}])", R"("loss":"categorical_crossentropy")")) ==
        "loss: categorical_crossentropy needs at least 2 output units, but layers[0] has 1 "
        "(for one unit use binary_crossentropy)");
  CHECK(contains(error_of(with(R"([{"type":"dense","units":1}])", R"("loss":"sparse_categorical_crossentropy")")),
                 "needs at least 2 output units"));
  CHECK(error_of(with(R"([{"type":"dense","units":3,"activation":"sigmoid"}])", R"("loss":"nll")")) ==
        "loss: nll takes probabilities, so layers[0].activation must be softmax, not sigmoid");
  CHECK(error_of(with(R"([{"type":"dense","units":3,"activation":"softmax"}])", R"("loss":"nll")")) == "");
  CHECK(error_of(with(R"([{"type":"dense","units":3},{"type":"dropout","rate":0.5}])")) ==
        "layers[1]: the last layer must be dense (it produces the outputs)");
}

TEST_CASE("text that is not JSON is refused as such") {
  CHECK(error_of("{inputs: 2}") == "spec: not valid JSON");
  CHECK(error_of("") == "spec: not valid JSON");
  CHECK(error_of(R"({"inputs":2,"layers":[{"type":"dense","units":NaN}],"loss":"mse"})") == "spec: not valid JSON");
}

TEST_CASE("spec_to_json round-trips: parse(to_json(spec)) is the same spec") {
  const char* const specs[] = {
      R"({"inputs":2,"layers":[{"type":"dense","units":1}],"loss":"mse"})",
      R"({"inputs":3,"seed":4294967295,"loss":"categorical_crossentropy","layers":[)"
      R"({"type":"dense","units":8,"activation":"gelu","kernelInitializer":"he_normal","kernelRegularizer":{"l1":0.01,"l2":0.02}},)"
      R"({"type":"dropout","rate":0.3},{"type":"dense","units":3,"activation":"softmax","kernelInitializer":"zeros"}],)"
      R"("optimizer":{"type":"sgd","learningRate":0.07,"momentum":0.9,"dampening":0.9,"nesterov":true,)"
      R"("schedule":{"type":"cosine","decaySteps":500,"alpha":0.1,"warmupSteps":20}}})",
      R"({"inputs":1,"layers":[{"type":"dense","units":2,"activation":"leaky_relu","kernelRegularizer":{"l2":0.001}},)"
      R"({"type":"dense","units":1,"activation":"elu"}],"loss":"mae","optimizer":{"type":"rmsprop","rho":0.8,)"
      R"("momentum":0.2,"epsilon":1e-6,"centered":true,"schedule":{"type":"step","decaySteps":7,"decayRate":0.3}}})",
      R"({"inputs":4,"layers":[{"type":"dense","units":5,"activation":"tanh"},{"type":"dense","units":5,"activation":"softmax"}],)"
      R"("loss":"nll","optimizer":{"type":"adam","learningRate":0.02,"beta1":0.8,"beta2":0.99,"epsilon":1e-8,)"
      R"("schedule":{"type":"exponential","decaySteps":100,"decayRate":0.96}}})"};
  for (const char* json : specs) {
    CAPTURE(json);
    const dp::SpecResult first = dp::parse_spec(json);
    REQUIRE(first.error == "");
    const std::string text = dp::spec_to_json(first.spec);
    const dp::SpecResult second = dp::parse_spec(text);
    REQUIRE(second.error == "");
    const dp::ModelSpec &a = first.spec, &b = second.spec;
    CHECK(dp::spec_to_json(b) == text);
    CHECK((a.inputs == b.inputs && a.loss == b.loss && a.seed == b.seed && a.layers.size() == b.layers.size()));
    for (std::size_t i = 0; i < a.layers.size(); ++i) {
      const dp::LayerSpec &x = a.layers[i], &y = b.layers[i];
      CHECK((x.type == y.type && x.units == y.units && x.activation == y.activation &&
             x.kernel_initializer == y.kernel_initializer && x.kernel_regularizer.l1 == y.kernel_regularizer.l1 &&
             x.kernel_regularizer.l2 == y.kernel_regularizer.l2 && x.rate == y.rate));
    }
    const dp::OptimizerSpec &o = a.optimizer, &p = b.optimizer;
    CHECK((o.type == p.type && o.learning_rate == p.learning_rate && o.momentum == p.momentum &&
           o.dampening == p.dampening && o.nesterov == p.nesterov && o.rho == p.rho && o.centered == p.centered &&
           o.beta1 == p.beta1 && o.beta2 == p.beta2 && o.epsilon == p.epsilon));
    CHECK((o.schedule.type == p.schedule.type && o.schedule.decay_steps == p.schedule.decay_steps &&
           o.schedule.decay_rate == p.schedule.decay_rate && o.schedule.alpha == p.schedule.alpha &&
           o.schedule.warmup_steps == p.schedule.warmup_steps));
  }
  // numbers are written shortest-first: 0.07, not 0.0700000003
  CHECK(contains(dp::spec_to_json(dp::parse_spec(specs[1]).spec), R"("learningRate":0.07)"));
}
