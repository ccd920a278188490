// Sentence boundaries, for attaching period expressions to the figures of
// the same sentence.
#pragma once

#include <cstddef>
#include <string_view>
#include <vector>

namespace claimlint {

// What ends a sentence: 。！？!? and every line break (a paragraph or
// heading); ； joins the parts of one statement (其中：税收收入…；非税收入…).
inline constexpr char32_t kSentenceEnds[] = {U'。', U'！', U'？', U'!', U'?', U'\n'};

// Closing quotes and brackets stay with the sentence they end (none of them
// ends one, so the next end is past them).
inline bool closes_sentence(char32_t c) { return c == U'”' || c == U'’' || c == U'）'; }

// Where the sentence after the end at `end` starts, or text.size() if none
// does: past the closing marks after the end.
inline std::size_t sentence_after(std::u32string_view text, std::size_t end) {
    std::size_t i = end + 1;
    while (i < text.size() && closes_sentence(text[i])) ++i;
    return i;
}

// Start offsets (code points) of each sentence; the first is 0. (The
// extraction has them from the pass that finds word starts, word_starts()
// in src/claims/claim.hpp, which must agree with this.)
std::vector<std::size_t> sentence_starts(std::u32string_view text);

}  // namespace claimlint
