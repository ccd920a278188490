// Columns in the units other tools count in. claimlint's own positions are
// code points; SARIF (columnKind utf16CodeUnits) and GitHub count UTF-16 code
// units, reviewdog counts UTF-8 bytes. All 1-based, on the code point's line.
#pragma once

#include "src/document.hpp"

namespace claimlint {

struct Columns {
    std::size_t line = 1;
    std::size_t code_point = 1, utf16 = 1, utf8 = 1;
};

Columns columns_at(const Document& doc, std::size_t cp);

// The text of the line holding code point `cp`, without its line break.
std::string_view line_text(const Document& doc, std::size_t cp);

}  // namespace claimlint
