// Fingerprints identify what a finding is about: the same contradiction keeps
// its fingerprint when text is added earlier in the paragraph, when the
// paragraph moves and when its lines are re-wrapped; another figure, rule or
// claim gets another one.
#include "src/checks/corpus.hpp"
#include "src/fingerprint.hpp"

#include <gtest/gtest.h>

namespace claimlint {
namespace {

const char* kArchive = "2023年，吉林省外贸进出口总值1679.1亿元，比上年增长7.7%。其中，出口627亿元，增长24.9%。\n";
const char* kDraft =
    "# 外贸观察\n\n"
    "2023年，吉林省外贸进出口同比增长7.9%，规模创历史新高。\n\n"
    "全年新增外贸主体超过一千家。\n";

// The fingerprints of `draft` checked against the archive, by rule and figure.
std::vector<std::pair<std::string, std::string>> fingerprints(const std::string& draft) {
    Config config = load_config_text("", "test");
    Corpus corpus;
    const std::pair<const char*, std::string> docs[] = {{"archive.txt", kArchive}, {"draft.md", draft}};
    const char* dates[] = {"2024-01-20", "2024-02-02"};
    for (int i = 0; i < 2; ++i) {
        corpus.docs.push_back(std::make_unique<Document>(Document::from_bytes(docs[i].first, docs[i].second)));
        ClaimOptions opts;
        opts.date = dates[i];
        corpus.extractions.push_back(extract(*corpus.docs.back(), opts));
    }
    std::vector<std::pair<std::string, std::string>> out;
    for (const Diagnostic& d : run_checks(corpus, config, "zh")) {
        out.emplace_back(d.rule + " " + std::string(d.location.doc->source(d.location.begin, d.location.end)),
                         d.fingerprint);
    }
    return out;
}

std::string the_fingerprint(const std::string& draft) {
    auto f = fingerprints(draft);
    EXPECT_EQ(f.size(), 1u) << draft;
    if (f.size() != 1) return "";
    EXPECT_EQ(f[0].first, "cross-document-mismatch 7.9%") << draft;
    EXPECT_EQ(f[0].second.size(), 16u);
    return f[0].second;
}

TEST(Fingerprint, SurvivesTextAddedEarlierInTheParagraph) {
    std::string edited =
        "# 外贸观察\n\n"
        "据海关统计，外贸运行稳中向好。2023年，吉林省外贸进出口同比增长7.9%，规模创历史新高。\n\n"
        "全年新增外贸主体超过一千家。\n";
    EXPECT_EQ(the_fingerprint(kDraft), the_fingerprint(edited));
}

TEST(Fingerprint, SurvivesMovingTheParagraph) {
    std::string moved =
        "# 外贸观察\n\n"
        "全年新增外贸主体超过一千家。\n\n"
        "口岸通关效率继续提升。\n\n"
        "2023年，吉林省外贸进出口同比增长7.9%，规模创历史新高。\n";
    EXPECT_EQ(the_fingerprint(kDraft), the_fingerprint(moved));
}

TEST(Fingerprint, SurvivesRewrappingLines) {
    std::string rewrapped =
        "# 外贸观察\n\n"
        "2023年，吉林省外贸进出口同比增长7.9%，\n规模创历史新高。\n\n"
        "全年新增外贸主体超过一千家。\n";
    EXPECT_EQ(the_fingerprint(kDraft), the_fingerprint(rewrapped));
}

TEST(Fingerprint, SurvivesFullWidthDigits) {
    std::string full_width =
        "# 外贸观察\n\n"
        "2023年，吉林省外贸进出口同比增长７．９％，规模创历史新高。\n\n"
        "全年新增外贸主体超过一千家。\n";
    auto f = fingerprints(full_width);
    ASSERT_EQ(f.size(), 1u);
    EXPECT_EQ(f[0].second, the_fingerprint(kDraft));
}

TEST(Fingerprint, DifferentFigureOrClaimDiffers) {
    std::string other_figure =
        "# 外贸观察\n\n"
        "2023年，吉林省外贸进出口同比增长8.1%，规模创历史新高。\n\n"
        "全年新增外贸主体超过一千家。\n";
    auto a = the_fingerprint(kDraft);
    auto b = fingerprints(other_figure);
    ASSERT_EQ(b.size(), 1u);
    EXPECT_NE(a, b[0].second);
    // The export growth: another subject, another fingerprint.
    auto c = fingerprints("2023年，吉林省外贸进出口1679.1亿元，其中出口627亿元，增长25.9%。\n");
    ASSERT_EQ(c.size(), 1u);
    EXPECT_EQ(c[0].first, "cross-document-mismatch 25.9%");
    EXPECT_NE(a, c[0].second);
}

TEST(Fingerprint, StableHashIsFnv1a64) {
    // Published FNV-1a 64 test vectors: baselines written today must match tomorrow.
    EXPECT_EQ(stable_hash(""), "cbf29ce484222325");
    EXPECT_EQ(stable_hash("a"), "af63dc4c8601ec8c");
}

}  // namespace
}  // namespace claimlint
