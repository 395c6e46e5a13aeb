#include "shortest_decimal.hpp"

#include <cstdio>
#include <cstdlib>

namespace dp {

double shortest_decimal(float v) {
  char buffer[32];
  for (int precision = 1; precision <= 9; ++precision) {
    std::snprintf(buffer, sizeof buffer, "%.*g", precision, double(v));
    if (std::strtof(buffer, nullptr) == v) break;
  }
  return std::strtod(buffer, nullptr);
}

}  // namespace dp
