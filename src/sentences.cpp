// Chinese sentence ends are unambiguous punctuation, so a single pass is
// enough (and far faster than a general break iterator on large archives).
#include "src/sentences.hpp"

namespace claimlint {

std::vector<std::size_t> sentence_starts(std::u32string_view text) {
    std::vector<std::size_t> starts{0};
    for (std::size_t i = 0; i < text.size(); ++i) {
        switch (text[i]) {
            case U'。': case U'！': case U'？': case U'!': case U'?': case U'\n':
                // Closing quotes and brackets stay with the sentence they end.
                while (i + 1 < text.size() && (text[i + 1] == U'”' || text[i + 1] == U'’' || text[i + 1] == U'）')) ++i;
                if (i + 1 < text.size()) starts.push_back(i + 1);
                break;
            default:
                break;
        }
    }
    return starts;
}

}  // namespace claimlint
