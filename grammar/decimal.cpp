// Exact decimal arithmetic for stated figures and their intervals.
#include "grammar/decimal.hpp"

#include <cstdlib>

namespace claimlint::grammar {
namespace {

constexpr int kMaxDigits = 18;

}  // namespace

std::optional<Decimal> Decimal::parse(std::string_view s) {
    bool neg = false;
    if (!s.empty() && (s.front() == '-' || s.front() == '+')) {
        neg = s.front() == '-';
        s.remove_prefix(1);
    }
    std::int64_t m = 0;
    int exp = 0, digits = 0;
    bool seen_point = false, seen_digit = false;
    for (char c : s) {
        if (c == '.') {
            if (seen_point) return std::nullopt;
            seen_point = true;
            continue;
        }
        if (c < '0' || c > '9') return std::nullopt;
        seen_digit = true;
        if (m != 0 || c != '0') ++digits;
        if (digits > kMaxDigits) return std::nullopt;
        m = m * 10 + (c - '0');
        if (seen_point) --exp;
    }
    if (!seen_digit) return std::nullopt;
    return Decimal(neg ? -m : m, exp);
}

std::optional<Decimal> Decimal::mul(std::int64_t k) const {
    std::int64_t r;
    if (__builtin_mul_overflow(m_, k, &r)) return std::nullopt;
    return Decimal(r, e_);
}

Decimal Decimal::last_nonzero_place() const {
    if (m_ == 0) return Decimal(1, 0);
    std::int64_t m = m_;
    int e = e_;
    while (m % 10 == 0) {
        m /= 10;
        ++e;
    }
    return Decimal(1, e);
}

int Decimal::compare(const Decimal& o) const {
    std::int64_t a, b;
    int e;
    if (align(*this, o, a, b, e)) return a < b ? -1 : a > b ? 1 : 0;
    // Overflow while aligning: magnitudes differ hugely, doubles decide.
    double x = to_double(), y = o.to_double();
    return x < y ? -1 : x > y ? 1 : 0;
}

std::string Decimal::to_string() const {
    std::int64_t m = m_;
    int e = e_;
    while (e < 0 && m % 10 == 0 && m != 0) {
        m /= 10;
        ++e;
    }
    if (m == 0) return "0";
    bool neg = m < 0;
    std::uint64_t mag = neg ? 0 - static_cast<std::uint64_t>(m) : static_cast<std::uint64_t>(m);
    std::string digits = std::to_string(mag);
    std::string out = neg ? "-" : "";
    if (e >= 0) {
        out += digits;
        out.append(static_cast<std::size_t>(e), '0');
        return out;
    }
    auto frac = static_cast<std::size_t>(-e);
    if (digits.size() <= frac) {
        out += "0.";
        out.append(frac - digits.size(), '0');
        out += digits;
    } else {
        out.append(digits, 0, digits.size() - frac);
        out += '.';
        out.append(digits, digits.size() - frac, frac);
    }
    return out;
}

double Decimal::to_double() const {
    return std::strtod(to_string().c_str(), nullptr);
}

}  // namespace claimlint::grammar
