// The working memory one call on a model needs, checked before the call
// allocates anything: a call over the budget (kMaxCallBytes) is refused with
// its size, and so is one the heap cannot give right now, because in wasm a
// failed allocation aborts the whole engine (no exceptions to catch).
#pragma once
#include <string>

namespace dp {

// "" when `bytes` is within kMaxCallBytes, else "<call>: needs N MiB of working memory, over the limit ...".
std::string check_call_budget(const std::string& call, double bytes);

// check_call_budget, then whether malloc can hand out `bytes` now (it returns
// null where `new` would abort): "" or "<call>: out of memory ...".
std::string check_call_memory(const std::string& call, double bytes);

// `bytes` in MiB for messages: "256 MiB", "3051.8 MiB".
std::string mib_text(double bytes);

}  // namespace dp
