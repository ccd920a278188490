// Runs the golden grammar cases of tests/grammar/cases.txt (format in
// grammar/README.md), one GoogleTest case per line.
#include "grammar/utf8.hpp"
#include "test_support.hpp"

#include <fstream>
#include <gtest/gtest.h>
#include <sstream>

namespace claimlint {
namespace {

using grammar::Decimal;

struct Case {
    int line = 0;
    std::string text, span, expect;
};

std::string trim(const std::string& s) {
    auto b = s.find_first_not_of(" \t\r");
    auto e = s.find_last_not_of(" \t\r");
    return b == std::string::npos ? "" : s.substr(b, e - b + 1);
}

std::vector<Case> load_cases() {
    std::vector<Case> cases;
    std::ifstream in(test::source_dir() / "tests" / "grammar" / "cases.txt");
    std::string line;
    int n = 0;
    while (std::getline(in, line)) {
        ++n;
        std::string t = trim(line);
        if (t.empty() || t[0] == '#') continue;
        auto arrow = t.rfind(" => ");
        Case c;
        c.line = n;
        c.expect = arrow == std::string::npos ? "" : trim(t.substr(arrow + 4));
        std::string lhs = arrow == std::string::npos ? t : t.substr(0, arrow);
        auto bar = lhs.find(" | ");
        c.text = trim(bar == std::string::npos ? lhs : lhs.substr(0, bar));
        c.span = bar == std::string::npos ? c.text : trim(lhs.substr(bar + 3));
        cases.push_back(c);
    }
    return cases;
}

// Code point offsets of `span` inside `text` (first occurrence).
std::pair<std::size_t, std::size_t> span_of(const std::string& text, const std::string& span) {
    auto byte = text.find(span);
    if (byte == std::string::npos) return {0, 0};
    std::size_t b = grammar::to_u32(text.substr(0, byte)).size();
    return {b, b + grammar::to_u32(span).size()};
}

Decimal dec(const std::string& s) {
    auto d = Decimal::parse(s);
    EXPECT_TRUE(d.has_value()) << "bad number in case: " << s;
    return d.value_or(Decimal());
}

void check_bound(const grammar::Bound& b, const std::string& token, bool inclusive, const char* which) {
    if (token == "inf" || token == "-inf") {
        EXPECT_FALSE(b.value.has_value()) << which << " should be unbounded";
        return;
    }
    ASSERT_TRUE(b.value.has_value()) << which << " should be " << token;
    EXPECT_EQ(b.value->to_string(), dec(token).to_string()) << which;
    EXPECT_EQ(b.inclusive, inclusive) << which << " inclusive";
}

// Readable names in failure messages instead of a byte dump.
void PrintTo(const Case& c, std::ostream* os) { *os << "cases.txt:" << c.line << " " << c.text; }

class GrammarCase : public ::testing::TestWithParam<Case> {};

TEST_P(GrammarCase, Matches) {
    const Case& c = GetParam();
    SCOPED_TRACE("cases.txt:" + std::to_string(c.line) + ": " + c.text);
    grammar::ScanResult r = test::scan_utf8(c.text);
    std::istringstream ex(c.expect);
    std::string kind;
    ex >> kind;
    if (kind == "none") {
        EXPECT_TRUE(r.quantities.empty()) << "unexpected quantity: "
                                          << grammar::to_utf8(grammar::to_u32(c.text).substr(
                                                 r.quantities.empty() ? 0 : r.quantities[0].begin,
                                                 r.quantities.empty() ? 0 : r.quantities[0].end - r.quantities[0].begin));
        return;
    }
    auto [b, e] = span_of(c.text, c.span);
    ASSERT_NE(b, e) << "span not in text";
    if (kind == "period") {
        std::string value;
        ex >> value;
        ASSERT_EQ(r.periods.size(), 1u) << "expected exactly one period";
        EXPECT_EQ(r.periods[0].value, value);
        EXPECT_EQ(r.periods[0].begin, b);
        EXPECT_EQ(r.periods[0].end, e);
        return;
    }
    ASSERT_EQ(r.quantities.size(), 1u) << "expected exactly one quantity";
    const grammar::Quantity& q = r.quantities[0];
    std::string value, unit, qualifier;
    ex >> value >> unit >> qualifier;
    if (unit == "\"\"") unit.clear();
    EXPECT_EQ(grammar::to_string(q.kind), kind);
    auto dots = value.find("..");
    EXPECT_EQ(q.value.to_string(), dec(value.substr(0, dots)).to_string()) << "value";
    if (dots != std::string::npos) {
        ASSERT_TRUE(q.value_high.has_value()) << "expected a range";
        EXPECT_EQ(q.value_high->to_string(), dec(value.substr(dots + 2)).to_string()) << "value_high";
    }
    EXPECT_EQ(q.unit, unit);
    EXPECT_EQ(grammar::to_string(q.qualifier), qualifier);
    EXPECT_EQ(q.begin, b) << "span start";
    EXPECT_EQ(q.end, e) << "span end";
    std::string rest;
    std::getline(ex, rest);
    rest = trim(rest);
    if (!rest.empty()) {
        // [low, high) with [ ( ] ) marking closed and open ends.
        auto comma = rest.find(',');
        ASSERT_TRUE(comma != std::string::npos && rest.size() >= 4) << "bad interval " << rest;
        std::string low = trim(rest.substr(1, comma - 1));
        std::string high = trim(rest.substr(comma + 1, rest.size() - comma - 2));
        check_bound(q.interval.low, low, rest.front() == '[', "low");
        check_bound(q.interval.high, high, rest.back() == ']', "high");
    }
}

std::string case_name(const ::testing::TestParamInfo<Case>& info) {
    return "line" + std::to_string(info.param.line);
}

INSTANTIATE_TEST_SUITE_P(Cases, GrammarCase, ::testing::ValuesIn(load_cases()), case_name);

TEST(GrammarCases, FileHasEnoughCases) {
    EXPECT_GE(load_cases().size(), 250u);
}

}  // namespace
}  // namespace claimlint
