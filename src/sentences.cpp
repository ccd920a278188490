// Chinese sentence ends are unambiguous punctuation, so a single pass is
// enough (and far faster than a general break iterator on large archives).
#include "src/sentences.hpp"

#include "grammar/code_point_search.hpp"

namespace claimlint {

std::vector<std::size_t> sentence_starts(std::u32string_view text) {
    static constexpr char32_t kEnds[] = {U'。', U'！', U'？', U'!', U'?', U'\n'};
    std::vector<std::size_t> starts{0};
    // News text ends a sentence every twenty-odd characters: room for one
    // per sixteen spares the vector's moves as it grows.
    starts.reserve(text.size() / 16 + 1);
    grammar::for_each_of(text, kEnds, [&](std::size_t i) {
        // Closing quotes and brackets stay with the sentence they end (none
        // of them ends one, so the next end is past them).
        while (i + 1 < text.size() && (text[i + 1] == U'”' || text[i + 1] == U'’' || text[i + 1] == U'）')) ++i;
        if (i + 1 < text.size()) starts.push_back(i + 1);
    });
    return starts;
}

}  // namespace claimlint
