// Runs every rule fixture (fixtures/rules/*.md, format in src/fixture.hpp):
// each case is checked alone, and its diagnostics must be exactly the ones
// its directives expect.
#include "src/checks/corpus.hpp"
#include "src/fixture.hpp"
#include "test_support.hpp"

#include <fstream>
#include <gtest/gtest.h>
#include <sstream>

namespace claimlint {
namespace {

namespace fs = std::filesystem;

struct FixtureFile {
    std::string path;
    Fixture fixture;
};

std::vector<FixtureFile> load_fixtures() {
    std::vector<FixtureFile> out;
    for (const auto& e : fs::directory_iterator(test::source_dir() / "fixtures" / "rules")) {
        if (e.path().extension() != ".md") continue;
        std::ifstream in(e.path(), std::ios::binary);
        std::stringstream buf;
        buf << in.rdbuf();
        out.push_back({e.path().filename().string(), parse_fixture(buf.str())});
    }
    std::sort(out.begin(), out.end(), [](auto& a, auto& b) { return a.path < b.path; });
    return out;
}

struct CaseRef {
    std::string file;
    std::size_t index;
};

std::vector<CaseRef> all_cases() {
    std::vector<CaseRef> out;
    for (const auto& f : load_fixtures()) {
        for (std::size_t i = 0; i < f.fixture.cases.size(); ++i) out.push_back({f.path, i});
    }
    return out;
}

// Does the span [b, e) of `doc` lie inside an occurrence of `text`?
bool span_in(const Document& doc, std::size_t b, std::size_t e, const std::string& text) {
    std::string_view bytes = doc.bytes();
    std::size_t sb = doc.byte_offset(b), se = doc.byte_offset(e);
    for (std::size_t at = bytes.find(text); at != std::string_view::npos; at = bytes.find(text, at + 1)) {
        if (at <= sb && se <= at + text.size()) return true;
    }
    return false;
}

void PrintTo(const CaseRef& c, std::ostream* os) { *os << c.file << " case " << c.index; }

class RuleFixture : public ::testing::TestWithParam<CaseRef> {};

TEST_P(RuleFixture, ProducesExactlyTheExpectedDiagnostics) {
    const CaseRef& ref = GetParam();
    Fixture fx;
    for (auto& f : load_fixtures()) {
        if (f.path == ref.file) fx = f.fixture;
    }
    const FixtureCase& c = fx.cases.at(ref.index);
    SCOPED_TRACE(ref.file + ":" + std::to_string(c.line) + ": " + c.title);
    Config config = load_config_text(fx.settings, ref.file);
    Corpus corpus;
    for (const FixtureDoc& d : c.docs) {
        corpus.docs.push_back(std::make_unique<Document>(Document::from_bytes(d.name, d.text)));
        ClaimOptions opts = config.options_for(d.name);
        if (d.date) opts.date = d.date;
        corpus.extractions.push_back(extract(*corpus.docs.back(), opts));
    }
    std::vector<Diagnostic> diags = run_checks(corpus, config, "en");
    std::vector<bool> used(c.expect.size(), false);
    auto claim = [&](const std::string& rule, const Location& l) {
        for (std::size_t i = 0; i < c.expect.size(); ++i) {
            const Expectation& e = c.expect[i];
            if (!used[i] && e.rule == rule && e.doc == l.doc->path() && span_in(*l.doc, l.begin, l.end, e.text)) {
                used[i] = true;
                return true;
            }
        }
        return false;
    };
    for (const Diagnostic& d : diags) {
        if (d.suppression) continue;  // not reported
        EXPECT_TRUE(claim(d.rule, d.location))
            << "unexpected " << d.rule << " at " << d.location.doc->path() << ": "
            << d.location.doc->source(d.location.begin, d.location.end) << " — " << d.message;
        for (const Related& r : d.related) {
            EXPECT_TRUE(claim("", r.location)) << "unexpected note at " << r.location.doc->path() << ": "
                                               << r.location.doc->source(r.location.begin, r.location.end);
        }
    }
    for (std::size_t i = 0; i < c.expect.size(); ++i) {
        EXPECT_TRUE(used[i]) << "missing: fixture line " << c.expect[i].line << ": "
                             << (c.expect[i].rule.empty() ? "note" : c.expect[i].rule) << " \"" << c.expect[i].text
                             << "\"";
    }
    if (c.must_warn) EXPECT_FALSE(c.expect.empty()) << "a must-warn case needs %% expect lines";
    else EXPECT_TRUE(c.expect_none && c.expect.empty()) << "a silent case says %% expect-none and nothing else";
}

std::string case_name(const ::testing::TestParamInfo<CaseRef>& info) {
    std::string n = info.param.file.substr(0, info.param.file.find('.')) + "_" + std::to_string(info.param.index);
    for (char& ch : n) {
        if (!std::isalnum(static_cast<unsigned char>(ch))) ch = '_';
    }
    return n;
}

INSTANTIATE_TEST_SUITE_P(Fixtures, RuleFixture, ::testing::ValuesIn(all_cases()), case_name);

// Every rule is documented and has a fixture that warns and one that stays silent.
TEST(RuleRegistry, EveryRuleHasDocsAndFixtures) {
    auto fixtures = load_fixtures();
    ASSERT_FALSE(rule_catalog().empty());
    for (const RuleInfo& r : rule_catalog()) {
        SCOPED_TRACE(r.id);
        EXPECT_FALSE(r.summary.empty());
        EXPECT_GE(r.doc.size(), 4u) << "doc sections: flags, why, example, instead";
        for (const char* m : {"zh", "en", "note_zh", "note_en"}) EXPECT_TRUE(r.messages.count(m)) << m;
        const Fixture* fx = nullptr;
        for (auto& f : fixtures) {
            if (f.fixture.rule == r.id) fx = &f.fixture;
        }
        ASSERT_NE(fx, nullptr) << "no fixtures/rules/" << r.id << ".md";
        bool warns = false, silent = false;
        for (const auto& c : fx->cases) {
            warns = warns || (c.must_warn && std::any_of(c.expect.begin(), c.expect.end(),
                                                         [&](const Expectation& e) { return e.rule == r.id; }));
            silent = silent || !c.must_warn;
        }
        EXPECT_TRUE(warns) << "no case that must warn with " << r.id;
        EXPECT_TRUE(silent) << "no case that must stay silent";
    }
}

}  // namespace
}  // namespace claimlint
