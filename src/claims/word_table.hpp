// A small table of words in UTF-32 with a string each, for SubjectSynonyms.
#pragma once

#include <algorithm>
#include <bit>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace claimlint {

// Open addressing over a power-of-two array of slots, the words' characters
// in one buffer: a look-up reads a slot and the characters it points to,
// where std::unordered_map divided by its bucket count and followed a
// bucket, a node and the key's own allocation. The builder looks subjects
// up several times a figure, and most of those that reach a table are in
// it. `Hash` needs to mix only what tells the words apart; its high bits
// pick the slot (a product's low bits mix little).
template <class Hash>
class WordTable {
public:
    // Adds `word` with `value`, or sets its value when it is there.
    void set(std::u32string_view word, std::string value) {
        if (Slot* slot = find_slot(word)) {
            values_[slot->value] = std::move(value);
            return;
        }
        if (2 * (values_.size() + 1) > slots_.size()) grow();
        Slot& slot = free_slot(word);
        slot = {static_cast<std::uint32_t>(chars_.size()), static_cast<std::uint32_t>(word.size()),
                static_cast<std::uint32_t>(values_.size())};
        chars_.append(word);
        values_.push_back(std::move(value));
    }
    // The value of `word`, or null when it is none of the words.
    const std::string* find(std::u32string_view word) const {
        const Slot* slot = find_slot(word);
        return slot ? &values_[slot->value] : nullptr;
    }

private:
    struct Slot {
        std::uint32_t begin = 0, size = kEmpty;  // the word in chars_
        std::uint32_t value = 0;                  // its index in values_
    };
    static constexpr std::uint32_t kEmpty = ~std::uint32_t{0};

    std::u32string_view word_of(const Slot& s) const { return std::u32string_view(chars_).substr(s.begin, s.size); }
    const Slot* find_slot(std::u32string_view word) const {
        if (slots_.empty()) return nullptr;
        const std::size_t mask = slots_.size() - 1;
        for (std::size_t i = home(word);; i = (i + 1) & mask) {
            const Slot& s = slots_[i];
            if (s.size == kEmpty) return nullptr;
            if (s.size == word.size() && word_of(s) == word) return &s;
        }
    }
    Slot* find_slot(std::u32string_view word) {
        return const_cast<Slot*>(std::as_const(*this).find_slot(word));
    }
    // The empty slot `word` goes to (there is one: the table is at most half full).
    Slot& free_slot(std::u32string_view word) {
        const std::size_t mask = slots_.size() - 1;
        std::size_t i = home(word);
        while (slots_[i].size != kEmpty) i = (i + 1) & mask;
        return slots_[i];
    }
    std::size_t home(std::u32string_view word) const {
        return static_cast<std::size_t>(static_cast<std::uint64_t>(Hash()(word)) >> shift_);
    }
    void grow() {
        std::vector<Slot> old(std::max<std::size_t>(64, 2 * slots_.size()));
        old.swap(slots_);
        shift_ = 64 - static_cast<unsigned>(std::countr_zero(slots_.size()));
        for (const Slot& s : old) {
            if (s.size != kEmpty) free_slot(word_of(s)) = s;
        }
    }

    std::vector<Slot> slots_;
    unsigned shift_ = 64;  // 64 less log2 of slots_.size()
    std::u32string chars_;
    std::vector<std::string> values_;
};

}  // namespace claimlint
