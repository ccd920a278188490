// Column conversions read the original bytes: a 4-byte UTF-8 sequence is the
// one case where a code point takes two UTF-16 code units.
#include "src/columns.hpp"

namespace claimlint {

Columns columns_at(const Document& doc, std::size_t cp) {
    Position p = doc.position(cp);
    std::size_t line_start = cp - (p.column - 1);
    std::string_view bytes = doc.bytes();
    std::size_t from = doc.byte_offset(line_start), to = doc.byte_offset(cp);
    Columns c;
    c.line = p.line;
    c.code_point = p.column;
    c.utf8 = to - from + 1;
    c.utf16 = p.column;
    for (std::size_t i = from; i < to; ++i) {
        if (static_cast<unsigned char>(bytes[i]) >= 0xF0) ++c.utf16;
    }
    return c;
}

std::string_view line_text(const Document& doc, std::size_t cp) {
    std::u32string_view text = doc.normalised();
    std::size_t b = cp - (doc.position(cp).column - 1), e = b;
    while (e < text.size() && text[e] != U'\n' && text[e] != U'\r') ++e;
    return doc.source(b, e);
}

}  // namespace claimlint
