// `check` checks one document at a time and keeps only compact records
// (src/check_stream.hpp); run_checks, as the language server runs it, keeps
// the whole corpus. Both must give the same diagnostics: here on the
// documents of every rule's fixtures in one corpus, with every rule on.
#include "src/checks/corpus.hpp"
#include "src/fixture.hpp"
#include "src/place.hpp"
#include "src/report.hpp"
#include "test_support.hpp"

#include <algorithm>
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>
#include <sstream>

namespace claimlint {
namespace {

namespace fs = std::filesystem;

TEST(CheckStream, SameDiagnosticsAsRunChecksOnEveryRuleFixture) {
    test::ScratchDir dir("check_stream");
    std::vector<std::string> files;
    for (const auto& e : fs::directory_iterator(test::source_dir() / "fixtures" / "rules")) {
        Fixture fx = parse_fixture(test::read_file(e.path()));
        for (std::size_t c = 0; c < fx.cases.size(); ++c) {
            fs::path folder = dir.path() / (fx.rule + "_" + std::to_string(c));
            fs::create_directories(folder);
            for (const FixtureDoc& d : fx.cases[c].docs) {
                fs::path p = folder / d.name;
                test::write_file(p, (d.date ? "date: " + *d.date + "\n" : std::string()) + d.text);
                files.push_back(p.string());
            }
        }
    }
    std::sort(files.begin(), files.end());
    fs::path config_file = dir.path() / "claimlint.toml";
    test::write_file(config_file,
                     "[rules.streak-mismatch]\nenabled = true\n[rules.period-differs]\nenabled = true\n"
                     "[rules.scope-differs]\nenabled = true\n[rules.target-vs-actual]\nenabled = true\n");

    std::string args = "check --lang en --format json --jobs 2 --config '" + config_file.string() + "'";
    for (const std::string& f : files) args += " '" + f + "'";
    test::Run streamed = test::run_claimlint(dir.path(), args);
    ASSERT_EQ(streamed.status, 1);

    Config config = load_config(config_file.string());
    Corpus corpus;
    for (const std::string& f : files) {
        corpus.docs.push_back(std::make_unique<Document>(Document::load(f)));
        corpus.extractions.push_back(extract(*corpus.docs.back(), config.options_for(f)));
    }
    std::vector<Diagnostic> diags = run_checks(corpus, config, "en");
    place_all(diags, detail_for("json"));
    std::ostringstream kept;
    write_json_report(kept, diags, RunSummary{});

    auto diagnostics = [](const std::string& report) { return nlohmann::json::parse(report).at("diagnostics"); };
    nlohmann::json expected = diagnostics(kept.str());
    EXPECT_GT(expected.size(), 200u);
    EXPECT_EQ(diagnostics(streamed.out), expected);
}

// With a focus (the language server's open buffers), run_checks keeps
// records only for the keys the focus documents state or look up; the
// findings in the focus documents are those of a run without a focus.
TEST(CheckStream, FocusKeepsTheFindingsOfTheFocusDocuments) {
    Corpus corpus;
    std::vector<std::string> names;
    for (const auto& e : fs::directory_iterator(test::source_dir() / "fixtures" / "rules")) {
        Fixture fx = parse_fixture(test::read_file(e.path()));
        for (std::size_t c = 0; c < fx.cases.size(); ++c) {
            for (const FixtureDoc& d : fx.cases[c].docs) {
                names.push_back(fx.rule + "_" + std::to_string(c) + "/" + d.name);
                corpus.docs.push_back(std::make_unique<Document>(Document::from_bytes(names.back(), d.text)));
                ClaimOptions opts;
                opts.date = d.date;
                corpus.extractions.push_back(extract(*corpus.docs.back(), opts));
            }
        }
    }
    Config config;  // the default rules: only the same-key ones compare claims
    std::vector<bool> focus(corpus.docs.size());
    for (std::size_t i = 0; i < focus.size(); i += 3) focus[i] = true;
    auto in_focus = [&](const std::vector<Diagnostic>& diags) {
        std::vector<std::string> out;
        for (const Diagnostic& d : diags) {
            std::size_t doc = 0;
            while (corpus.docs[doc].get() != d.location.doc) ++doc;
            if (!focus[doc]) continue;
            std::string s = d.rule + " " + d.location.doc->path() + ":" + std::to_string(d.location.begin) + " " +
                            d.message + " " + d.fingerprint;
            for (const Related& r : d.related) s += " | " + r.location.doc->path() + " " + r.message;
            out.push_back(s);
        }
        return out;
    };
    std::vector<std::string> all = in_focus(run_checks(corpus, config, "en"));
    EXPECT_GT(all.size(), 20u);
    EXPECT_EQ(in_focus(run_checks(corpus, config, "en", nullptr, nullptr, &focus)), all);
}

}  // namespace
}  // namespace claimlint
