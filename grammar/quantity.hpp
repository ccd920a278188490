// What the grammar finds: quantities (with value, precision interval, unit,
// kind and qualifier) and period expressions, as spans of the normalised text.
#pragma once

#include "grammar/decimal.hpp"
#include "grammar/utf8.hpp"

#include <cstddef>
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace claimlint::grammar {

enum class Kind { amount, count, percent, pp, multiple, rank, duration, other };
enum class Qualifier { exact, about, nearly, over, at_least, below, more, range };

std::string_view to_string(Kind k);
std::string_view to_string(Qualifier q);

// One end of an interval; an absent value is unbounded.
struct Bound {
    std::optional<Decimal> value;
    bool inclusive = true;
};

struct Interval {
    Bound low, high;
    // "[7.65, 7.75)", "(5400, inf)"
    std::string to_string() const;
};

// True when some value lies in both intervals.
bool overlaps(const Interval& a, const Interval& b);

// A number as written, UTF-8: "3000", "16.4万", "3000至4000", "三千万". Every
// figure has one, nearly always of a few bytes: up to 15 are kept in place
// (a std::string cost a hundred instructions a figure to fill); a longer one
// (a range with its scale words, a fuzzer's digit run of any length) is a
// copy on the heap, shared, as it never changes.
class Numeral {
public:
    Numeral() = default;
    explicit Numeral(std::string_view utf8) {
        if (utf8.size() <= kInline) {
            size_ = static_cast<std::uint8_t>(utf8.copy(inline_, kInline));
        } else {
            long_ = std::make_shared<const std::string>(utf8);
            size_ = kLong;
        }
    }
    // Encodes scanned text in place (the scanner's, in the quantity it
    // fills: a temporary moved in cost nearly as much as the encoding).
    void assign(std::u32string_view code_points) {
        if (char* end = encode_utf8_within(code_points, inline_, kInline)) {
            size_ = static_cast<std::uint8_t>(end - inline_);
        } else {
            long_ = std::make_shared<const std::string>(to_utf8(code_points));
            size_ = kLong;
        }
    }

    std::string_view view() const { return size_ == kLong ? std::string_view(*long_) : std::string_view(inline_, size_); }
    friend bool operator==(const Numeral& a, const Numeral& b) { return a.view() == b.view(); }

private:
    static constexpr std::size_t kInline = 15;
    static constexpr std::uint8_t kLong = 0xFF;  // size_ of a text in long_
    char inline_[kInline]{};  // zeroed: a copy of a Numeral reads all of it
    std::uint8_t size_ = 0;
    std::shared_ptr<const std::string> long_;  // read only when size_ is kLong
};

struct Quantity {
    // User-provided, so that emplace_back() (the scanner's, for every figure)
    // sets the members below rather than zeroing the whole struct first.
    Quantity() {}
    std::size_t begin = 0, end = 0;  // code points, end exclusive
    Decimal value;                   // base units, scale applied
    std::optional<Decimal> value_high;  // upper end of a range
    Numeral digits;                  // the number as written (range: "3000至4000")
    // Views of the unit lexicon or of interned() texts, which live for the
    // process: every figure has them, and copies cost more than the rest of
    // its making.
    std::string_view unit;           // canonical unit (CNY, %, pp, times, rank, 户 …), "" if none
    std::string_view dimension;      // money, mass, count, time … from the unit lexicon
    Kind kind = Kind::count;
    Qualifier qualifier = Qualifier::exact;
    bool negative_context = false;   // 负增长 before the figure
    bool inclusive_bound = false;    // 以上/以下/不超过 include the number
    Decimal place;                   // unit of the last written digit, scale applied
    Interval interval;               // with the default tolerances
};

// A figure stated as a bound (突破5400亿元, 超过60%, 800亿斤以上, 不超过…).
inline bool is_bound(const Quantity& q) {
    return q.qualifier == Qualifier::over || q.qualifier == Qualifier::at_least || q.qualifier == Qualifier::below;
}
// An amount or a count: what can be added up or divided (not a percent, a
// rank or a multiple).
inline bool measured(const Quantity& q) { return q.kind == Kind::amount || q.kind == Kind::count; }

enum class PeriodKind { year, months, month, quarters, quarter, half, point, date, span, plan, streak };
std::string_view to_string(PeriodKind k);

struct Period {
    std::size_t begin = 0, end = 0;
    PeriodKind kind = PeriodKind::year;
    std::string value;  // period notation of grammar/README.md: "2023", "?-01..?-11", "end:Y[-1]"
};

struct ScanResult {
    std::vector<Quantity> quantities;  // in text order
    std::vector<Period> periods;       // in text order
};

}  // namespace claimlint::grammar
