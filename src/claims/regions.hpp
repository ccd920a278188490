// Places a figure can be about (src/claims/lexicon/regions.toml), and where
// the text mentions them.
#pragma once

#include "grammar/char_set.hpp"

#include <cstddef>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace claimlint {

// An organisation (一汽, 吉化公司) is whose figure it is like a place, but is
// never a document's home.
enum class RegionLevel { country, province, city, prefecture, district, organisation };

struct Region {
    std::string name;  // 吉林省
    RegionLevel level = RegionLevel::province;
};

struct RegionMention {
    std::size_t begin = 0, end = 0;  // code points
    const Region* region = nullptr;
};

// Every mention in `text`, longest match first, left to right. Tries every
// position: for short texts (a phrase); a document's are found from the
// candidates of word_starts() (the overload below).
std::vector<RegionMention> find_regions(std::u32string_view text);

// The characters mentions start with: a form's first character followed by
// its second (every form has two or more), or, if a form has one only, its
// first alone.
struct MentionChars {
    grammar::CharSet first, second;
    bool one_character_form = false;
};
const MentionChars& mention_chars();

// The same as find_regions(text), with the mentions tried at `candidates`
// only: ascending positions, among them every one where a mention may start
// (mention_chars()), found in a pass the caller shares with other indexes.
// Each is tried as it is, a symbol-table lookup: pass only those that
// passed mention_chars()' test (word_starts() tested them already).
std::vector<RegionMention> find_regions(std::u32string_view text, std::span<const std::size_t> candidates);

const Region* region_named(const std::string& name);

// 居全国, 高出全国, 占吉林市的10%, 比全省高, 为吉林省 (a beneficiary), 与山东,
// 深入广东、上海, 列全国第3: a place after one of these is a comparison base,
// a partner or a destination, not whose figure it is nor what the text is
// about.
inline bool comparison_base_before(char32_t c) {
    static const grammar::CharSet set = grammar::CharSet::of(U"居出于占比较与同向赴到至从为对入列");
    return set.may_contain(c);
}

}  // namespace claimlint
