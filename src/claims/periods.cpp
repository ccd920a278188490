// Period resolution: ? → the context's year, Y → the document's year.
#include "src/claims/periods.hpp"

#include <algorithm>
#include <string_view>

namespace claimlint {
namespace {

void replace_all(std::string& s, const std::string& from, const std::string& to) {
    for (std::size_t at = s.find(from); at != std::string::npos; at = s.find(from, at + to.size())) {
        s.replace(at, from.size(), to);
    }
}

// Not std::isdigit: that consults the locale's table through a call per character.
bool is_digit(char c) { return c >= '0' && c <= '9'; }

int leading_int(std::string_view s, std::size_t from) {
    int v = 0;
    while (from < s.size() && is_digit(s[from])) v = v * 10 + (s[from++] - '0');
    return v;
}

}  // namespace

bool is_absolute(const std::string& value) {
    // Most values are (2023, 2023-01..2023-11): one look at their
    // characters, and no prefix to test.
    const char lead = value.empty() ? '\0' : value[0];
    return lead != 's' && lead != 'p' && lead != 'l' && lead != 'n' &&
           std::none_of(value.begin(), value.end(), [](char c) { return c == 'Y' || c == '?'; });
}

std::optional<std::string> resolve_period(const std::string& value, int context_year, const DocumentFacts& facts) {
    if (is_absolute(value)) return value;
    if (value.rfind("streak:", 0) == 0) return std::nullopt;
    if (value.rfind("plan:", 0) == 0) {
        int plan = leading_int(value, 5);  // 十四五 = 2021..2025
        int start = 2021 + 5 * (plan - 14);
        return std::to_string(start) + ".." + std::to_string(start + 4);
    }
    if (value.rfind("last:", 0) == 0 || value.rfind("next:", 0) == 0) {
        int n = leading_int(value, 5);
        if (value.back() != 'y' || n <= 0) return std::nullopt;
        if (value[0] == 'l') {
            if (context_year == 0) return std::nullopt;
            return std::to_string(context_year - n + 1) + ".." + std::to_string(context_year);
        }
        int from = facts.year != 0 ? facts.year : context_year;
        if (from == 0) return std::nullopt;
        return std::to_string(from) + ".." + std::to_string(from + n - 1);
    }
    std::string v = value;
    if (v.find('Y') != std::string::npos) {
        if (facts.year == 0) return std::nullopt;
        // Offsets (Y[-1]) are rare: their six patterns are only built when one is there.
        for (int off = -3; off <= 3 && v.find("Y[") != std::string::npos; ++off) {
            if (off == 0) continue;
            replace_all(v, std::string("Y[") + (off > 0 ? "+" : "") + std::to_string(off) + "]",
                        std::to_string(facts.year + off));
        }
        replace_all(v, "Y", std::to_string(facts.year));
    }
    if (std::size_t first = v.find('?'); first != std::string::npos) {
        if (context_year == 0) return std::nullopt;
        // Written in one pass (most relative periods, 全年 and 1—11月, hold one or two).
        const std::string year = std::to_string(context_year);
        std::string out(v, 0, first);
        for (std::size_t i = first; i < v.size(); ++i) {
            if (v[i] == '?') out += year;
            else out += v[i];
        }
        return out;
    }
    return v;
}

namespace {

int first_year(std::string_view p) {
    // Most periods open with their year (2023, 2023-01..2023-11).
    if (p.size() >= 4 && is_digit(p[0]) && is_digit(p[1]) && is_digit(p[2]) && is_digit(p[3]) &&
        (p.size() == 4 || !is_digit(p[4]))) {
        int y = (p[0] - '0') * 1000 + (p[1] - '0') * 100 + (p[2] - '0') * 10 + (p[3] - '0');
        return y >= 1900 && y <= 2100 ? y : 0;
    }
    // A loop, not find_first_of: that searches the set of ten digits for
    // every character, and this runs for every figure.
    std::size_t i = 0;
    while (i < p.size() && !is_digit(p[i])) ++i;
    if (i + 4 > p.size()) return 0;
    int y = leading_int(p, i);
    return y >= 1900 && y <= 2100 ? y : 0;
}

}  // namespace

int year_of(const std::string& p) { return first_year(p); }

int last_year_of(const std::string& p) {
    std::size_t dots = p.rfind("..");
    return first_year(dots == std::string::npos ? std::string_view(p) : std::string_view(p).substr(dots + 2));
}

}  // namespace claimlint
