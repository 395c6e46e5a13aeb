// A float written to JSON as people write it.
#pragma once

namespace dp {

// The shortest decimal that reads back as the same float (0.02, not 0.0199999996).
double shortest_decimal(float v);

}  // namespace dp
