// Fuzzes the fit options: any text gives options or a message; options that
// parse prepare a fit and run one epoch of it on a small model.
#include <cstddef>
#include <cstdint>

#include "fuzz_support.hpp"
#include "spec_parser.hpp"

using namespace dp_fuzz;

namespace {

const dp::ValidSpec& spec() {
  static const dp::ValidSpec spec =
      *dp::parse_spec(R"({"inputs":3,"layers":[{"type":"dense","units":4,"activation":"relu"},)"
                      R"({"type":"dropout","rate":0.3},{"type":"dense","units":3,"activation":"softmax"}],)"
                      R"("loss":"sparse_categorical_crossentropy","optimizer":"adam","seed":3})")
           .valid;
  return spec;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string text = text_of(data, size);
  const dp::FitOptionsResult parsed = dp::parse_fit_options(text);
  if (!parsed.error.empty()) return 0;
  require(parsed.epochs >= 1 && parsed.epochs <= 1000000, "epochs out of range");
  require(parsed.options.batch_size >= 1, "batch size 0");

  dp::ModelSession session(spec());
  dp::FloatBuffer x, y;
  small_data(spec().get(), 11, x, y);
  const std::string prepared = session.prepare_fit(text, x, y);
  require(prepared.empty(), "prepare_fit rejected options parse_fit_options took: " + prepared);
  require(session.fit_epochs() == int(parsed.epochs), "fit_epochs differs from the parsed epochs");
  const dp::EpochResult epoch = session.fit_epoch(x, y);
  require(!epoch.diverged && std::isfinite(epoch.loss), "one epoch on small data diverged");
  require(epoch.accuracy >= 0.0f && epoch.accuracy <= 1.0f, "accuracy outside [0, 1]");
  require_finite_weights(session, "fit_options");
  return 0;
}
