#include "src/checks/relation.hpp"

#include "grammar/utf8.hpp"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <limits>
#include <sstream>

namespace claimlint {
namespace {

constexpr double kInf = std::numeric_limits<double>::infinity();

// inf × 0 is taken as 0: a product with an exact zero is zero.
double times(double a, double b) { return a == 0 || b == 0 ? 0 : a * b; }

Range hull(double a, double b, double c, double d) {
    return {std::min({a, b, c, d}), std::max({a, b, c, d})};
}

}  // namespace

Range Range::of(const grammar::Interval& iv) {
    return {iv.low.value ? iv.low.value->to_double() : -kInf, iv.high.value ? iv.high.value->to_double() : kInf};
}

Range figure_range(const CheckContext& ctx, ClaimRef r) { return figure_range(ctx.config(), ctx.quantity(r)); }

Range figure_range(const Config& config, const grammar::Quantity& q) {
    bool whole_count = (q.kind == grammar::Kind::count || q.kind == grammar::Kind::duration) &&
                       q.qualifier == grammar::Qualifier::exact && !q.value_high &&
                       q.place == grammar::Decimal(1, 0);
    return whole_count ? Range::point(q.value.to_double()) : Range::of(configured_interval(config, q));
}

std::optional<WrittenForm> written_form(const grammar::Quantity& q, std::u32string_view figure) {
    // The Arabic number at the head of the digits as written (913 of 913亿).
    std::string_view text = q.digits.view();
    std::string number(text.substr(0, text.find_first_not_of("0123456789.")));
    auto digits = grammar::Decimal::parse(number);
    if (q.value_high || !digits || digits->is_zero()) return std::nullopt;
    std::string norm = grammar::to_utf8(figure);
    std::size_t at = norm.find(number);
    if (at == std::string::npos) return std::nullopt;
    std::size_t point = number.find('.');
    return WrittenForm{q.value.to_double() / digits->to_double(), norm.substr(at + number.size()),
                       point == std::string::npos ? 0 : static_cast<int>(number.size() - point - 1)};
}

std::string written(const grammar::Quantity& q, const std::optional<WrittenForm>& form, double value) {
    if (!form) return format_value(value).append(q.unit);
    return format_value(value / form->scale, form->decimals + 1) + form->unit;
}

bool Range::bounded() const { return std::isfinite(lo) && std::isfinite(hi); }

Range operator+(Range a, Range b) { return {a.lo + b.lo, a.hi + b.hi}; }
Range operator-(Range a, Range b) { return {a.lo - b.hi, a.hi - b.lo}; }
Range operator*(Range a, Range b) {
    return hull(times(a.lo, b.lo), times(a.lo, b.hi), times(a.hi, b.lo), times(a.hi, b.hi));
}
Range operator/(Range a, Range b) {
    if (b.lo <= 0 && b.hi >= 0) return {-kInf, kInf};
    return a * Range{1 / b.hi, 1 / b.lo};
}

bool intersects(Range a, Range b) {
    auto slack = [](double v) { return std::isfinite(v) ? std::abs(v) * 1e-9 + 1e-12 : 0.0; };
    return a.lo <= b.hi + slack(b.hi) && b.lo <= a.hi + slack(a.hi);
}

double gap(Range a, Range b) {
    if (a.hi < b.lo) return b.lo - a.hi;
    if (b.hi < a.lo) return a.lo - b.hi;
    return 0;
}

std::string format_value(double v, int decimals) {
    if (!std::isfinite(v)) return v > 0 ? "∞" : "-∞";
    std::ostringstream s;
    s.setf(std::ios::fixed);
    s.precision(decimals);
    s << v;
    std::string out = s.str();
    if (out.find('.') != std::string::npos) {
        while (out.back() == '0') out.pop_back();
        if (out.back() == '.') out.pop_back();
    }
    return out == "-0" ? "0" : out;
}

std::string year_before(const std::string& period) {
    std::string out = period;
    for (std::size_t i = 0; i + 4 <= out.size(); ++i) {
        bool year = std::isdigit(static_cast<unsigned char>(out[i])) && (i == 0 || !std::isdigit(static_cast<unsigned char>(out[i - 1]))) &&
                    (i + 4 == out.size() || !std::isdigit(static_cast<unsigned char>(out[i + 4])));
        for (std::size_t k = 1; year && k < 4; ++k) year = std::isdigit(static_cast<unsigned char>(out[i + k])) != 0;
        if (!year) continue;
        out.replace(i, 4, std::to_string(std::stoi(out.substr(i, 4)) - 1));
        i += 3;
    }
    return out;
}

bool has_any(std::u32string_view s, std::initializer_list<std::u32string_view> words) {
    for (auto w : words) {
        if (s.find(w) != std::u32string_view::npos) return true;
    }
    return false;
}

// The figure a 其中 at `at` breaks down: the nearest one before it with the
// unit of the first part, in this sentence or the one before.
std::optional<std::size_t> breakdown_whole(const CheckContext& ctx, std::size_t d, std::size_t first_part,
                                        std::size_t at) {
    const auto& q = ctx.corpus().extractions[d].scan.quantities;
    const std::u32string_view text = ctx.text(d);
    for (std::size_t k = first_part; k-- > 0;) {
        if (q[k].end > at) continue;
        // Not across a paragraph or more than one sentence end.
        std::u32string_view between = text.substr(q[k].end, at - q[k].end);
        if (between.find(U'\n') != std::u32string_view::npos) return std::nullopt;
        std::size_t ends = 0;
        for (char32_t c : between) ends += c == U'。';
        if (ends > 1) return std::nullopt;
        if (q[k].unit == q[first_part].unit) return k;
    }
    return std::nullopt;
}

bool same_thing(const std::string& a, const std::string& b) {
    auto bare = [](std::string s) {
        for (const char* w : {"累计", "总"}) {
            for (std::size_t at = s.find(w); at != std::string::npos; at = s.find(w)) s.erase(at, std::string(w).size());
        }
        return s;
    };
    std::string x = bare(a), y = bare(b);
    if (x.empty() || y.empty()) return false;
    return x.find(y) != std::string::npos || y.find(x) != std::string::npos;
}

std::size_t sentence_start(const CheckContext& ctx, ClaimRef r) {
    const auto& starts = ctx.corpus().extractions[r.doc].sentence_starts;
    std::size_t s = ctx.sentence(r);
    return s == 0 ? 0 : starts[s - 1];
}

}  // namespace claimlint
