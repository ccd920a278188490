// Words around a subject that are not part of what is measured (fillers),
// and stripping them.
#pragma once

#include "src/claims/claim.hpp"

#include <algorithm>
#include <array>
#include <cstddef>
#include <cstdint>
#include <iterator>
#include <stdexcept>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace claimlint::building {

// A list of words as a trie read from their first character (AtEnd: from
// their last, backwards): the longest word at that end of a phrase is found
// in one walk that stops at the first character no word continues with,
// rather than by comparing the phrase with each word that shares its end
// character (增长, 同比增长, 比上年增长… share two). Used for fillers and
// right_subject()'s predicates. Which end is a template parameter: a flag
// tested at run time cost two branches a character. The first character's
// nodes are found by its low twelve bits, one table look-up, which for most
// characters finds none.
template <bool AtEnd>
class FillerIndex {
public:
    template <std::size_t N>
    explicit FillerIndex(const std::u32string_view (&words)[N]) {
        // Reserved, never to grow: `link` below points into nodes_.
        std::size_t characters = 1;
        for (std::u32string_view w : words) characters += w.size();
        nodes_.reserve(characters);
        nodes_.emplace_back();  // index 0: none
        if (characters > 0xFFFF) throw std::length_error("FillerIndex: too many characters");
        for (std::u32string_view w : words) {
            Index* link = &roots_[bucket(at(w, 0))];
            for (std::size_t k = 0; k < w.size(); ++k) {
                // The node of this character among the siblings at *link, or a new one.
                while (*link != 0 && nodes_[*link].c != at(w, k)) link = &nodes_[*link].sibling;
                if (*link == 0) {
                    *link = static_cast<Index>(nodes_.size());
                    nodes_.push_back({at(w, k), 0, 0, false});
                }
                if (k + 1 == w.size()) nodes_[*link].word = true;
                link = &nodes_[*link].child;
            }
        }
    }
    // The length of the longest word of the list at that end of s, or 0.
    std::size_t longest(std::u32string_view s) const {
        std::size_t best = 0;
        Index n = s.empty() ? 0 : roots_[bucket(at(s, 0))];
        for (std::size_t k = 0; n != 0;) {
            const Node& node = nodes_[n];
            if (node.c != at(s, k)) {
                n = node.sibling;
                continue;
            }
            if (node.word) best = k + 1;
            if (++k == s.size()) break;
            n = node.child;
        }
        return best;
    }

private:
    static std::size_t bucket(char32_t c) { return c & 0xFFF; }
    // The k-th character from the end the list is read from.
    static char32_t at(std::u32string_view s, std::size_t k) { return AtEnd ? s[s.size() - 1 - k] : s[k]; }
    // Sixteen bits: the lists are short, and the three indexes' root tables
    // (8 KB each, not 16) are read for every figure, mostly at different
    // characters each time, and share the first-level cache with the rest.
    using Index = std::uint16_t;
    struct Node {
        char32_t c;
        Index child, sibling;  // indices in nodes_, 0: none
        bool word;             // a word of the list ends here
    };
    std::vector<Node> nodes_;
    std::array<Index, 4096> roots_{};  // by the low twelve bits of the first character read
};

// Verbs removed from inside a subject (汽车产业完成产值 → 汽车产业产值).
inline constexpr std::u32string_view kInsideVerbs[] = {U"完成", U"实现", U"达到", U"累计", U"新增", U"实施", U"了"};

// Whether strip_words reads c inside a subject: a verb's first character,
// or 等 (examples before it name members of the group after it).
constexpr bool read_inside(char32_t c) {
    return c == U'等' || std::any_of(std::begin(kInsideVerbs), std::end(kInsideVerbs),
                                     [c](std::u32string_view v) { return v.front() == c; });
}

// Strips the fillers around a subject; a known subject (新增城镇就业) is kept
// whole as soon as it appears, and its group's first entry is then set in
// `*canonical` when that is given (the caller need not look it up again).
// The result is a view into `s`, or into `buffer` when words inside it had
// to be removed (rare); `buffer` must not hold `s`. `none_inside`: the
// caller has read s (or a phrase holding it) and no character of it is one
// read_inside() holds, so s is not read for them again.
std::u32string_view strip_words(std::u32string_view s, const SubjectSynonyms* known, std::u32string& buffer,
                                const std::string** canonical = nullptr, bool none_inside = false);

// A verb coordinated with another (新建扩建, 新建及改善提升, 建成和在建)
// names a kind of work, part of what is counted, not a change.
bool coordinated_verb(std::u32string_view rest);

}  // namespace claimlint::building
