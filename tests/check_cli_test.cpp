// claimlint check, rules and explain as a user runs them: golden text and
// JSON output, exit codes, configuration errors.
#include "test_support.hpp"

#include <array>
#include <cstdio>
#include <fstream>
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>
#include <sstream>
#include <sys/wait.h>
#include <unistd.h>

namespace claimlint {
namespace {

namespace fs = std::filesystem;

using Result = test::Run;

// Runs claimlint in `dir` with `args`; stderr is dropped unless merged.
Result run_in(const fs::path& dir, const std::string& args, bool merge_stderr = false) {
    return test::run_command("cd '" + dir.string() + "' && NO_COLOR=1 " + CLAIMLINT_BINARY + " " + args +
                             (merge_stderr ? " 2>&1" : " 2>/dev/null"));
}

std::string read(const fs::path& p) {
    std::ifstream in(p, std::ios::binary);
    std::stringstream s;
    s << in.rdbuf();
    return s.str();
}

const fs::path kGolden = test::source_dir() / "fixtures" / "check";

TEST(CheckCli, GoldenTextOutput) {
    Result r = run_in(kGolden, "check --lang en trade_report.txt draft.md");
    EXPECT_EQ(r.status, 1);
    EXPECT_EQ(r.out, read(kGolden / "expected.text"));
}

TEST(CheckCli, GoldenJsonOutput) {
    Result r = run_in(kGolden, "check --format json trade_report.txt draft.md");
    EXPECT_EQ(r.status, 1);
    EXPECT_EQ(nlohmann::json::parse(r.out), nlohmann::json::parse(read(kGolden / "expected.json")));
}

TEST(CheckCli, ChineseIsTheDefaultLanguage) {
    Result r = run_in(kGolden, "check trade_report.txt draft.md");
    EXPECT_NE(r.out.find("此处为 7.9%，而 trade_report.txt:3 为 7.7%"), std::string::npos) << r.out;
    EXPECT_NE(r.out.find("[cross-document-mismatch]"), std::string::npos);
}

TEST(CheckCli, ExitCodes) {
    EXPECT_EQ(run_in(kGolden, "check trade_report.txt").status, 0);
    EXPECT_EQ(run_in(kGolden, "check trade_report.txt draft.md").status, 1);
    EXPECT_EQ(run_in(kGolden, "check --fail-on error trade_report.txt draft.md").status, 0);
    EXPECT_EQ(run_in(kGolden, "check --disable cross-document-mismatch trade_report.txt draft.md").status, 0);
    EXPECT_EQ(run_in(kGolden, "check --disable no-such-rule trade_report.txt").status, 2);
    EXPECT_EQ(run_in(kGolden, "check missing.txt").status, 2);
    EXPECT_EQ(run_in(kGolden, "check --fail-on loud trade_report.txt").status, 2);
}

TEST(CheckCli, OutputFile) {
    fs::path out = fs::temp_directory_path() / ("claimlint_out_" + std::to_string(::getpid()) + ".json");
    Result r = run_in(kGolden, "check --format json -o " + out.string() + " trade_report.txt draft.md");
    EXPECT_EQ(r.status, 1);
    EXPECT_TRUE(r.out.empty());
    EXPECT_EQ(nlohmann::json::parse(read(out))["summary"]["diagnostics"]["warning"], 1);
    fs::remove(out);
}

class ConfigTest : public ::testing::Test {
protected:
    void SetUp() override {
        dir_ = fs::temp_directory_path() / ("claimlint_cfg_" + std::to_string(::getpid()) + "_" +
                                            ::testing::UnitTest::GetInstance()->current_test_info()->name());
        fs::create_directories(dir_);
        fs::copy(kGolden / "trade_report.txt", dir_);
        fs::copy(kGolden / "draft.md", dir_);
    }
    void TearDown() override { fs::remove_all(dir_); }
    void config(const std::string& text) { std::ofstream(dir_ / ".claimlint.toml") << text; }
    fs::path dir_;
};

TEST_F(ConfigTest, BrokenTomlNamesFileLineAndColumn) {
    config("home_region = \"吉林省\"\n[rules.cross-document-mismatch\nenabled = false\n");
    Result r = run_in(dir_, "check trade_report.txt draft.md", true);
    EXPECT_EQ(r.status, 2);
    EXPECT_NE(r.out.find(".claimlint.toml:2:"), std::string::npos) << r.out;
    EXPECT_NE(r.out.find("error:"), std::string::npos) << r.out;
}

TEST_F(ConfigTest, UnknownRuleAndBadSeverityAreErrors) {
    config("[rules.cross-document-mismach]\nenabled = false\n");
    Result r = run_in(dir_, "check trade_report.txt", true);
    EXPECT_EQ(r.status, 2);
    EXPECT_NE(r.out.find(".claimlint.toml:1:"), std::string::npos) << r.out;
    EXPECT_NE(r.out.find("unknown rule 'cross-document-mismach'"), std::string::npos) << r.out;

    config("[rules.cross-document-mismatch]\nseverity = \"loud\"\n");
    r = run_in(dir_, "check trade_report.txt", true);
    EXPECT_EQ(r.status, 2);
    EXPECT_NE(r.out.find(".claimlint.toml:2:12"), std::string::npos) << r.out;
}

TEST_F(ConfigTest, SeverityAndSwitchesApply) {
    config("[rules.cross-document-mismatch]\nseverity = \"error\"\n");
    Result r = run_in(dir_, "check trade_report.txt draft.md");
    EXPECT_EQ(r.status, 1);
    EXPECT_NE(r.out.find(": error: "), std::string::npos) << r.out;

    config("[rules.cross-document-mismatch]\nenabled = false\n");
    EXPECT_EQ(run_in(dir_, "check trade_report.txt draft.md").status, 0);
}

TEST_F(ConfigTest, FoundFromASubdirectory) {
    config("[rules.cross-document-mismatch]\nenabled = false\n");
    fs::create_directories(dir_ / "sub");
    EXPECT_EQ(run_in(dir_ / "sub", "check ../trade_report.txt ../draft.md").status, 0);
}

TEST_F(ConfigTest, DocumentDatesAndSynonymsByConfig) {
    // The user says 外贸总额 is the same subject; the draft's wording now matches.
    std::ofstream(dir_ / "draft.md") << "2023年，吉林省外贸总额增长7.9%。\n";
    config("[documents]\n\"draft.md\" = { date = \"2024-02-02\" }\n[subjects]\ngroups = [[\"外贸进出口\", \"外贸总额\"]]\n");
    Result r = run_in(dir_, "check --lang en trade_report.txt draft.md");
    EXPECT_EQ(r.status, 1) << r.out;
    EXPECT_NE(r.out.find("draft.md:1:"), std::string::npos) << r.out;
}

TEST(RulesCli, ListsAndExplains) {
    Result r = run_in(kGolden, "rules");
    EXPECT_EQ(r.status, 0);
    for (const char* id : {"cross-document-mismatch", "within-document-mismatch", "unit-mismatch", "period-differs",
                           "scope-differs"}) {
        EXPECT_NE(r.out.find(id), std::string::npos) << id;
    }
    r = run_in(kGolden, "explain --lang en cross-document-mismatch");
    EXPECT_EQ(r.status, 0);
    EXPECT_NE(r.out.find("What it flags:"), std::string::npos) << r.out;
    EXPECT_EQ(run_in(kGolden, "explain nope").status, 2);
}

}  // namespace
}  // namespace claimlint
