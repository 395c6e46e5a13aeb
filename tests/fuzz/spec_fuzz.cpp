// Fuzzes the spec parser: any text gives a spec or a message, never a crash;
// padded with spaces to the length cap it reads the same, one character past
// it is refused by length; a spec that parses survives spec_to_json ->
// parse_spec unchanged, and a small one builds, trains a step, predicts and
// exports to Keras.
#include <cstddef>
#include <cstdint>

#include "fuzz_support.hpp"
#include "limits.hpp"
#include "spec_parser.hpp"
#include "spec_writer.hpp"

using namespace dp_fuzz;

namespace {

// Characters of UTF-8 text: bytes that are not continuation bytes (10xxxxxx).
std::size_t characters(const std::string& text) {
  std::size_t n = 0;
  for (char c : text) n += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
  return n;
}

void check_length_cap(const std::string& text, const dp::SpecResult& parsed) {
  const std::size_t chars = characters(text);
  if (chars > dp::kMaxSpecText) return;
  const std::string at_cap = text + std::string(dp::kMaxSpecText - chars, ' ');
  const std::string past_cap = at_cap + ' ';
  require(dp::parse_spec(at_cap).error == parsed.error, "trailing spaces up to the cap changed the result");
  require(dp::parse_spec(past_cap).error == dp::check_spec_length(double(dp::kMaxSpecText + 1)),
          "text one character past the cap was not refused by length");
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string text = text_of(data, size);
  const dp::SpecResult first = dp::parse_spec(text);
  check_length_cap(text, first);
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
