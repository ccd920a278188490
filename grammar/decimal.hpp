// Exact decimal numbers: a value is mantissa × 10^exponent, never a binary
// float, so 16.4亿 stays 1640000000 and 7.70 keeps its stated precision.
#pragma once

#include <compare>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace claimlint::grammar {

class Decimal {
public:
    constexpr Decimal() = default;
    constexpr Decimal(std::int64_t mantissa, int exponent) : m_(mantissa), e_(exponent) {}

    // Parses ASCII "123", "-1.50" (no grouping, no exponent). Nullopt when the
    // text is malformed or has more than 18 significant digits.
    static std::optional<Decimal> parse(std::string_view text);

    std::int64_t mantissa() const { return m_; }
    int exponent() const { return e_; }
    bool is_zero() const { return m_ == 0; }
    bool negative() const { return m_ < 0; }

    // Multiplies by 10^n (scale words: 万 = 4, 亿 = 8).
    Decimal shifted(int n) const { return Decimal(m_, e_ + n); }
    Decimal negated() const { return Decimal(-m_, e_); }

    // Exact arithmetic; nullopt on overflow of the 64-bit mantissa. add and
    // scaled are inline: every figure's interval uses them, with constant
    // denominators the compiler folds.
    std::optional<Decimal> add(const Decimal& o) const {
        std::int64_t a, b, r;
        int e;
        if (!align(*this, o, a, b, e) || __builtin_add_overflow(a, b, &r)) return std::nullopt;
        return Decimal(r, e);
    }
    std::optional<Decimal> sub(const Decimal& o) const { return add(o.negated()); }
    std::optional<Decimal> mul(std::int64_t k) const;
    // Multiplies by num/den when the result is an exact decimal (den = 2, 10, 20, 100).
    std::optional<Decimal> scaled(std::int64_t num, std::int64_t den) const {
        // Multiply by num·(10^k/den) with 10^k divisible by den, then shift back.
        std::int64_t p = 1;
        for (int k = 0; k <= 4; ++k, p *= 10) {
            if (p % den != 0) continue;
            std::int64_t r;
            if (__builtin_mul_overflow(m_, num * (p / den), &r)) return std::nullopt;
            return Decimal(r, e_ - k);
        }
        return std::nullopt;
    }

    // Place value of the last non-zero digit: 6300 → 100, 6.5 → 0.1, 0 → 1.
    Decimal last_nonzero_place() const;

    // Plain decimal text without exponent and without trailing zeros after
    // the point: 167910000000, 7.7, -3.25.
    std::string to_string() const;
    double to_double() const;

    // Numeric comparison, independent of representation (1.0 == 1).
    friend bool operator==(const Decimal& a, const Decimal& b) { return a.compare(b) == 0; }
    friend std::strong_ordering operator<=>(const Decimal& a, const Decimal& b) {
        int c = a.compare(b);
        return c < 0 ? std::strong_ordering::less
                     : c > 0 ? std::strong_ordering::greater : std::strong_ordering::equal;
    }

private:
    // Brings both to the smaller exponent; false if a mantissa would overflow.
    static bool align(Decimal a, Decimal b, std::int64_t& ma, std::int64_t& mb, int& e) {
        e = a.e_ < b.e_ ? a.e_ : b.e_;
        ma = a.m_;
        mb = b.m_;
        for (int i = a.e_; i > e; --i) {
            if (__builtin_mul_overflow(ma, 10, &ma)) return false;
        }
        for (int i = b.e_; i > e; --i) {
            if (__builtin_mul_overflow(mb, 10, &mb)) return false;
        }
        return true;
    }
    int compare(const Decimal& o) const;
    std::int64_t m_ = 0;
    int e_ = 0;
};

}  // namespace claimlint::grammar
