// Stated precision: the interval of values a figure as written allows
// (grammar/README.md, "Intervals").
#pragma once

#include "grammar/quantity.hpp"

namespace claimlint::grammar {

struct Tolerances {
    // 约, 左右: half-width is at least this share of the value.
    std::int64_t about_percent = 5;
    // 近, 接近: the value lies in [v × (100 − nearly_percent)%, v].
    std::int64_t nearly_percent = 10;
};

// `place` is the unit of the last written digit, scale applied.
// `inclusive_bound` marks 以上/以下/以内/不超过, which include the number.
Interval interval_for(const Decimal& value, const Decimal& place, const std::optional<Decimal>& high,
                      Qualifier q, Kind kind, bool inclusive_bound, const Tolerances& tol = {});
namespace detail {
// set_interval past its common case.
void set_interval_general(Interval& out, const Decimal& value, const Decimal& place,
                          const std::optional<Decimal>& high, Qualifier q, Kind kind, bool inclusive_bound,
                          const Tolerances& tol);
}  // namespace detail

// The same, written over `out` (the scanner's, in the quantity it fills: no
// copy of a returned interval for every figure). Inline, the common case:
// most figures are exact and written to their own last place (3.25 in 0.01,
// 120 in 1). Half that place is 5 one exponent lower, and the bounds v·10 ∓ 5
// there are what the general sub and add give, without aligning exponents
// digit by digit; the general function's entry and exit cost as much again.
inline void set_interval(Interval& out, const Decimal& value, const Decimal& place,
                         const std::optional<Decimal>& high, Qualifier q, Kind kind, bool inclusive_bound,
                         const Tolerances& tol = {}) {
    if (q == Qualifier::exact && kind != Kind::rank && place.mantissa() == 1 && place.exponent() == value.exponent()) {
        std::int64_t m10, lo, hi;
        if (!__builtin_mul_overflow(value.mantissa(), 10, &m10) && !__builtin_sub_overflow(m10, 5, &lo) &&
            !__builtin_add_overflow(m10, 5, &hi)) {
            out.low = Bound{Decimal(lo, value.exponent() - 1), true};
            out.high = Bound{Decimal(hi, value.exponent() - 1), false};
            return;
        }
    }
    detail::set_interval_general(out, value, place, high, q, kind, inclusive_bound, tol);
}

}  // namespace claimlint::grammar
