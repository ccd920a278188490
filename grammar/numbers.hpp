// Numbers as written: Arabic (1,679.1) and Chinese (一百零五, 两万, 二〇二四),
// and the scale words that multiply them (万, 亿, 万亿 …).
#pragma once

#include "grammar/decimal.hpp"

#include <cstdint>
#include <optional>
#include <string_view>

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
// This thread's memo, a static of an inline function rather than an extern
// thread_local variable: read from other files, that one made g++ 12's
// -fsanitize=undefined report a null address in parse_number() whenever the
// inlining around it changed (a false alarm that stopped the sanitized build
// on every document, twice). Constant-initialised: no guard on access.
inline NumberMemo& number_memo() {
    static thread_local constinit NumberMemo memo;
    return memo;
}
// parse_number past its memo, at a digit or a numeral character: reads the
// number at `it` and remembers it.
const std::optional<Number>& parse_number_fresh(const char32_t*& it, const char32_t* end);
inline constexpr std::optional<Number> kNoNumber;

// The Chinese numeral characters, by slot in a table of 32 under a
// multiplicative hash: a switch over characters this far apart compiled to a
// tree of branches, and the scanner asks at nearly every place it stops.
inline constexpr std::u32string_view kChineseNumeralChars = U"〇零一二两三四五六七八九十百千万亿";
constexpr std::uint32_t numeral_slot(char32_t c) { return static_cast<std::uint32_t>(c) * 0x2FF1D18Cu >> 27; }
struct NumeralSlots {
    char32_t at[32];
};
constexpr NumeralSlots numeral_slots() {
    NumeralSlots s{};
    bool used[32] = {};
    for (char32_t c : kChineseNumeralChars) {
        s.at[numeral_slot(c)] = c;
        used[numeral_slot(c)] = true;
    }
    // An empty slot holds a character of another slot: it matches nothing.
    for (std::uint32_t i = 0; i < 32; ++i) {
        if (used[i]) continue;
        char32_t v = 0;
        while (numeral_slot(v) == i) ++v;
        s.at[i] = v;
    }
    return s;
}
inline constexpr NumeralSlots kNumeralSlots = numeral_slots();
constexpr bool numeral_slots_distinct() {
    for (char32_t c : kChineseNumeralChars) {
        if (kNumeralSlots.at[numeral_slot(c)] != c) return false;
    }
    return true;
}
static_assert(numeral_slots_distinct(), "two numeral characters share a slot: choose another factor");
}  // namespace detail

inline bool is_chinese_numeral_char(char32_t c) { return detail::kNumeralSlots.at[detail::numeral_slot(c)] == c; }

// An Arabic number or else a Chinese numeral. The period and figure parsers
// try the same position several times, so the last result is remembered;
// reset_number_memo() forgets it (scan() calls it for every new text). Inline:
// most calls find the memo, and a call cost more than the test. The result
// is the memo itself, not a copy (most callers read a field or two of it):
// it holds until the next call at another place. Both parsers need a digit
// or a numeral character first (a leading 点 never evaluates): the parsers
// ask at many places that have neither.
inline const std::optional<Number>& parse_number(const char32_t*& it, const char32_t* end) {
    const NumberMemo& memo = detail::number_memo();
    if (memo.at != it || memo.end != end) {
        if (it == end || !((*it >= U'0' && *it <= U'9') || is_chinese_numeral_char(*it))) return detail::kNoNumber;
        return detail::parse_number_fresh(it, end);
    }
    if (memo.number) it = memo.after;
    return memo.number;
}
void reset_number_memo();
// The number parse_number would read at `it`, read past its memo, which
// keeps what it holds.
std::optional<Number> read_number(const char32_t*& it, const char32_t* end);

}  // namespace claimlint::grammar
