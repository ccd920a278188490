// The review-tool formats on fixtures/review: byte-for-byte golden outputs,
// and the columns each format counts in, checked against values computed by
// hand. Line 6 of draft.md is
//   𠮷明报道：2023年，全省外贸进出口同比增长７．９％，规模创历史新高。
// and the figure ７．９％ starts after 22 code points, one of them (𠮷)
// outside the BMP: column 23 in code points, 24 in UTF-16 code units, and
// 60 in UTF-8 bytes (worked out in RdjsonCountsUtf8Bytes).
#include "test_support.hpp"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

namespace claimlint {
namespace {

namespace fs = std::filesystem;
using nlohmann::json;

const fs::path kReview = test::source_dir() / "fixtures" / "review";
const std::string kArgs = "archive.txt draft.md";

TEST(ReviewFormats, GoldenSarifIsByteForByteAndDeterministic) {
    test::Run a = test::run_claimlint(kReview, "check --format sarif " + kArgs);
    test::Run b = test::run_claimlint(kReview, "check --format sarif " + kArgs);
    EXPECT_EQ(a.status, 1);
    EXPECT_EQ(a.out, test::read_file(kReview / "expected.sarif"));
    EXPECT_EQ(a.out, b.out);
}

TEST(ReviewFormats, GoldenGithub) {
    test::Run r = test::run_claimlint(kReview, "check --format github " + kArgs);
    EXPECT_EQ(r.status, 1);
    EXPECT_EQ(r.out, test::read_file(kReview / "expected.github"));
}

TEST(ReviewFormats, GoldenRdjson) {
    test::Run r = test::run_claimlint(kReview, "check --lang en --format rdjson " + kArgs);
    EXPECT_EQ(r.status, 1);
    EXPECT_EQ(r.out, test::read_file(kReview / "expected.rdjson"));
}

const json* result_for(const json& sarif, const std::string& rule, int line) {
    for (const json& r : sarif["runs"][0]["results"]) {
        if (r["ruleId"] == rule && r["locations"][0]["physicalLocation"]["region"]["startLine"] == line) return &r;
    }
    return nullptr;
}

TEST(ReviewFormats, SarifCountsUtf16CodeUnits) {
    json s = json::parse(test::run_claimlint(kReview, "check --format sarif " + kArgs).out);
    const json& run = s["runs"][0];
    EXPECT_EQ(run["columnKind"], "utf16CodeUnits");
    // ７．９％ after 𠮷 (2 units) and 21 BMP characters: columns 24 to 28.
    const json* r = result_for(s, "cross-document-mismatch", 6);
    ASSERT_NE(r, nullptr);
    const json& region = (*r)["locations"][0]["physicalLocation"]["region"];
    EXPECT_EQ(region["startColumn"], 24);
    EXPECT_EQ(region["endColumn"], 28);
    EXPECT_EQ(region["snippet"]["text"], "７．９％");
    // archive.txt line 2: （记者𠮷明）2023年，吉林省粮食总产量837.3亿斤 — 20 code points
    // before the figure, 𠮷 among them: 22 to 29.
    const json* u = result_for(s, "unit-mismatch", 7);
    ASSERT_NE(u, nullptr);
    const json& rel = (*u)["relatedLocations"][0]["physicalLocation"];
    EXPECT_EQ(rel["artifactLocation"]["uri"], "archive.txt");
    EXPECT_EQ(rel["artifactLocation"]["uriBaseId"], "%SRCROOT%");
    EXPECT_EQ(rel["region"]["startLine"], 2);
    EXPECT_EQ(rel["region"]["startColumn"], 22);
    EXPECT_EQ(rel["region"]["endColumn"], 29);
}

TEST(ReviewFormats, SarifResultsCarryRulesLinksFingerprintsAndSuppressions) {
    json s = json::parse(test::run_claimlint(kReview, "check --format sarif " + kArgs).out);
    const json& run = s["runs"][0];
    const json& rules = run["tool"]["driver"]["rules"];
    for (const json& r : run["results"]) {
        EXPECT_EQ(rules.at(r["ruleIndex"].get<std::size_t>())["id"], r["ruleId"]);
        EXPECT_EQ(r["partialFingerprints"]["claimFingerprint/v1"].get<std::string>().size(), 16u);
        EXPECT_TRUE(r["partialFingerprints"].contains("primaryLocationLineHash"));
    }
    const json* r = result_for(s, "cross-document-mismatch", 6);
    ASSERT_NE(r, nullptr);
    EXPECT_NE((*r)["message"]["text"].get<std::string>().find("[archive.txt:1](1)"), std::string::npos);
    EXPECT_EQ((*r)["relatedLocations"][0]["id"], 1);
    const json* hidden = result_for(s, "cross-document-mismatch", 10);
    ASSERT_NE(hidden, nullptr);
    EXPECT_EQ((*hidden)["suppressions"][0]["kind"], "inSource");
    EXPECT_EQ((*hidden)["suppressions"][0]["justification"], "快报口径，以统计公报为准");
    const json* accepted = result_for(s, "within-document-mismatch", 13);
    ASSERT_NE(accepted, nullptr);
    EXPECT_EQ((*accepted)["suppressions"][0]["kind"], "external");
    EXPECT_NE(result_for(s, "unused-suppression", 15), nullptr);
    EXPECT_EQ(run["invocations"][0]["exitCode"], 1);
    EXPECT_EQ(run["invocations"][0]["executionSuccessful"], true);
}

TEST(ReviewFormats, GithubColumnsAndSummary) {
    std::string out = test::run_claimlint(kReview, "check --format github " + kArgs).out;
    EXPECT_NE(out.find("::warning file=draft.md,line=6,endLine=6,col=24,endColumn=28,"), std::string::npos) << out;
    // % in the message is escaped; the related figure follows on its own line (%0A).
    EXPECT_NE(out.find("7.7%25，两者的区间不重叠%0Aarchive.txt:1:31: "), std::string::npos) << out;
    EXPECT_NE(out.find("claimlint: 0 errors, 3 warnings, 0 notes (2 suppressed)\n"), std::string::npos) << out;
    EXPECT_EQ(out.find("line=10,"), std::string::npos) << "a suppressed finding is not annotated";
}

TEST(ReviewFormats, GithubEscapesProperties) {
    test::ScratchDir dir("github_escape");
    test::write_file(dir.path() / "a.txt", "2023年，吉林省外贸进出口总值1679.1亿元，比上年增长7.7%。\n——2024年1月20日\n");
    test::write_file(dir.path() / "b,c:d.txt", "2023年，吉林省外贸进出口同比增长7.9%。\n——2024年2月2日\n");
    std::string out = test::run_claimlint(dir.path(), "check --format github a.txt b,c:d.txt").out;
    EXPECT_NE(out.find("::warning file=b%2Cc%3Ad.txt,line=1,"), std::string::npos) << out;
}

TEST(ReviewFormats, RdjsonCountsUtf8Bytes) {
    json d = json::parse(test::run_claimlint(kReview, "check --format rdjson " + kArgs).out);
    const json* cross = nullptr;
    const json* unit = nullptr;
    for (const json& x : d["diagnostics"]) {
        if (x["code"]["value"] == "cross-document-mismatch") cross = &x;
        if (x["code"]["value"] == "unit-mismatch") unit = &x;
    }
    ASSERT_TRUE(cross && unit);
    // 𠮷 (4 bytes) + 明报道：(12) + 2023 (4) + 年，(6) + 全省外贸进出口同比增长 (33) = 59 bytes
    // before ７．９％ (12 bytes): columns 60 to 72, end exclusive.
    EXPECT_EQ((*cross)["location"]["range"]["start"]["column"], 60);
    EXPECT_EQ((*cross)["location"]["range"]["end"]["column"], 72);
    EXPECT_EQ((*cross)["severity"], "WARNING");
    // （记者 (9) + 𠮷 (4) + 明）(6) + 2023 (4) + 年，(6) + 吉林省粮食总产量 (24) = 53 bytes
    // before 837.3亿斤 (11 bytes): 54 to 65.
    const json& rel = (*unit)["related_locations"][0]["location"];
    EXPECT_EQ(rel["path"], "archive.txt");
    EXPECT_EQ(rel["range"]["start"]["column"], 54);
    EXPECT_EQ(rel["range"]["end"]["column"], 65);
    for (const json& x : d["diagnostics"]) EXPECT_NE(x["location"]["range"]["start"]["line"], 10) << "suppressed";
}

}  // namespace
}  // namespace claimlint
