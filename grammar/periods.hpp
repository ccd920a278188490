// Time expressions: years, months, quarters, halves, points, dates,
// multi-year spans, plan periods and streaks (grammar/README.md notation).
#pragma once

#include "grammar/cursor.hpp"
#include "grammar/quantity.hpp"

#include <optional>
#include <string_view>

namespace claimlint::grammar {

struct PeriodMatch {
    Period period;
    // Streaks and spans (连续18个月, 5年来) are also durations: the span of
    // that duration and its number, when there is one.
    std::optional<std::size_t> duration_begin, duration_end;
    std::optional<Number> duration_number;
    std::u32string_view duration_unit;  // 年, 个月, 天 (literals)
};

// A period expression starting exactly at `c.p` (`text_begin` is the start of
// the text, for positions). Advances the cursor on success.
std::optional<PeriodMatch> parse_period(Cursor& c, const char32_t* text_begin);

}  // namespace claimlint::grammar
