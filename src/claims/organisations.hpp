// Enterprises and organisations a figure can be about (吉化公司实现产值…),
// besides the places of the region lexicon.
#pragma once

#include "grammar/char_set.hpp"
#include "src/claims/regions.hpp"

#include <forward_list>
#include <span>
#include <string_view>
#include <vector>

namespace claimlint {

// The place mentions of a text with the organisations it names added: those
// of the lexicon (level "organisation", found by find_regions already), a
// name ending in an organisation word (公司, 商会, 机场…) that heads a clause
// or follows a preposition, and a later bare reference to it (商会, 该局).
// An organisation replaces the places inside its name (长春龙嘉国际机场).
class PlaceMentions {
public:
    // `candidates`: ascending positions in `text`, among them every one
    // holding a character of starts() (the builder finds them in a pass it
    // shares with other indexes). `regions` must outlive this: the mentions
    // are those very regions when the text adds no organisation to them.
    PlaceMentions(std::u32string_view text, const std::vector<RegionMention>& regions,
                  std::span<const std::size_t> candidates);
    PlaceMentions(const PlaceMentions&) = delete;
    PlaceMentions& operator=(const PlaceMentions&) = delete;
    // The characters an organisation word (公司, 商会…) or 该 starts with.
    static const grammar::CharSet& starts();
    const std::vector<RegionMention>& mentions() const { return *mentions_; }

private:
    // Organisations found by their ending; mentions point here. A list: most
    // texts name none, and a deque allocates even when empty.
    std::forward_list<Region> named_;
    std::vector<RegionMention> own_;  // the regions with the organisations added, when there are any
    const std::vector<RegionMention>* mentions_;  // own_ or the regions
};

}  // namespace claimlint
