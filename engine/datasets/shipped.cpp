// The two real data sets, compiled in from engine/datasets/data/ so that Node,
// browsers and native tests read the same bytes with no file access.
//   iris:   Fisher's Iris data (R. A. Fisher, 1936), public domain.
//   digits: UCI "Optical Recognition of Handwritten Digits" (E. Alpaydin,
//           C. Kaynak, 1998; CC BY 4.0), the 8x8 version scikit-learn ships.
#include <vector>

#include <xtensor/xmath.hpp>
#include <xtensor/xnoalias.hpp>

#include "../tensor_view.hpp"
#include "generators.hpp"

namespace dp::datasets {

namespace {

// The build turns each CSV into adjacent raw string literals (scripts/embed_csv.cmake).
static const char kIrisCsv[] =
#include "iris_csv.inc"
    ;
static const char kDigitsCsv[] =
#include "digits_csv.inc"
    ;

// A decimal like "5.1" or "16" read as mantissa / 10^decimals, so every
// platform gets the same float without locale-dependent strtof.
float read_number(const char*& p) {
  bool negative = *p == '-';
  if (negative) ++p;
  long long mantissa = 0;
  double scale = 1.0;
  bool fraction = false;
  for (; (*p >= '0' && *p <= '9') || *p == '.'; ++p) {
    if (*p == '.') {
      fraction = true;
      continue;
    }
    mantissa = mantissa * 10 + (*p - '0');
    if (fraction) scale *= 10.0;
  }
  double value = static_cast<double>(mantissa) / scale;
  return static_cast<float>(negative ? -value : value);
}

// All numbers of the comma-separated text after `skip_lines` header lines, row after row.
std::vector<float> parse_csv(const char* p, int skip_lines) {
  for (int line = 0; line < skip_lines && *p; ++p)
    if (*p == '\n') ++line;
  std::vector<float> values;
  while (*p) {
    if (*p == ',' || *p == '\n' || *p == '\r' || *p == ' ') {
      ++p;
      continue;
    }
    values.push_back(read_number(p));
    if (*p && *p != ',' && *p != '\n' && *p != '\r' && *p != ' ') ++p;  // skip a stray byte
  }
  return values;
}

// Splits rows of `features` numbers then a class id into rows.x and rows.y.
Rows split_label(const std::vector<float>& values, int features) {
  Rows rows;
  rows.inputs = features;
  std::size_t width = static_cast<std::size_t>(features) + 1;
  for (std::size_t row = 0; row + width <= values.size(); row += width) {
    rows.x.insert(rows.x.end(), values.begin() + static_cast<long>(row),
                  values.begin() + static_cast<long>(row + width - 1));
    rows.y.push_back(values[row + width - 1]);
  }
  return rows;
}

}  // namespace

Rows iris() {
  // First line: "150,4,setosa,versicolor,virginica"; then 4 measurements (cm) and the class 0..2.
  Rows rows = split_label(parse_csv(kIrisCsv, 1), 4);
  auto x = matrix_view(rows.x.data(), std::size_t(rows.n()), std::size_t(rows.inputs));
  // z = (x - mean) / std per feature, mean and (population) std over all 150 rows
  // in double, so that sepal and petal sizes in cm reach the network on one scale
  const auto xd = xt::cast<double>(x);
  const xt::xtensor<double, 1> mean = xt::mean(xd, {0});
  const xt::xtensor<double, 1> std_dev = xt::sqrt(xt::mean(xt::square(xd - mean), {0}));
  xt::noalias(x) = xt::cast<float>((xd - mean) / std_dev);
  return rows;
}

Rows digits() {
  // 1797 rows of 64 pixel intensities 0..16 (an 8x8 image, row by row) then the digit 0..9.
  Rows rows = split_label(parse_csv(kDigitsCsv, 0), 64);
  // pixel = intensity / 16, in [0, 1]
  auto x = tensor_view(rows.x.data(), std::array<std::size_t, 1>{rows.x.size()});
  x /= 16.0f;
  return rows;
}

}  // namespace dp::datasets
