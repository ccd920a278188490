// A set of code points with a constant-time test: lets a scan skip the
// places where none of a word list's words can start (or end).
#pragma once

#include <array>
#include <bitset>
#include <cstddef>
#include <string_view>

namespace claimlint::grammar {

class CharSet {
public:
    void add(char32_t c) {
        if (c < kBmp) bits_.set(c);
        else astral_ = true;
    }
    // The first characters of a list of words.
    template <typename Words>
    static CharSet first_of(const Words& words) {
        CharSet f;
        for (const auto& w : words) f.add(w.front());
        return f;
    }
    // The characters of a string: an exact test for BMP characters.
    static CharSet of(std::u32string_view chars) {
        CharSet f;
        for (char32_t c : chars) f.add(c);
        return f;
    }
    // Characters past the BMP are all "maybe" once one was added.
    // operator[], not test(): the bound is checked here already, and test()'s
    // own check cost as much as the lookup in the scans that ask per character.
    bool may_contain(char32_t c) const { return c < kBmp ? bits_[c] : astral_; }

private:
    static constexpr std::size_t kBmp = 0x10000;
    std::bitset<kBmp> bits_;
    bool astral_ = false;
};

// A coarser set for the passes that skip most of a text: a byte per value
// of a character's low twelve bits, marked when a character of the set has
// them. A superset of its BMP characters (the caller rules out any past the
// BMP, and the candidates it lets by, with the exact set); four characters
// are ruled out with one branch. A few dozen characters mark as many of the
// 4096 entries, so nearly every run of four in Chinese text is passed at once.
class Low12Filter {
public:
    void add(char32_t c) { table_[c & 0xFFF] = true; }
    // The filter of the BMP characters for which in_set(c) holds.
    template <typename InSet>
    static Low12Filter where(InSet&& in_set) {
        Low12Filter f;
        for (char32_t c = 0; c < 0x10000; ++c) {
            if (in_set(c)) f.add(c);
        }
        return f;
    }
    bool may_pass(char32_t c) const { return table_[c & 0xFFF]; }
    // The first position at or after `from` in `s` whose character may
    // pass, or s.size(): runs of four that cannot are passed over at once.
    std::size_t next(std::u32string_view s, std::size_t from) const {
        for (; from + 4 <= s.size(); from += 4) {
            if (any_of_four(s.data() + from)) break;
        }
        for (; from < s.size(); ++from) {
            if (may_pass(s[from])) break;
        }
        return from;
    }
    // Whether any of p[0], p[1], p[2] and p[3] may pass.
    bool any_of_four(const char32_t* p) const {
        // Or-ed as ints, without a branch per character (|| would have one).
        return (int{table_[p[0] & 0xFFF]} | int{table_[p[1] & 0xFFF]} | int{table_[p[2] & 0xFFF]} |
                int{table_[p[3] & 0xFFF]}) != 0;
    }

private:
    std::array<bool, 4096> table_{};  // bool: the compiler knows each is 0 or 1
};

// Pairs of adjacent characters (the bigrams of a word list), hashed into a
// table of bits: a superset, one load and a bit test per pair. A word of two
// or more characters covers a place only if it holds the place's character
// together with the one before it or the one after it.
class PairFilter {
public:
    void add(char32_t a, char32_t b) { bits_.set(slot(a, b)); }
    bool may_contain(char32_t a, char32_t b) const { return bits_[slot(a, b)]; }

private:
    static constexpr std::size_t kBits = 1 << 16;
    static std::size_t slot(char32_t a, char32_t b) { return ((static_cast<std::size_t>(a) << 5) ^ b) & (kBits - 1); }
    std::bitset<kBits> bits_;
};

}  // namespace claimlint::grammar
