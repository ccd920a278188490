// Time expressions: years, months, quarters, halves, points, dates,
// multi-year spans, plan periods and streaks (grammar/README.md notation).
#pragma once

#include "grammar/cursor.hpp"
#include "grammar/quantity.hpp"

#include <optional>
#include <string_view>

namespace claimlint::grammar {

// Streaks and spans (连续18个月, 5年来) are also durations: the span of that
// duration, its number and its unit.
struct PeriodDuration {
    std::size_t begin = 0, end = 0;
    Number number;
    std::u32string_view unit;  // 年, 个月, 天 (literals)
};

namespace detail {
// Whether a period can start at the numeral at c.p. Every form of periods.cpp
// that begins with a number reads it with Cursor::number() at c.p, and then
// needs one of these right after it: 个月 or 个季 (3个月来, 两个季度), 年 after
// four Arabic digits or before 来/以来 (2023年, 5年来), 季 (三季度), 月 (11月),
// or a range sign or 、 and then more numbers and 年, 季, 个季 or 月 (1—11月,
// 2018—2022年, 二至三季度, 7、8、9月). The two exceptions: a written year
// (二〇二四) needs nothing after it, and a plan (十四五) is not read as one
// number. Most numerals are figures (3个百分点, 三年, 3000至4000元) or list
// markers (一、), and this spares the period parsers on them.
inline bool numeral_may_start_period(const Cursor& c) {
    if (*c.p == U'十') return true;
    Cursor t = c;
    const auto& n = t.number();
    if (!n) return false;
    if (n->digit_sequence) return true;
    // 季, 月, 个月 or 个季 at w, and with `year` 年.
    auto period_word = [](const Cursor& w, bool year) {
        const char32_t c = w.peek();
        return c == U'季' || c == U'月' || (year && c == U'年') ||
               (c == U'个' && (w.peek(1) == U'月' || w.peek(1) == U'季'));
    };
    if (period_word(t, false)) return true;
    const char32_t next = t.peek();
    if (next == U'年') return (!n->chinese && n->int_digits == 4) || t.peek(1) == U'来' || t.peek(1) == U'以';
    if (!Cursor::is_range_sep(next) && next != U'、') return false;
    return period_word(Cursor{numeral_list_end(t.p, t.end), t.end}, true);
}
}  // namespace detail

// Whether a period may start at `c.p`. Inline, the test that rules out most
// numerals: the scanner asks at every one, and the call of the whole parser
// cost more than the test.
inline bool period_may_start(const Cursor& c) {
    bool numeral = !c.at_end() && (is_ascii_digit(*c.p) || is_chinese_numeral_char(*c.p));
    return !numeral || detail::numeral_may_start_period(c);
}

// A period expression starting exactly at `c.p` (`text_begin` is the start of
// the text, for positions), where period_may_start holds. On success,
// advances the cursor, writes the period over `out` (the scanner's is the
// result's last element: no copy or move of its label) and, for a span or
// streak, its duration into `duration`; otherwise leaves both as they were.
bool parse_period(Cursor& c, const char32_t* text_begin, Period& out, std::optional<PeriodDuration>& duration);

}  // namespace claimlint::grammar
