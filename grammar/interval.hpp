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
// The same, written over `out` (the scanner's, in the quantity it fills: no
// copy of a returned interval for every figure).
void set_interval(Interval& out, const Decimal& value, const Decimal& place, const std::optional<Decimal>& high,
                  Qualifier q, Kind kind, bool inclusive_bound, const Tolerances& tol = {});

}  // namespace claimlint::grammar
