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

namespace detail {
// Whether a period can start at the numeral at c.p. Every form of periods.cpp
// that begins with a number reads it with Cursor::number() at c.p, and then
// needs one of these right after it: 个月 or 个季 (3个月来, 两个季度), 年 after
// four Arabic digits or before 来/以来 (2023年, 5年来), 季 (三季度), 月 (11月),
// a range sign (1—11月, 2018—2022年, 二至三季度) or 、 (7、8、9月). The two
// exceptions: a written year (二〇二四) needs nothing after it, and a plan
// (十四五) is not read as one number. Most numerals are figures (3个百分点,
// 三年), and this spares the period parsers on them.
inline bool numeral_may_start_period(const Cursor& c) {
    if (*c.p == U'十') return true;
    Cursor t = c;
    const auto& n = t.number();
    if (!n) return false;
    if (n->digit_sequence || t.range_sep()) return true;
    switch (t.peek()) {
        case U'季': case U'月': case U'、':
            return true;
        case U'个':
            return t.peek(1) == U'月' || t.peek(1) == U'季';
        case U'年':
            return (!n->chinese && n->int_digits == 4) || t.peek(1) == U'来' || t.peek(1) == U'以';
        default:
            return false;
    }
}
// parse_period at a place that numeral_may_start_period does not rule out.
std::optional<PeriodMatch> parse_period_past_filter(Cursor& c, const char32_t* text_begin);
}  // namespace detail

// A period expression starting exactly at `c.p` (`text_begin` is the start of
// the text, for positions). Advances the cursor on success. Inline, the test
// that rules out most numerals: the scanner asks at every one, and the call
// of the whole parser cost more than the test.
inline std::optional<PeriodMatch> parse_period(Cursor& c, const char32_t* text_begin) {
    bool numeral = !c.at_end() && (is_ascii_digit(*c.p) || is_chinese_numeral_char(*c.p));
    if (numeral && !detail::numeral_may_start_period(c)) return std::nullopt;
    return detail::parse_period_past_filter(c, text_begin);
}

}  // namespace claimlint::grammar
