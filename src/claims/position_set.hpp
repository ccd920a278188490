// Positions of a text as one bit each. The claims builder asks, several
// times a figure, whether something starts at a position or anywhere in a
// clause: a word or two of bits answers what a search of a sorted list
// answered more slowly.
#pragma once

#include <bit>
#include <cstddef>
#include <cstdint>
#include <vector>

namespace claimlint {

class PositionSet {
public:
    // Holds positions 0 to `last`.
    explicit PositionSet(std::size_t last) : words_(last / kBits + 1) {}

    void add(std::size_t pos) { words_[pos / kBits] |= std::uint64_t(1) << (pos % kBits); }
    // Positions [from, to): a word's bits at a time, not a bit at a time
    // (a period's characters, several each).
    void add_range(std::size_t from, std::size_t to) {
        if (from >= to) return;
        const std::size_t first = from / kBits, last = (to - 1) / kBits;
        const std::uint64_t head = ~std::uint64_t(0) << (from % kBits);
        const std::uint64_t tail = ~std::uint64_t(0) >> (kBits - 1 - (to - 1) % kBits);
        if (first == last) {
            words_[first] |= head & tail;
            return;
        }
        words_[first] |= head;
        for (std::size_t w = first + 1; w < last; ++w) words_[w] = ~std::uint64_t(0);
        words_[last] |= tail;
    }
    bool contains(std::size_t pos) const { return (words_[pos / kBits] >> (pos % kBits) & 1) != 0; }

    // Whether any position in [from, to) is in the set.
    bool any_in(std::size_t from, std::size_t to) const {
        if (from >= to) return false;
        const std::size_t last = (to - 1) / kBits;
        std::size_t w = from / kBits;
        std::uint64_t bits = words_[w] & (~std::uint64_t(0) << (from % kBits));
        for (; w < last; bits = words_[++w]) {
            if (bits != 0) return true;
        }
        return (bits & (~std::uint64_t(0) >> (kBits - 1 - (to - 1) % kBits))) != 0;
    }

    static constexpr std::size_t npos = std::size_t(-1);
    // The last position in [from, to) that is in the set, or npos.
    std::size_t last_in(std::size_t from, std::size_t to) const {
        if (from >= to) return npos;
        const std::size_t first = from / kBits;
        std::size_t w = (to - 1) / kBits;
        std::uint64_t bits = words_[w] & (~std::uint64_t(0) >> (kBits - 1 - (to - 1) % kBits));
        for (; w > first && bits == 0; bits = words_[--w]) {
        }
        if (w == first) bits &= ~std::uint64_t(0) << (from % kBits);
        return bits == 0 ? npos : w * kBits + kBits - 1 - static_cast<std::size_t>(std::countl_zero(bits));
    }

private:
    static constexpr std::size_t kBits = 64;
    std::vector<std::uint64_t> words_;
};

}  // namespace claimlint
