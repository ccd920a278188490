// Places a figure can be about (src/claims/lexicon/regions.toml), and where
// the text mentions them.
#pragma once

#include <cstddef>
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

// Every mention in `text`, longest match first, left to right.
std::vector<RegionMention> find_regions(std::u32string_view text);

const Region* region_named(const std::string& name);

}  // namespace claimlint
