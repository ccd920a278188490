// Skipping to the next character a scan has work at.
#pragma once

#include "grammar/char_set.hpp"

#include <cstddef>
#include <string_view>

namespace claimlint {

// The first position from `at` on whose character is in `set`, or the
// text's size. A loop of its own: folded into a scan whose body does more
// (pushes to vectors, counts in maps), the skip over the many characters
// without work reloaded the scan's state for each of them.
inline std::size_t next_in(std::u32string_view text, std::size_t at, const grammar::CharSet& set) {
    while (at < text.size() && !set.may_contain(text[at])) ++at;
    return at;
}

}  // namespace claimlint
