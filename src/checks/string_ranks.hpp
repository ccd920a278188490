// Strings replaced by their rank among the distinct strings, so that sorting
// and grouping millions of records by a key compares integers: each record's
// key is hashed once, and only the distinct keys are sorted as strings.
#pragma once

#include <algorithm>
#include <cstdint>
#include <functional>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

namespace claimlint {

struct StringKeysHash {
    std::size_t operator()(std::string_view s) const { return std::hash<std::string_view>()(s); }
    std::size_t operator()(const std::pair<std::string_view, std::string_view>& p) const {
        return (*this)(p.first) * 31 + (*this)(p.second);
    }
};

// The rank of each of `distinct` (strings, or pairs of them) in sorted order.
template <class Key>
std::vector<std::uint32_t> sorted_ranks(const std::vector<Key>& distinct) {
    std::vector<std::uint32_t> by_string(distinct.size());
    for (std::uint32_t k = 0; k < by_string.size(); ++k) by_string[k] = k;
    std::sort(by_string.begin(), by_string.end(), [&](std::uint32_t a, std::uint32_t b) { return distinct[a] < distinct[b]; });
    std::vector<std::uint32_t> rank_of(distinct.size());
    for (std::uint32_t r = 0; r < by_string.size(); ++r) rank_of[by_string[r]] = r;
    return rank_of;
}

// ranks[i] < ranks[j] exactly when key_of(items[i]) < key_of(items[j]), equal
// when the keys are; `key_of` gives a string_view or a pair of them, which
// must outlive the call.
template <class Item, class KeyOf>
std::vector<std::uint32_t> string_ranks(const std::vector<Item>& items, KeyOf key_of) {
    using Key = decltype(key_of(items.front()));
    std::unordered_map<Key, std::uint32_t, StringKeysHash> slot;
    std::vector<std::uint32_t> ranks(items.size());
    std::vector<Key> distinct;
    for (std::size_t i = 0; i < items.size(); ++i) {
        auto [it, added] = slot.try_emplace(key_of(items[i]), static_cast<std::uint32_t>(distinct.size()));
        if (added) distinct.push_back(it->first);
        ranks[i] = it->second;
    }
    std::vector<std::uint32_t> rank_of = sorted_ranks(distinct);
    for (std::uint32_t& r : ranks) r = rank_of[r];
    return ranks;
}

}  // namespace claimlint
