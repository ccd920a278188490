// The words that name the document's home without naming it (全省, 我市…):
// infer_facts counts them to tell which level the home is at, and the
// builder reads each as the home of its level (a figure's scope; the head of
// a subject). One table for both.
#pragma once

#include "src/claims/claim.hpp"
#include "src/claims/regions.hpp"

#include <cstdint>
#include <string>
#include <string_view>

namespace claimlint {

struct HomeWord {
    std::u32string_view word;           // two characters
    RegionLevel level;                  // of the home it names
    std::string DocumentFacts::* home;  // which of the document's homes that is
};

inline constexpr HomeWord kHomeWords[] = {
    {U"全省", RegionLevel::province, &DocumentFacts::home_province},
    {U"我省", RegionLevel::province, &DocumentFacts::home_province},
    {U"本省", RegionLevel::province, &DocumentFacts::home_province},
    {U"全市", RegionLevel::city, &DocumentFacts::home_city},
    {U"我市", RegionLevel::city, &DocumentFacts::home_city},
    {U"本市", RegionLevel::city, &DocumentFacts::home_city},
    {U"全区", RegionLevel::district, &DocumentFacts::home_district},
    {U"我区", RegionLevel::district, &DocumentFacts::home_district},
    {U"全州", RegionLevel::prefecture, &DocumentFacts::home_prefecture},
    {U"我州", RegionLevel::prefecture, &DocumentFacts::home_prefecture},
};

// Whether c is the first character of a home word (for tables built once).
constexpr bool starts_home_word(char32_t c) {
    for (const HomeWord& w : kHomeWords) {
        if (w.word[0] == c) return true;
    }
    return false;
}

// The home word made of the characters a and b, or null. Asked at every
// candidate position of a text: the first character rules most out.
inline const HomeWord* home_word(char32_t a, char32_t b) {
    // The first characters by their low six bits: one test rules out
    // nearly every other character, the exact one the rest.
    constexpr std::uint64_t kFirstsLow6 = [] {
        std::uint64_t m = 0;
        for (const HomeWord& w : kHomeWords) m |= std::uint64_t(1) << (w.word[0] % 64);
        return m;
    }();
    if ((kFirstsLow6 >> (a % 64) & 1) == 0) return nullptr;
    if (a != U'全' && a != U'我' && a != U'本') return nullptr;
    for (const HomeWord& w : kHomeWords) {
        if (w.word[0] == a && w.word[1] == b) return &w;
    }
    return nullptr;
}

// Which of the document's homes the two characters a b name, or null when
// they are no home word.
inline std::string DocumentFacts::* home_member(char32_t a, char32_t b) {
    const HomeWord* w = home_word(a, b);
    return w ? w->home : nullptr;
}

}  // namespace claimlint
