// `check` checks one document at a time and keeps only compact records
// (src/check_stream.hpp); run_checks, as the language server runs it, keeps
// the whole corpus. Both must give the same diagnostics: here on the
// documents of every rule's fixtures in one corpus, with every rule on.
#include "src/checks/corpus.hpp"
#include "src/fixture.hpp"
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
    std::ostringstream kept;
    write_json_report(kept, run_checks(corpus, config, "en"), RunSummary{});

    auto diagnostics = [](const std::string& report) { return nlohmann::json::parse(report).at("diagnostics"); };
    nlohmann::json expected = diagnostics(kept.str());
    EXPECT_GT(expected.size(), 200u);
    EXPECT_EQ(diagnostics(streamed.out), expected);
}

}  // namespace
}  // namespace claimlint
