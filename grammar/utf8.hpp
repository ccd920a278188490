// UTF-8 <-> UTF-32 for text already known to be valid (lexicons, spans).
// Validation of user input lives in src/document.cpp.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace claimlint::grammar {

void append_utf8(std::string& out, char32_t c);
// Appends s in one step, with no temporary string to move in (a subject's
// words).
void append_utf8(std::string& out, std::u32string_view s);
// Writes s at out when it fits in `room` bytes: the end of what was written,
// or nullptr when it does not fit (a figure's digits, kept in place).
char* encode_utf8_within(std::u32string_view s, char* out, std::size_t room);
std::string to_utf8(std::u32string_view s);
// Decodes valid UTF-8; an invalid byte becomes U+FFFD.
std::u32string to_u32(std::string_view s);

}  // namespace claimlint::grammar
