#include "call_memory.hpp"

#include <cmath>
#include <cstdio>
#include <cstdlib>

#include "limits.hpp"

namespace dp {

std::string mib_text(double bytes) {
  const double mib = bytes / (1 << 20);
  char text[32];
  std::snprintf(text, sizeof text, mib == std::floor(mib) ? "%.0f MiB" : "%.1f MiB", mib);
  return text;
}

std::string check_call_budget(const std::string& call, double bytes) {
  if (bytes <= kMaxCallBytes) return "";
  return call + ": needs " + mib_text(bytes) + " of working memory, over the limit of " + mib_text(kMaxCallBytes) +
         " per call (use fewer rows, a smaller batchSize or narrower layers)";
}

std::string check_call_memory(const std::string& call, double bytes) {
  std::string error = check_call_budget(call, bytes);
  if (!error.empty()) return error;
  void* probe = std::malloc(static_cast<std::size_t>(bytes));
  if (!probe)
    return call + ": out of memory: the engine could not allocate " + mib_text(bytes) +
           " (dispose() the models no longer needed)";
  std::free(probe);
  return "";
}

}  // namespace dp
