// The grammar's lexicons (grammar/lexicon/*.toml, compiled into the binary):
// measure words and units, and numeral-bearing names that are not figures.
#pragma once

#include "grammar/char_set.hpp"
#include "grammar/quantity.hpp"

#include <optional>
#include <string>

namespace claimlint::grammar {

struct UnitInfo {
    std::string canonical;  // CNY, %, 户, 千瓦 …
    std::string dimension;  // money:CNY, mass, count …
    Kind kind = Kind::count;
    std::optional<double> factor;  // to the dimension's base unit
};

// Longest unit starting at `it`; advances `it` past it. Nullptr when none.
const UnitInfo* match_unit(const char32_t*& it, const char32_t* end);

// Length in code points of the longest name starting at `it`, or 0.
std::size_t match_name(const char32_t* it, const char32_t* end);

// The first and the second characters of the names, every one of which has
// two or more: a cheap test before match_name (by their low twelve bits, a
// superset: one load each, for the six places a name search tries). `any`
// holds every character of every name: a name covers a place only if it
// holds that place's character, and `pairs` their adjacent characters: only
// if it holds that character next to the one before or after it.
struct NameChars {
    Low12Filter first, second;
    CharSet any;
    PairFilter pairs;
};
const NameChars& name_chars();

// Parses the lexicon TOML texts; throws std::runtime_error naming the file
// and position on a malformed lexicon. Called once, lazily, by the functions
// above; exposed so tests can load a lexicon of their own.
void load_lexicons();

}  // namespace claimlint::grammar
