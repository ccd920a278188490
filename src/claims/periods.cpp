// Period resolution: ? → the context's year, Y → the document's year.
#include "src/claims/periods.hpp"

#include <algorithm>
#include <charconv>
#include <cstdint>
#include <cstring>
#include <string_view>

namespace claimlint {
namespace {

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

namespace {

void append_int(std::string& out, int v) {
    char buf[12];
    out.append(buf, std::to_chars(buf, buf + sizeof buf, v).ptr);
}

// "A..B" of two years.
std::string year_range(int from, int to) {
    std::string out;
    append_int(out, from);
    out += "..";
    append_int(out, to);
    return out;
}

// Y[-1] … Y[+3] at `at` (a Y): its offset, or 0 when it is a bare Y.
int year_offset(std::string_view v, std::size_t at) {
    if (at + 5 > v.size() || v[at + 1] != '[' || v[at + 4] != ']' || v[at + 3] < '1' || v[at + 3] > '3') return 0;
    const int n = v[at + 3] - '0';
    return v[at + 2] == '+' ? n : v[at + 2] == '-' ? -n : 0;
}

}  // namespace

std::optional<std::string> resolve_period(const std::string& value, int context_year, const DocumentFacts& facts) {
    if (is_absolute(value)) return value;
    if (value.rfind("streak:", 0) == 0) return std::nullopt;
    if (value.rfind("plan:", 0) == 0) {
        int plan = leading_int(value, 5);  // 十四五 = 2021..2025
        int start = 2021 + 5 * (plan - 14);
        return year_range(start, start + 4);
    }
    if (value.rfind("last:", 0) == 0 || value.rfind("next:", 0) == 0) {
        int n = leading_int(value, 5);
        if (value.back() != 'y' || n <= 0) return std::nullopt;
        if (value[0] == 'l') {
            if (context_year == 0) return std::nullopt;
            return year_range(context_year - n + 1, context_year);
        }
        int from = facts.year != 0 ? facts.year : context_year;
        if (from == 0) return std::nullopt;
        return year_range(from, from + n - 1);
    }
    // Y (with an offset Y[-1] … Y[+3]) is the document's year, ? the
    // context's: written in one pass, without intermediate strings (this
    // runs for every relative period of a sentence or paragraph).
    const bool has_y = value.find('Y') != std::string::npos;
    if (has_y && facts.year == 0) return std::nullopt;
    if (context_year == 0 && value.find('?') != std::string::npos) return std::nullopt;
    std::string out;
    out.reserve(value.size() + 8);
    for (std::size_t i = 0; i < value.size(); ++i) {
        const char ch = value[i];
        if (ch == '?') {
            append_int(out, context_year);
        } else if (ch == 'Y' && has_y) {
            const int off = year_offset(value, i);
            append_int(out, facts.year + off);
            if (off != 0) i += 4;
        } else {
            out += ch;
        }
    }
    return out;
}

namespace {

int first_year(std::string_view p) {
    // Most periods open with their year (2023, 2023-01..2023-11): its four
    // bytes tested as one word (this runs for every period resolved and
    // every figure's period). Less '0', a digit is 0-9; the first byte that
    // is no digit gets its top bit set, from the subtraction when it is
    // below '0', from + 0x76 when above '9' (the borrow it may cause
    // changes only the bytes after it).
    if (p.size() >= 4 && (p.size() == 4 || !is_digit(p[4]))) {
        std::uint32_t word;
        std::memcpy(&word, p.data(), 4);
        const std::uint32_t d = word - 0x30303030u;
        if (((d | (d + 0x76767676u)) & 0x80808080u) == 0) {
            int y = (p[0] - '0') * 1000 + (p[1] - '0') * 100 + (p[2] - '0') * 10 + (p[3] - '0');
            return y >= 1900 && y <= 2100 ? y : 0;
        }
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
