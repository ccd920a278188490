// Where each of a few words occurs in a text, found in one pass. The claims
// builder asks for every figure whether one of them stands between its
// sentence's start and the figure (目前, 近年来, 其中, 分别, ；…); searching
// the sentence again each time made that quadratic in the sentence's length.
#pragma once

#include <algorithm>
#include <array>
#include <bit>
#include <cstddef>
#include <cstdint>
#include <span>
#include <stdexcept>
#include <string_view>
#include <vector>

namespace claimlint {

class WordPositions {
public:
    static constexpr std::size_t npos = std::size_t(-1);

    // `candidates`: ascending positions in `text`, among them every one
    // where a word starts (the caller finds them in a pass it shares with
    // other indexes; see word_starts() in src/claims/claim.hpp).
    WordPositions(std::u32string_view text, std::span<const std::u32string_view> words,
                  std::span<const std::size_t> candidates)
        : words_(words.begin(), words.end()), at_(words.size()) {
        // Most candidates start none of the words (they are there for the
        // other indexes): the first character of the words with a
        // candidate's low six bits rules them out with one comparison, and
        // leaves the one or two to compare. (A mask of words per low six bits
        // asked first whether any had them, then each whether its first
        // character was the candidate's: two branches that mispredicted.)
        if (words_.size() > 64) throw std::logic_error("WordPositions: more than 64 words");
        struct Slot {
            char32_t first = kNoCharacter;  // of every word in `words`, or kNoCharacter
            bool mixed = false;             // the words have different first characters
            std::uint64_t words = 0;        // a bit each
        };
        std::array<Slot, 64> slots{};
        for (std::size_t w = 0; w < words_.size(); ++w) {
            Slot& slot = slots[words_[w].front() % 64];
            slot.mixed |= slot.words != 0 && slot.first != words_[w].front();
            slot.first = words_[w].front();
            slot.words |= std::uint64_t(1) << w;
        }
        // Room for each word at a quarter of the candidates: growing the
        // lists from empty cost 0.4 M instructions more per 2 MB of text.
        for (std::vector<std::size_t>& at : at_) at.reserve(candidates.size() / 4);
        for (std::size_t i : candidates) {
            const char32_t c = text[i];
            const Slot& slot = slots[c % 64];
            if (slot.first != c && !slot.mixed) continue;
            for (std::uint64_t m = slot.words; m != 0; m &= m - 1) {
                const std::size_t w = static_cast<std::size_t>(std::countr_zero(m));
                if (c == words_[w].front() && text.substr(i).starts_with(words_[w])) at_[w].push_back(i);
            }
        }
    }
    // Where word w first occurs wholly inside [from, to), or npos.
    std::size_t first(std::size_t w, std::size_t from, std::size_t to) const {
        return within(w, first_from(w, from), to);
    }
    // Where it first occurs at or after `from`, or npos: looked up once for
    // a start that several ends are asked about, then given to within().
    std::size_t first_from(std::size_t w, std::size_t from) const {
        const std::vector<std::size_t>& at = at_[w];
        auto it = std::lower_bound(at.begin(), at.end(), from);
        return it != at.end() ? *it : npos;
    }
    // An occurrence of word w at `at` (or npos) if it ends by `to`, else npos.
    std::size_t within(std::size_t w, std::size_t at, std::size_t to) const {
        return at != npos && at + words_[w].size() <= to ? at : npos;
    }
    // Where word w occurs, ascending.
    const std::vector<std::size_t>& all(std::size_t w) const { return at_[w]; }
    // Where it last occurs wholly inside [from, to), or npos.
    std::size_t last(std::size_t w, std::size_t from, std::size_t to) const {
        const std::vector<std::size_t>& at = at_[w];
        if (to < words_[w].size()) return npos;
        auto it = std::upper_bound(at.begin(), at.end(), to - words_[w].size());
        return it != at.begin() && *(it - 1) >= from ? *(it - 1) : npos;
    }

private:
    static constexpr char32_t kNoCharacter = 0xFFFFFFFF;  // no text holds it
    std::vector<std::u32string_view> words_;
    std::vector<std::vector<std::size_t>> at_;  // by word, ascending
};

}  // namespace claimlint
