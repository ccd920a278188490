// Baselines, suppressions and changed-files mode as a user runs them: round
// trips, unused-suppression, bad markers and exit codes.
#include "test_support.hpp"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

namespace claimlint {
namespace {

namespace fs = std::filesystem;
using nlohmann::json;

const char* kArchive = "2023年，吉林省外贸进出口总值1679.1亿元，比上年增长7.7%。其中，出口627亿元，增长24.9%。\n"
                       "——2024年1月20日 海关统计快报\n";
const char* kDraft = "---\ndate: 2024-02-02\n---\n"
                     "2023年，吉林省外贸进出口同比增长7.9%，规模创历史新高。\n";

class ReviewCli : public ::testing::Test {
protected:
    ReviewCli() : dir_(::testing::UnitTest::GetInstance()->current_test_info()->name()) {
        test::write_file(dir_.path() / "archive.txt", kArchive);
        test::write_file(dir_.path() / "draft.md", kDraft);
    }
    test::Run run(const std::string& args, bool merge = false) { return test::run_claimlint(dir_.path(), args, merge); }
    json findings(const std::string& args = "archive.txt draft.md") {
        return json::parse(run("check --format json " + args).out)["diagnostics"];
    }
    void write(const std::string& name, const std::string& text) { test::write_file(dir_.path() / name, text); }
    // archive.txt as archive/2024-01.txt: an archive folder to check drafts against.
    void into_archive_folder() {
        fs::create_directories(dir_.path() / "archive");
        fs::rename(dir_.path() / "archive.txt", dir_.path() / "archive" / "2024-01.txt");
    }
    test::ScratchDir dir_;
};

TEST_F(ReviewCli, BaselineRoundTrip) {
    test::Run w = run("baseline write base.json archive.txt draft.md", true);
    ASSERT_EQ(w.status, 0) << w.out;
    EXPECT_NE(w.out.find("wrote 1 findings to base.json"), std::string::npos) << w.out;

    // Nothing new: clean, and the match is reported.
    test::Run r = run("check --baseline base.json archive.txt draft.md", true);
    EXPECT_EQ(r.status, 0) << r.out;
    EXPECT_NE(r.out.find("1 findings matched, 0 entries no longer occur"), std::string::npos) << r.out;

    // Text added before the old finding and a new contradiction: only the new one is reported.
    write("draft.md", std::string(kDraft).replace(std::string(kDraft).find("2023年"), 0, "据海关统计，外贸稳中向好。") +
                          "2023年，吉林省出口增长25.9%，其中对东盟出口快速增长。\n");
    json diags = findings("--baseline base.json archive.txt draft.md");
    ASSERT_EQ(diags.size(), 0u) << "the export figure is not part of the trade total here";
    write("draft.md", std::string(kDraft) + "2023年，吉林省外贸进出口1679.1亿元，其中出口627亿元，增长25.9%。\n");
    diags = findings("--baseline base.json archive.txt draft.md");
    ASSERT_EQ(diags.size(), 1u) << diags.dump(2);
    EXPECT_EQ(diags[0]["text"], "25.9%");
    EXPECT_EQ(run("check --baseline base.json archive.txt draft.md").status, 1);

    // The old figure fixed: its entry no longer occurs.
    write("draft.md", "---\ndate: 2024-02-02\n---\n2023年，吉林省外贸进出口同比增长7.7%。\n");
    r = run("check --format json --baseline base.json archive.txt draft.md", true);
    EXPECT_EQ(r.status, 0);
    EXPECT_NE(r.out.find("0 findings matched, 1 entries no longer occur"), std::string::npos) << r.out;
}

TEST_F(ReviewCli, BrokenBaselineIsAnError) {
    write("base.json", "{\"claimlint_baseline\": 1,\n \"findings\": [\n");
    test::Run r = run("check --baseline base.json archive.txt draft.md", true);
    EXPECT_EQ(r.status, 2);
    EXPECT_NE(r.out.find("base.json:3:1: error:"), std::string::npos) << r.out;
    write("base.json", "{\"findings\": []}");
    r = run("check --baseline base.json archive.txt draft.md", true);
    EXPECT_EQ(r.status, 2);
    EXPECT_NE(r.out.find("not a claimlint baseline"), std::string::npos) << r.out;
    EXPECT_EQ(run("check --baseline missing.json archive.txt draft.md").status, 2);
}

TEST_F(ReviewCli, InlineMarkerSuppressesAndIsKept) {
    std::string marked = "---\ndate: 2024-02-02\n---\n"
                         "<!-- claimlint-disable-next-line cross-document-mismatch: 快报口径，以统计公报为准 -->\n"
                         "2023年，吉林省外贸进出口同比增长7.9%，规模创历史新高。\n";
    write("draft.md", marked);
    test::Run r = run("check archive.txt draft.md", true);
    EXPECT_EQ(r.status, 0) << r.out;
    EXPECT_NE(r.out.find("1 findings suppressed"), std::string::npos) << r.out;
    json diags = findings();
    ASSERT_EQ(diags.size(), 1u);
    EXPECT_EQ(diags[0]["suppression"]["kind"], "inSource");
    EXPECT_EQ(diags[0]["suppression"]["reason"], "快报口径，以统计公报为准");
    EXPECT_EQ(diags[0]["suppression"]["line"], 4);
    EXPECT_EQ(test::read_file(dir_.path() / "draft.md"), marked) << "inputs are never modified";

    // The figure corrected, the marker left behind: unused-suppression fails the run.
    write("draft.md", "---\ndate: 2024-02-02\n---\n"
                      "<!-- claimlint-disable-next-line cross-document-mismatch: 快报口径 -->\n"
                      "2023年，吉林省外贸进出口同比增长7.7%，规模创历史新高。\n");
    r = run("check --lang en archive.txt draft.md");
    EXPECT_EQ(r.status, 1);
    EXPECT_NE(r.out.find("draft.md:4:1: warning: this suppression matches no finding: cross-document-mismatch on line 5 "
                         "[unused-suppression]"),
              std::string::npos)
        << r.out;
    EXPECT_EQ(run("check --disable unused-suppression archive.txt draft.md").status, 0);
}

TEST_F(ReviewCli, MarkerMistakesAreErrorsWithPositions) {
    write("draft.md", "正文。\n  <!-- claimlint-disable-next-line cross-document-mismatch -->\n2023年，吉林省外贸进出口同比增长7.9%。\n");
    test::Run r = run("check archive.txt draft.md", true);
    EXPECT_EQ(r.status, 2);
    EXPECT_NE(r.out.find("draft.md:2:8: error: a suppression marker needs a reason"), std::string::npos) << r.out;

    write("draft.md", "<!-- claimlint-disable-next-line cross-document-mismach: 理由 -->\n");
    r = run("check archive.txt draft.md", true);
    EXPECT_EQ(r.status, 2);
    EXPECT_NE(r.out.find("draft.md:1:6: error: unknown rule 'cross-document-mismach'"), std::string::npos) << r.out;

    // In a .txt file the marker is a line of its own; inside a sentence the keyword is prose.
    write("draft.txt", "——2024年2月2日\nclaimlint-disable-next-line cross-document-mismatch: 快报口径\n"
                       "2023年，吉林省外贸进出口同比增长7.9%。\n编辑说明：claimlint-disable-next-line 标记须写明理由。\n");
    EXPECT_EQ(run("check archive.txt draft.txt").status, 0);
    json diags = findings("archive.txt draft.txt");
    ASSERT_EQ(diags.size(), 1u) << diags.dump(2);
    EXPECT_EQ(diags[0]["suppression"]["kind"], "inSource");
}

TEST_F(ReviewCli, ConfigAcceptedFindingsByFingerprint) {
    json diags = findings();
    ASSERT_EQ(diags.size(), 1u);
    std::string fp = diags[0]["fingerprint"];
    write(".claimlint.toml", "[[suppress]]\nfingerprint = \"" + fp + "\"\nreason = \"口径不同，见统计局说明\"\n");
    EXPECT_EQ(run("check archive.txt draft.md").status, 0);
    diags = findings();
    ASSERT_EQ(diags.size(), 1u);
    EXPECT_EQ(diags[0]["suppression"]["kind"], "external");

    // An entry that matches nothing is reported at its place in the configuration.
    write(".claimlint.toml", "[[suppress]]\nfingerprint = \"" + fp +
                                 "\"\nreason = \"口径不同\"\n\n[[suppress]]\nfingerprint = \"0123456789abcdef\"\nreason = \"旧条目\"\n");
    test::Run r = run("check --lang en archive.txt draft.md");
    EXPECT_EQ(r.status, 1);
    EXPECT_NE(r.out.find(".claimlint.toml:5:1: warning: this suppression matches no finding: fingerprint 0123456789abcdef"),
              std::string::npos)
        << r.out;

    write(".claimlint.toml", "[[suppress]]\nfingerprint = \"" + fp + "\"\n");
    r = run("check archive.txt draft.md", true);
    EXPECT_EQ(r.status, 2);
    EXPECT_NE(r.out.find("needs a reason"), std::string::npos) << r.out;
    write(".claimlint.toml", "[[suppress]]\nfingerprint = \"draft.md:4\"\nreason = \"x\"\n");
    r = run("check archive.txt draft.md", true);
    EXPECT_EQ(r.status, 2);
    EXPECT_NE(r.out.find(".claimlint.toml:2:15: error: fingerprint must be 16 lowercase hex digits"), std::string::npos)
        << r.out;
}

TEST_F(ReviewCli, ChangedFilesAreCheckedAgainstEverything) {
    into_archive_folder();
    // A within-document finding in the archive itself, which a changed-files run must not report.
    write("archive/2023-12.txt", "2023年，吉林省新登记经营主体54.8万户。\n后文：2023年全省新登记经营主体58.4万户。\n");

    json all = findings("archive draft.md");
    ASSERT_EQ(all.size(), 2u) << all.dump(2);
    json changed = findings("--changed draft.md archive");
    ASSERT_EQ(changed.size(), 1u) << changed.dump(2);
    EXPECT_EQ(changed[0]["file"], "draft.md");
    EXPECT_EQ(changed[0]["related"][0]["file"], "archive/2024-01.txt");
    EXPECT_EQ(findings("--against archive draft.md"), changed);
    // The pre-commit hook's form: the repository found again under '.' is read once.
    EXPECT_EQ(findings("--against . draft.md"), changed);
    EXPECT_EQ(run("check --changed draft.md archive").status, 1);
    // The archived file changed: its conflict with the later draft is reported
    // there (the finding would sit on the draft, which this run does not report).
    json earlier = findings("--changed archive/2024-01.txt archive draft.md");
    ASSERT_EQ(earlier.size(), 1u) << earlier.dump(2);
    EXPECT_EQ(earlier[0]["file"], "archive/2024-01.txt");
    EXPECT_EQ(earlier[0]["related"][0]["file"], "draft.md");
    // A changed file deleted in the change has nothing to report.
    EXPECT_EQ(run("check --changed gone.md archive").status, 0) << "the archive's own finding is not reported";
    EXPECT_EQ(findings("--changed gone.md --changed draft.md archive").size(), 1u);
}

// A claim-key finding sits on the later figure. When only the drafts are
// reported, one that would sit on an archived document is made from the
// draft's figure instead: a draft dated before the archive's document, or
// named before it on the same date, still hears of the contradiction.
TEST_F(ReviewCli, DraftsHearOfConflictsWithLaterDocuments) {
    into_archive_folder();
    write("draft.md", "---\ndate: 2024-01-05\n---\n2023年，吉林省外贸进出口同比增长7.9%。\n");
    json all = findings("archive draft.md");
    ASSERT_EQ(all.size(), 1u) << all.dump(2);
    EXPECT_EQ(all[0]["file"], "archive/2024-01.txt") << "the later document holds it";
    json against = findings("--against archive draft.md");
    ASSERT_EQ(against.size(), 1u) << against.dump(2);
    EXPECT_EQ(against[0]["rule"], "cross-document-mismatch");
    EXPECT_EQ(against[0]["file"], "draft.md");
    EXPECT_EQ(against[0]["text"], "7.9%");
    EXPECT_EQ(against[0]["related"][0]["file"], "archive/2024-01.txt");
    EXPECT_NE(against[0]["message"].get<std::string>().find("archive/2024-01.txt"), std::string::npos);
    EXPECT_EQ(findings("--changed draft.md archive draft.md"), against);

    // Undated documents are ordered by path: a.md before archive/….
    write("a.md", "2023年，吉林省外贸进出口同比增长7.9%。\n");
    write("archive/2024-01.txt", "2023年，吉林省外贸进出口总值1679.1亿元，比上年增长7.7%。\n");
    json undated = findings("--against archive a.md");
    ASSERT_EQ(undated.size(), 1u) << undated.dump(2);
    EXPECT_EQ(undated[0]["file"], "a.md");
    // A figure with a finding of its own keeps it, and gets no second one from
    // the later document that contradicts it too.
    write("a.md", "2023年，吉林省外贸进出口同比增长7.9%。\n——2023年2月1日\n");
    write("archive/2022-12.txt", "2023年，吉林省外贸进出口同比增长7.5%。\n——2023年1月1日\n");
    write("archive/2024-01.txt", "2023年，吉林省外贸进出口同比增长7.5%。\n——2024年1月20日\n");
    ASSERT_EQ(findings("archive a.md").size(), 2u);
    json both = findings("--against archive a.md");
    ASSERT_EQ(both.size(), 1u) << both.dump(2);
    EXPECT_EQ(both[0]["file"], "a.md");
    EXPECT_EQ(both[0]["related"][0]["file"], "archive/2022-12.txt");
}

}  // namespace
}  // namespace claimlint
