// [conventions] growth_times decides how 增长N倍 reads: by default only a
// multiple that fits neither ×(N+1) nor ×N warns; "standard" and "loose" hold
// writers to one reading.
#include "src/checks/corpus.hpp"

#include <gtest/gtest.h>

namespace claimlint {
namespace {

std::vector<Diagnostic> check(const std::string& growth_times, Corpus& corpus) {
    const std::pair<const char*, const char*> docs[] = {
        {"y2022.txt", "2022年，吉林省冰雪旅游收入200亿元。"},
        {"y2023.txt", "2023年，吉林省冰雪旅游收入1000亿元，比上年增长4倍。"},  // ×5: standard reading
    };
    const char* dates[] = {"2023-01-20", "2024-01-20"};
    for (std::size_t i = 0; i < 2; ++i) {
        corpus.docs.push_back(std::make_unique<Document>(Document::from_bytes(docs[i].first, docs[i].second)));
        ClaimOptions opts;
        opts.date = dates[i];
        corpus.extractions.push_back(extract(*corpus.docs.back(), opts));
    }
    Config config = load_config_text("[conventions]\ngrowth_times = \"" + growth_times + "\"\n", "test.toml");
    return run_checks(corpus, config, "en");
}

std::size_t multiple_findings(const std::vector<Diagnostic>& diags) {
    return static_cast<std::size_t>(
        std::count_if(diags.begin(), diags.end(), [](const Diagnostic& d) { return d.rule == "multiple-mismatch"; }));
}

TEST(Conventions, EitherReadingIsAcceptedByDefault) {
    Corpus corpus;
    EXPECT_EQ(multiple_findings(check("either", corpus)), 0u);
}

TEST(Conventions, StandardReadsGrowthTimesAsNPlusOne) {
    Corpus corpus;
    EXPECT_EQ(multiple_findings(check("standard", corpus)), 0u);
}

TEST(Conventions, LooseReadsGrowthTimesAsN) {
    Corpus corpus;
    auto diags = check("loose", corpus);
    ASSERT_EQ(multiple_findings(diags), 1u);
    EXPECT_NE(diags[0].message.find("about 5 times"), std::string::npos) << diags[0].message;
}

TEST(Conventions, UnknownValueIsAConfigError) {
    EXPECT_THROW(load_config_text("[conventions]\ngrowth_times = \"sometimes\"\n", "bad.toml"), ConfigError);
}

}  // namespace
}  // namespace claimlint
