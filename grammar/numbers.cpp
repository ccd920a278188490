// Arabic and Chinese numerals, read by hand, and the scale words after them.
#include "grammar/numbers.hpp"

#include <array>
#include <iterator>
#include <string>
#include <vector>

namespace claimlint::grammar {
namespace {

// Chinese numeral tokens: digits 0–9, multipliers 10/100/1000, the big units
// 10^4 and 10^8, and the decimal point 点.
enum : int { kTen = 10, kHundred = 100, kThousand = 1000, kWan = 10000, kYi = 100000000, kPoint = -1 };

constexpr int kNone = -2;
// The token of each numeral character the scanner tests for, in the order
// of detail::kChineseNumeralChars (〇零一二两三四五六七八九十百千万亿): one
// list of the characters, and their tokens beside it.
constexpr int kNumeralTokens[] = {0, 0, 1, 2, 2, 3, 4, 5, 6, 7, 8, 9, kTen, kHundred, kThousand, kWan, kYi};
static_assert(std::size(kNumeralTokens) == detail::kChineseNumeralChars.size());

// The tokens by the numeral characters' slots (numbers.hpp): one look-up a
// character, where a switch compiled to a tree of branches that
// mispredicted on nearly every numeral read (and an X3 symbol table's walk
// cost more than the numeral's evaluation).
constexpr std::array<int, 32> kTokenBySlot = [] {
    std::array<int, 32> t{};
    for (std::size_t i = 0; i < std::size(kNumeralTokens); ++i) {
        t[detail::numeral_slot(detail::kChineseNumeralChars[i])] = kNumeralTokens[i];
    }
    return t;
}();
// The token of a character, or kNone.
int token_of(char32_t c) {
    const std::uint32_t slot = detail::numeral_slot(c);
    const int numeral = detail::kNumeralSlots.at[slot] == c ? kTokenBySlot[slot] : kNone;
    return c == U'点' ? kPoint : numeral;
}

int pow10_of(int m) {
    int p = 0;
    while (m >= 10) {
        m /= 10;
        ++p;
    }
    return p;
}

// Evaluates a token sequence as a positional Chinese numeral. Nullopt when
// the sequence is not well formed (multipliers out of order, a multiplier
// without its digit, a trailing point…).
std::optional<Number> evaluate(const std::vector<int>& tok, std::size_t n) {
    Number num;
    num.chinese = true;
    if (n == 0 || tok[n - 1] == kPoint) return std::nullopt;

    // Approximate pairs before a multiplier: 七八十 (70..80), 五六千 (5000..6000).
    if (n >= 3 && tok[0] >= 1 && tok[0] <= 8 && tok[1] == tok[0] + 1 && tok[2] >= kTen) {
        std::vector<int> rest(tok.begin() + 1, tok.begin() + static_cast<std::ptrdiff_t>(n));
        auto high = evaluate(rest, rest.size());
        if (!high || high->high || high->digit_sequence || high->has_point) return std::nullopt;
        std::int64_t h = high->value.mantissa();
        for (int e = high->value.exponent(); e > 0; --e) h *= 10;
        Number num2 = *high;
        num2.value = Decimal(h / tok[1] * tok[0], 0);
        num2.high = Decimal(h, 0);
        return num2;
    }

    // Digit sequences: 二〇二四, and the approximate pairs 两三, 七八.
    bool all_digits = true;
    for (std::size_t i = 0; i < n; ++i) all_digits = all_digits && tok[i] >= 0 && tok[i] <= 9;
    if (all_digits && n >= 2) {
        if (n == 2 && tok[1] == tok[0] + 1 && tok[0] >= 1) {
            num.value = Decimal(tok[0], 0);
            num.high = Decimal(tok[1], 0);
            num.place = Decimal(1, 0);
            return num;
        }
        std::int64_t v = 0;
        for (std::size_t i = 0; i < n; ++i) v = v * 10 + tok[i];
        num.value = Decimal(v, 0);
        num.place = Decimal(1, 0);
        num.digit_sequence = true;
        return num;
    }

    std::int64_t total = 0;    // completed part above the current big unit
    std::int64_t section = 0;  // current part below 万
    int pending = -1;          // digit waiting for its multiplier
    int last_mult = 100000;    // multiplier order inside the section
    int last_big = 0;          // last big unit seen (kWan / kYi)
    int last_unit = 1;         // last multiplier or big unit, for 三万五 = 35000
    bool zero_seen = false;
    bool any_digit = false;
    std::int64_t frac = 0;
    int frac_digits = 0;
    bool in_fraction = false;

    for (std::size_t i = 0; i < n; ++i) {
        int t = tok[i];
        if (in_fraction) {
            if (t < 0 || t > 9) return std::nullopt;
            frac = frac * 10 + t;
            if (++frac_digits > 9) return std::nullopt;
            continue;
        }
        if (t == kPoint) {
            // 二十三点五, 零点五: the point follows the ones digit (or 零).
            if (last_big != 0 || (pending < 0 && !(zero_seen && section == 0))) return std::nullopt;
            if (pending >= 0) section += pending;
            pending = -1;
            in_fraction = true;
            continue;
        }
        if (t >= 0 && t <= 9) {
            if (pending >= 0) return std::nullopt;  // two digits in a row
            if (t == 0) {
                zero_seen = true;  // 一百零五: the next digit is in the ones place
                continue;
            }
            pending = t;
            any_digit = true;
            continue;
        }
        if (t == kTen || t == kHundred || t == kThousand) {
            if (t >= last_mult) return std::nullopt;
            if (pending < 0) {
                // Only a leading 十 stands without its digit (十五, 十万).
                if (t != kTen || any_digit || i != 0) {
                    if (i == 0 && (t == kHundred || t == kThousand)) {
                        num.bare_scale = true;  // 百余, 千余
                        pending = 1;
                    } else {
                        return std::nullopt;
                    }
                } else {
                    pending = 1;
                }
            }
            section += static_cast<std::int64_t>(pending) * t;
            pending = -1;
            last_mult = t;
            last_unit = t;
            zero_seen = false;
            any_digit = true;
            continue;
        }
        // 万 or 亿
        if (pending >= 0) section += pending;
        pending = -1;
        if (section == 0 && total == 0) {
            if (i != 0) return std::nullopt;
            num.bare_scale = true;  // 万余, 亿多
            section = 1;
        }
        if (last_big != 0 && t > last_big && section == 0) {
            if (__builtin_mul_overflow(total, t, &total)) return std::nullopt;  // 万亿
        } else if (last_big != 0 && t >= last_big) {
            return std::nullopt;  // 三万四万
        } else if (__builtin_add_overflow(total, section * t, &total)) {
            return std::nullopt;
        }
        if (total < 0 || total > 9000000000000000LL / 10) return std::nullopt;
        section = 0;
        last_big = t;
        last_unit = t;
        last_mult = 100000;
        zero_seen = false;
    }

    std::int64_t place = 1;
    if (in_fraction) {
        std::int64_t scale = 1;
        for (int k = 0; k < frac_digits; ++k) scale *= 10;
        num.value = Decimal(section * scale + frac, -frac_digits);
        num.place = Decimal(1, -frac_digits);
        num.has_point = true;
        return num;
    }
    if (pending >= 0 && zero_seen) {
        section += pending;
    } else if (pending >= 0) {
        // 三万五 = 35000, 一百五 = 150: a trailing digit takes the next lower place.
        std::int64_t below = last_unit >= 10 ? last_unit / 10 : 1;
        if (last_unit == kWan) below = 1000;
        if (last_unit == kYi) below = 10000000;
        section += static_cast<std::int64_t>(pending) * below;
        place = below;
    }
    std::int64_t value = total + section;
    if (section == 0 && last_big != 0) place = last_big;  // 两万 ≡ 2万: precision 10^4
    num.value = Decimal(value, 0);
    num.place = Decimal(1, pow10_of(static_cast<int>(place > 0 ? place : 1)));
    return num;
}

}  // namespace

namespace {

// parse_arabic into `num`, which parse_number keeps in its memo: a Number
// written field by field and then copied whole stalls on store forwarding.
// By hand rather than with X3 and Decimal::parse: this runs for every number
// in the text, and their raw[] range and the ASCII copy were most of its
// cost. One pass reads and accumulates (finding the end first and then
// accumulating read every digit twice): digits, then groups of exactly three
// after commas (1,679 but not 1,67 or 1,6790), then decimals after a point
// (a point without digits is not read). The value is Decimal::parse's: at
// most 18 significant digits. At a digit: the callers have tested it.
// Always inline: parse_number_fresh reads most numbers with it, and g++ made
// it a call once read_chinese beside it was one more reader in place.
[[gnu::always_inline]] inline bool read_arabic(const char32_t*& it, const char32_t* end, Number& num) {
    auto digit = [end](const char32_t* q) { return q < end && *q >= U'0' && *q <= U'9'; };
    std::int64_t mantissa = 0;
    // Adds the digit at q to the mantissa; false past the 18 significant
    // digits a mantissa holds. A mantissa of 18 digits is one of at least
    // 10^17 (leading zeros leave it 0), so that bound counts them.
    constexpr std::int64_t kEighteenDigits = 100000000000000000;
    auto take = [&](const char32_t* q) {
        if (mantissa >= kEighteenDigits) return false;
        mantissa = mantissa * 10 + static_cast<int>(*q - U'0');
        return true;
    };
    const char32_t* q = it;
    // The run of digits before any comma: its length is the count, and one
    // unsigned compare tests each character.
    for (; q < end && static_cast<std::uint32_t>(*q - U'0') <= 9; ++q) {
        if (!take(q)) return false;
    }
    int int_digits = static_cast<int>(q - it);
    while (q < end && *q == U',' && digit(q + 1) && digit(q + 2) && digit(q + 3) && !digit(q + 4)) {
        if (!take(q + 1) || !take(q + 2) || !take(q + 3)) return false;
        q += 4;
        int_digits += 3;
    }
    int exponent = 0;
    bool point = q < end && *q == U'.' && digit(q + 1);
    if (point) {
        for (++q; digit(q); ++q, --exponent) {
            if (!take(q)) return false;
        }
    }
    // No figure has this many digits; longer runs are codes or garbage.
    constexpr std::ptrdiff_t kMaxChars = 40;
    if (q - it > kMaxChars) return false;
    num.value = Decimal(mantissa, exponent);
    num.place = Decimal(1, exponent);
    num.int_digits = int_digits;
    num.has_point = point;
    // 0431, 0,123; not 0.5 (after a leading 0 comes a digit, a comma or the point).
    num.leading_zero = q - it > 1 && it[0] == U'0' && it[1] != U'.';
    it = q;
    return true;
}

}  // namespace

std::optional<Number> parse_arabic(const char32_t*& it, const char32_t* end) {
    Number num;
    if (it == end || *it < U'0' || *it > U'9' || !read_arabic(it, end, num)) return std::nullopt;
    return num;
}

namespace {

// parse_chinese into `num` (a default Number), as read_arabic: the lone
// digits, most numerals, are written in the memo's entry in place.
bool read_chinese(const char32_t*& it, const char32_t* end, Number& num) {
    // A lone digit (一 of 一些 and 统一, 三 of 三农): most Chinese numerals in
    // a text, and what evaluate() makes of one token 1–9.
    if (int t = it < end ? token_of(*it) : kNone; t >= 1 && t <= 9 && (it + 1 == end || token_of(it[1]) == kNone)) {
        num.chinese = true;
        num.value = Decimal(t, 0);
        num.place = Decimal(1, 0);
        num.single_digit_yi = t == 1;
        num.single_digit_er = *it == U'二';
        ++it;
        return true;
    }
    thread_local std::vector<int> tokens;  // reused: this runs at every numeral character
    tokens.clear();
    for (const char32_t* q = it; q < end; ++q) {
        int t = token_of(*q);
        if (t == kNone) break;
        tokens.push_back(t);
    }
    // Longest well-formed prefix: 五万千瓦 reads 五万, then the unit 千瓦.
    for (std::size_t n = tokens.size(); n > 0; --n) {
        if (auto read = evaluate(tokens, n)) {
            if (n == 1 && tokens[0] == 0) return false;  // 零 alone is not a figure
            num = *read;
            if (n == 1 && tokens[0] == 1) num.single_digit_yi = true;
            if (n == 1 && tokens[0] == 2 && *it == U'二') num.single_digit_er = true;
            it += static_cast<std::ptrdiff_t>(n);
            return true;
        }
    }
    return false;
}

}  // namespace

std::optional<Number> parse_chinese(const char32_t*& it, const char32_t* end) {
    Number num;
    if (!read_chinese(it, end, num)) return std::nullopt;
    return num;
}

void reset_number_memo() { detail::number_memo() = NumberMemo{}; }

std::optional<Number> read_number(const char32_t*& it, const char32_t* end) {
    if (it == end) return std::nullopt;
    if (*it >= U'0' && *it <= U'9') return parse_arabic(it, end);
    return is_chinese_numeral_char(*it) ? parse_chinese(it, end) : std::nullopt;
}

const std::optional<Number>& detail::parse_number_fresh(const char32_t*& it, const char32_t* end) {
    NumberMemo& memo = number_memo();
    memo.at = it;
    memo.end = end;
    // Each parser fails at once on the other's first character (parse_number
    // has tested it is a digit or a numeral character).
    const char32_t* p = it;
    if (*it <= U'9') {
        memo.number.emplace();
        if (!read_arabic(p, end, *memo.number)) memo.number.reset();
    } else {
        memo.number.emplace();
        if (!read_chinese(p, end, *memo.number)) memo.number.reset();
    }
    memo.after = p;
    if (memo.number) it = memo.after;
    return memo.number;
}

std::optional<int> parse_scale(const char32_t*& it, const char32_t* end) {
    // The scale words, longest first: 万 (4), 亿 (8), 万亿 (12), 千万 (7),
    // 百万 (6), 十万 (5), 千亿 (11), 百亿 (10). By their characters rather
    // than an X3 symbol table, whose parse set-up cost more than the match.
    if (it == end) return std::nullopt;
    const char32_t second = it + 1 < end ? it[1] : U'\0';
    int p = 0, n = 2;
    switch (*it) {
        case U'万':
            p = second == U'亿' ? 12 : 4;
            n = p == 12 ? 2 : 1;
            break;
        case U'亿':
            p = 8;
            n = 1;
            break;
        case U'千': p = second == U'万' ? 7 : second == U'亿' ? 11 : 0; break;
        case U'百': p = second == U'万' ? 6 : second == U'亿' ? 10 : 0; break;
        case U'十': p = second == U'万' ? 5 : 0; break;
        default: break;
    }
    if (p == 0) return std::nullopt;
    it += n;
    return p;
}

}  // namespace claimlint::grammar
