// The grammar's entry point: every quantity and period in a normalised text.
#pragma once

#include "grammar/quantity.hpp"

#include <string_view>

namespace claimlint::grammar {

// `text` is the normalised view of a document (see src/document.hpp): one
// char32_t per source code point, full-width digits and numeric punctuation
// folded to ASCII. Thread-safe; the lexicons are loaded once on first use.
ScanResult scan(std::u32string_view text);

}  // namespace claimlint::grammar
