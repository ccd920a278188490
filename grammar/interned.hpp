// Texts that live for the rest of the process, one copy per distinct text:
// the storage behind a Quantity's unit and dimension when they are not the
// lexicon's own (a rate's joined unit, a figure read back from JSON).
#pragma once

#include <string_view>

namespace claimlint::grammar {

// A view of a copy of `text` that stays valid until the process ends.
// Thread-safe; equal texts share one copy.
std::string_view interned(std::string_view text);

}  // namespace claimlint::grammar
