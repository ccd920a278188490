// Numbers as written: Arabic (1,679.1) and Chinese (一百零五, 两万, 二〇二四),
// and the scale words that multiply them (万, 亿, 万亿 …).
#pragma once

#include "grammar/decimal.hpp"

#include <optional>

namespace claimlint::grammar {

struct Number {
    Decimal value;               // scale words inside a Chinese numeral applied
    Decimal place;               // unit of the last written digit (stated precision)
    std::optional<Decimal> high; // 两三 (2..3): the upper end
    bool chinese = false;
    bool digit_sequence = false;  // 二〇二四: digits read one by one
    bool bare_scale = false;      // starts with 百/千/万/亿 and no digit (百余)
    bool leading_zero = false;    // 0431, 05
    bool single_digit_yi = false; // exactly 一: the indefinite article before a measure word
    bool single_digit_er = false; // exactly 二: ordinal before a measure word (二次全会)
    bool has_point = false;       // a decimal point
    int int_digits = 0;           // Arabic: digits before the point
};

// An Arabic number at `it` (digits, optional groups of three after commas,
// optional decimals). Advances `it` on success.
std::optional<Number> parse_arabic(const char32_t*& it, const char32_t* end);

// The longest well-formed Chinese numeral at `it`. Advances `it` on success.
std::optional<Number> parse_chinese(const char32_t*& it, const char32_t* end);

// A scale word after an Arabic number: 万 (4), 亿 (8), 万亿 (12), 千万 (7),
// 百万 (6), 十万 (5), 千亿 (11), 百亿 (10). Returns the power of ten.
std::optional<int> parse_scale(const char32_t*& it, const char32_t* end);

// The last number parse_number read: where, and what it found there.
struct NumberMemo {
    const char32_t* at = nullptr;
    const char32_t* end = nullptr;
    const char32_t* after = nullptr;
    std::optional<Number> number;
};
namespace detail {
extern thread_local constinit NumberMemo number_memo;
// parse_number past its memo: reads the number at `it` and remembers it.
const std::optional<Number>& parse_number_fresh(const char32_t*& it, const char32_t* end);
}  // namespace detail

// An Arabic number or else a Chinese numeral. The period and figure parsers
// try the same position several times, so the last result is remembered;
// reset_number_memo() forgets it (scan() calls it for every new text). Inline:
// most calls find the memo, and a call cost more than the test. The result
// is the memo itself, not a copy (most callers read a field or two of it):
// it holds until the next call at another place.
inline const std::optional<Number>& parse_number(const char32_t*& it, const char32_t* end) {
    const NumberMemo& memo = detail::number_memo;
    if (memo.at != it || memo.end != end) return detail::parse_number_fresh(it, end);
    if (memo.number) it = memo.after;
    return memo.number;
}
void reset_number_memo();

inline bool is_chinese_numeral_char(char32_t c) {
    switch (c) {
        case U'〇': case U'零': case U'一': case U'二': case U'两': case U'三': case U'四':
        case U'五': case U'六': case U'七': case U'八': case U'九': case U'十': case U'百':
        case U'千': case U'万': case U'亿':
            return true;
        default:
            return false;
    }
}

}  // namespace claimlint::grammar
