// A set of code points with a constant-time test: lets a scan skip the
// places where none of a word list's words can start (or end).
#pragma once

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

}  // namespace claimlint::grammar
