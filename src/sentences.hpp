// Sentence boundaries, for attaching period expressions to the figures of
// the same sentence.
#pragma once

#include <cstddef>
#include <string_view>
#include <vector>

namespace claimlint {

// Start offsets (code points) of each sentence; the first is 0. A sentence
// ends after 。！？!? and at every line break (a paragraph or heading); ；
// joins the parts of one statement (其中：税收收入…；非税收入…).
std::vector<std::size_t> sentence_starts(std::u32string_view text);

}  // namespace claimlint
