// Sentence starts, against a plain loop over random texts: the pass skips
// sixteen code points at a time by their low bytes.
#include "src/claims/claim.hpp"
#include "src/sentences.hpp"
#include "test_support.hpp"

#include <gtest/gtest.h>


namespace claimlint {
namespace {

std::vector<std::size_t> plain_sentence_starts(std::u32string_view text) {
    std::vector<std::size_t> starts{0};
    for (std::size_t i = 0; i < text.size(); ++i) {
        char32_t c = text[i];
        if (c != U'。' && c != U'！' && c != U'？' && c != U'!' && c != U'?' && c != U'\n') continue;
        while (i + 1 < text.size() && (text[i + 1] == U'”' || text[i + 1] == U'’' || text[i + 1] == U'）')) ++i;
        if (i + 1 < text.size()) starts.push_back(i + 1);
    }
    return starts;
}

TEST(Sentences, EndsAndClosingQuotes) {
    EXPECT_EQ(sentence_starts(U"一。二！”三？四!五?六\n七"), (std::vector<std::size_t>{0, 2, 5, 7, 9, 11, 13}));
    EXPECT_EQ(sentence_starts(U"他说：“好。”"), (std::vector<std::size_t>{0}));
    EXPECT_EQ(sentence_starts(U""), (std::vector<std::size_t>{0}));
}

TEST(Sentences, SameAsAPlainLoopOnRandomTexts) {
    // Ends, closers, and code points sharing an end's low byte or low 16
    // bits (上 U+4E0A and \n; U+13002 and 。) that end nothing.
    const char32_t alphabet[] = {U'。', U'！', U'？', U'!', U'?', U'\n', U'”', U'’', U'）', U'上',
                                 U'\U00013002', U'\U0001FF01', U'\u4E21', U'\u0121', U'增', U'长', U'7', U'，'};
    test::for_random_texts(alphabet, 70, 2000, [](const std::u32string& text, int round) {
        ASSERT_EQ(sentence_starts(text), plain_sentence_starts(text)) << round;
    });
}

// The extraction takes them from the pass that finds word starts.
TEST(Sentences, WordStartsFindTheSame) {
    // As above, with the characters that pass's other indexes look for (全省,
    // 吉林, 分别), which share its filter.
    const char32_t alphabet[] = {U'。', U'！', U'？', U'!', U'?', U'\n', U'”', U'’', U'）', U'上', U'\U00013002',
                                 U'\U0001FF01', U'\u4E21', U'\u0121', U'增', U'7', U'全', U'省', U'吉', U'林',
                                 U'分', U'别'};
    test::for_random_texts(alphabet, 70, 2000, [](const std::u32string& text, int round) {
        ASSERT_EQ(word_starts(text).sentences, plain_sentence_starts(text)) << round;
    });
}

}  // namespace
}  // namespace claimlint
