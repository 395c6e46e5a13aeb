// Fuzzes the spec parser: any text gives a spec or a message, never a crash;
// a spec that parses survives spec_to_json -> parse_spec unchanged, and a
// small one builds, trains a step, predicts and exports to Keras.
#include <cstddef>
#include <cstdint>

#include "fuzz_support.hpp"
#include "spec_parser.hpp"
#include "spec_writer.hpp"

using namespace dp_fuzz;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const dp::SpecResult first = dp::parse_spec(text_of(data, size));
  if (!first.error.empty()) return 0;

  // The canonical JSON reads back as the same spec, and writes the same JSON again.
  const std::string json = dp::spec_to_json(first.spec);
  const dp::SpecResult second = dp::parse_spec(json);
  require(second.error.empty(), "spec_to_json output rejected by parse_spec: " + second.error + " in " + json);
  const std::string again = dp::spec_to_json(second.spec);
  require(again == json, "spec_to_json not stable: " + json + " then " + again);

  if (parameter_count(first.spec) > 20000) return 0;
  dp::ModelSession session(*first.valid);
  (void)session.keras_source();
  dp::FloatBuffer x, y, out;
  small_data(first.spec, 5, x, y);
  const std::string trained = session.train_batch(x, y);
  require(trained.empty(), "valid data rejected: " + trained);
  require_finite_weights(session, "spec");
  require(session.predict(x, out).empty(), "predict rejected valid inputs");
  require(out.size() == 5 * std::size_t(first.spec.outputs()), "predict wrote the wrong number of outputs");
  return 0;
}
