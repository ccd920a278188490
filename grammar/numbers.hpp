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

bool is_chinese_numeral_char(char32_t c);

}  // namespace claimlint::grammar
