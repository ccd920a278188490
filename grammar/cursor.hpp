// A read position in the normalised text with the small look-ahead helpers
// the period and quantity parsers share.
#pragma once

#include "grammar/numbers.hpp"

#include <array>
#include <cstdint>
#include <optional>
#include <string_view>

namespace claimlint::grammar {

namespace detail {
// The range signs by slot in a table of four under a multiplicative hash,
// one sign in each, as the numeral characters (numbers.hpp): the test is
// asked after nearly every number, and a switch's tree of branches
// mispredicted there.
inline constexpr std::u32string_view kRangeSigns = U"-~至到";
constexpr std::uint32_t range_sign_slot(char32_t c) { return static_cast<std::uint32_t>(c) * 0xE4B06CE7u >> 30; }
inline constexpr std::array<char32_t, 4> kRangeSignSlots = [] {
    std::array<char32_t, 4> slots{};
    for (char32_t c : kRangeSigns) slots[range_sign_slot(c)] = c;
    return slots;
}();
static_assert([] {
    for (char32_t c : kRangeSigns) {
        if (kRangeSignSlots[range_sign_slot(c)] != c) return false;
    }
    return true;
}(), "two range signs share a slot: choose another factor");
}  // namespace detail

struct Cursor {
    const char32_t* p;
    const char32_t* end;

    bool at_end() const { return p >= end; }
    char32_t peek(std::ptrdiff_t k = 0) const { return p + k < end ? p[k] : U'\0'; }

    // Consumes `s` if the text continues with it.
    bool lit(std::u32string_view s) {
        if (!starts_with(s)) return false;
        p += s.size();
        return true;
    }
    // The first character is compared before the rest: nearly every attempt
    // fails there, and a whole comparison costs a call and a loop.
    bool starts_with(std::u32string_view s) const {
        if (static_cast<std::size_t>(end - p) < s.size()) return false;
        return s.empty() || (*p == s[0] && std::u32string_view(p + 1, s.size() - 1) == s.substr(1));
    }
    // The same for a string literal, whose length is then known when
    // compiling: a literal passed as a string_view has its length counted
    // at every call, and the comparison unrolls into a few compares.
    template <std::size_t N>
    bool lit(const char32_t (&s)[N]) {
        if (!starts_with(s)) return false;
        p += N - 1;
        return true;
    }
    template <std::size_t N>
    bool starts_with(const char32_t (&s)[N]) const {
        if (end - p < static_cast<std::ptrdiff_t>(N - 1)) return false;
        for (std::size_t i = 0; i + 1 < N; ++i) {
            if (p[i] != s[i]) return false;
        }
        return true;
    }
    // Consumes the first of `options` that matches; returns its index or -1.
    template <std::size_t N>
    int one_of(const std::u32string_view (&options)[N]) {
        for (std::size_t i = 0; i < N; ++i) {
            if (lit(options[i])) return static_cast<int>(i);
        }
        return -1;
    }

    // An Arabic number or a Chinese numeral: parse_number's memo, valid
    // until the next number read at another place.
    const std::optional<Number>& number() { return parse_number(p, end); }
    // A whole number (Arabic or Chinese, no decimals) within [lo, hi].
    std::optional<int> small_int(int lo, int hi) {
        const char32_t* save = p;
        const auto& n = number();
        if (n && !n->has_point && !n->high && !n->bare_scale && n->value.exponent() >= 0 &&
            n->value.mantissa() >= lo && n->value.mantissa() <= hi) {
            std::int64_t v = n->value.mantissa();
            for (int e = n->value.exponent(); e > 0; --e) v *= 10;
            if (v >= lo && v <= hi) return static_cast<int>(v);
        }
        p = save;
        return std::nullopt;
    }
    // A dash, tilde, 至 or 到 between the ends of a range. One test of one
    // character rather than four lit() calls: asked after nearly every number.
    bool range_sep() {
        if (at_end() || !is_range_sep(*p)) return false;
        ++p;
        return true;
    }
    static bool is_range_sep(char32_t c) { return detail::kRangeSignSlots[detail::range_sign_slot(c)] == c; }
};

inline bool is_ascii_digit(char32_t c) { return c >= U'0' && c <= U'9'; }

// The end of the run of numerals, range signs and 、 from p on: the numbers
// of a list or range of months, quarters or years (1—11月, 7、8、9月,
// 二至三季度, 2018—2022年) and what joins them. The period parsers read those
// numbers one by one; the character after the run tells first whether any
// of their forms can follow.
inline const char32_t* numeral_list_end(const char32_t* p, const char32_t* end) {
    while (p < end && (is_ascii_digit(*p) || is_chinese_numeral_char(*p) || Cursor::is_range_sep(*p) || *p == U'、')) ++p;
    return p;
}
inline bool is_ascii_alpha(char32_t c) { return (c >= U'a' && c <= U'z') || (c >= U'A' && c <= U'Z'); }

}  // namespace claimlint::grammar
