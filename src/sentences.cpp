// Chinese sentence ends are unambiguous punctuation, so a single pass is
// enough (and far faster than a general break iterator on large archives).
#include "src/sentences.hpp"

#include "grammar/code_point_search.hpp"

namespace claimlint {

std::vector<std::size_t> sentence_starts(std::u32string_view text) {
    std::vector<std::size_t> starts{0};
    // News text ends a sentence every twenty-odd characters: room for one
    // per sixteen spares the vector's moves as it grows.
    starts.reserve(text.size() / 16 + 1);
    grammar::for_each_of(text, kSentenceEnds, [&](std::size_t i) {
        const std::size_t next = sentence_after(text, i);
        if (next < text.size()) starts.push_back(next);
    });
    return starts;
}

}  // namespace claimlint
