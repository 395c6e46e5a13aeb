#include "gemm.hpp"

#include "vec4.hpp"

namespace dp {
namespace {

constexpr std::size_t kRows = 4;  // rows of C per micro-kernel call
constexpr std::size_t kCols = 8;  // columns of C per call: two Vec4

inline float at(StridedMatrix a, std::size_t i, std::size_t k) { return a.data[i * a.row_stride + k * a.col_stride]; }

// C[i0:i0+R, j0:j0+8] (+)= A[i0:i0+R, :] B[:, j0:j0+8], register-blocked.
template <std::size_t R>
void block_4x8(StridedMatrix a, const float* b, float* c, std::size_t i0, std::size_t j0, std::size_t n, std::size_t k,
               bool accumulate) {
  Vec4 acc[R][2];
  for (std::size_t r = 0; r < R; ++r) {
    acc[r][0] = accumulate ? Vec4::load(c + (i0 + r) * n + j0) : Vec4::zero();
    acc[r][1] = accumulate ? Vec4::load(c + (i0 + r) * n + j0 + 4) : Vec4::zero();
  }
  for (std::size_t p = 0; p < k; ++p) {
    const Vec4 b0 = Vec4::load(b + p * n + j0);
    const Vec4 b1 = Vec4::load(b + p * n + j0 + 4);
    for (std::size_t r = 0; r < R; ++r) {
      const Vec4 ar = Vec4::splat(at(a, i0 + r, p));
      acc[r][0].multiply_add(ar, b0);
      acc[r][1].multiply_add(ar, b1);
    }
  }
  for (std::size_t r = 0; r < R; ++r) {
    acc[r][0].store(c + (i0 + r) * n + j0);
    acc[r][1].store(c + (i0 + r) * n + j0 + 4);
  }
}

// C[i0:i0+R, j0:j1] for the last columns (fewer than 8), one scalar at a time.
template <std::size_t R>
void block_tail(StridedMatrix a, const float* b, float* c, std::size_t i0, std::size_t j0, std::size_t j1,
                std::size_t n, std::size_t k, bool accumulate) {
  for (std::size_t j = j0; j < j1; ++j) {
    float acc[R];
    for (std::size_t r = 0; r < R; ++r) acc[r] = accumulate ? c[(i0 + r) * n + j] : 0.0f;
    for (std::size_t p = 0; p < k; ++p) {
      const float bp = b[p * n + j];
      for (std::size_t r = 0; r < R; ++r) acc[r] += at(a, i0 + r, p) * bp;
    }
    for (std::size_t r = 0; r < R; ++r) c[(i0 + r) * n + j] = acc[r];
  }
}

template <std::size_t R>
void row_panel(StridedMatrix a, const float* b, float* c, std::size_t i0, std::size_t n, std::size_t k,
               bool accumulate) {
  const std::size_t full = n - n % kCols;
  for (std::size_t j = 0; j < full; j += kCols) block_4x8<R>(a, b, c, i0, j, n, k, accumulate);
  block_tail<R>(a, b, c, i0, full, n, n, k, accumulate);
}

}  // namespace

void gemm(StridedMatrix a, const float* b, float* c, std::size_t m, std::size_t n, std::size_t k, bool accumulate) {
  std::size_t i = 0;
  for (; i + kRows <= m; i += kRows) row_panel<kRows>(a, b, c, i, n, k, accumulate);
  for (; i < m; ++i) row_panel<1>(a, b, c, i, n, k, accumulate);
}

void gemm_transposed_b(StridedMatrix a, const float* b, float* b_packed, float* c, std::size_t m, std::size_t n,
                       std::size_t k) {
  // packed[p, j] = B[j, p]
  for (std::size_t j = 0; j < n; ++j)
    for (std::size_t p = 0; p < k; ++p) b_packed[p * n + j] = b[j * k + p];
  gemm(a, b_packed, c, m, n, k, false);
}

}  // namespace dp
