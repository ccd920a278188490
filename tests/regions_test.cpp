// Region mentions: longest match, left to right, wherever they start (the
// pass tests only every other character before trying the forms).
#include "src/claims/claim.hpp"
#include "src/claims/regions.hpp"
#include "test_support.hpp"

#include <gtest/gtest.h>

#include <string_view>
#include <utility>

namespace claimlint {
namespace {

using Spans = std::vector<std::pair<std::size_t, std::size_t>>;

Spans spans(std::u32string_view text) {
    Spans out;
    for (const RegionMention& m : find_regions(text)) out.emplace_back(m.begin, m.end);
    return out;
}

TEST(Regions, LongestMatchAtEvenAndOddPositions) {
    EXPECT_EQ(spans(U"北京市和天津"), (Spans{{0, 3}, {4, 6}}));
    EXPECT_EQ(spans(U"和北京市"), (Spans{{1, 4}}));
    EXPECT_EQ(spans(U"和北京"), (Spans{{1, 3}}));
    EXPECT_EQ(spans(U"北京北京"), (Spans{{0, 2}, {2, 4}}));
    EXPECT_EQ(spans(U""), Spans{});
    EXPECT_EQ(spans(U"北"), Spans{});
    EXPECT_EQ(find_regions(U"北京市").at(0).region->name, "北京市");
}

// The lexicon's forms made of these characters are exactly 北京, 北京市,
// 天津 and 天津市 (src/claims/lexicon/regions.toml).
Spans plain_spans(std::u32string_view text) {
    static const std::u32string_view forms[] = {U"北京市", U"天津市", U"北京", U"天津"};  // longest first
    Spans out;
    for (std::size_t p = 0; p < text.size();) {
        std::size_t len = 0;
        for (std::u32string_view f : forms) {
            if (text.substr(p).starts_with(f)) {
                len = f.size();
                break;
            }
        }
        if (len > 0) out.emplace_back(p, p + len);
        p += len > 0 ? len : 1;
    }
    return out;
}

TEST(Regions, SameAsAPlainLongestMatchOnRandomTexts) {
    const char32_t alphabet[] = {U'北', U'京', U'市', U'天', U'津', U'和', U'的', U'x'};
    test::for_random_texts(alphabet, 40, 2000, [](const std::u32string& text, int round) {
        ASSERT_EQ(spans(text), plain_spans(text)) << round;
    });
}

// A document's mentions are tried at the candidates of word_starts() only.
TEST(Regions, FromWordStartsTheSameOnRandomTexts) {
    const char32_t alphabet[] = {U'北', U'京', U'市', U'天', U'津', U'和', U'。', U'全', U'省', U'x'};
    test::for_random_texts(alphabet, 80, 2000, [](const std::u32string& text, int round) {
        Spans from_starts;
        for (const RegionMention& m : find_regions(text, word_starts(text).places)) {
            from_starts.emplace_back(m.begin, m.end);
        }
        ASSERT_EQ(from_starts, plain_spans(text)) << round;
    });
}

}  // namespace
}  // namespace claimlint
