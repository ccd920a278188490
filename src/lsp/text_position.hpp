// LSP positions: a 0-based line and a character offset counted in the
// negotiated encoding (UTF-8 bytes, UTF-16 code units or code points), and
// their conversion to byte offsets of the UTF-8 text.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace claimlint::lsp {

enum class PositionEncoding { utf8, utf16, utf32 };
std::string_view to_string(PositionEncoding e);
std::optional<PositionEncoding> parse_encoding(std::string_view s);

struct LspPosition {
    std::int64_t line = 0, character = 0;
    friend bool operator==(const LspPosition&, const LspPosition&) = default;
};

// Line starts of a UTF-8 text, where \n, \r\n and \r end a line as the LSP
// specification says. The text must outlive the index.
class LineIndex {
public:
    explicit LineIndex(std::string_view text);

    std::size_t line_count() const { return starts_.size(); }
    // The position of byte offset `byte` (clamped to the text; an offset
    // inside a multi-byte character counts from that character's start).
    LspPosition position(std::size_t byte, PositionEncoding enc) const;
    // The byte offset of `pos`. As the specification asks, a character past
    // the end of its line means the end of the line, and a line past the end
    // means the end of the text; an offset inside a character (half of a
    // surrogate pair) rounds down to the character's start.
    std::size_t offset(LspPosition pos, PositionEncoding enc) const;
    // Bytes of line `line` without its terminator.
    std::string_view line_text(std::size_t line) const;

private:
    std::string_view text_;
    std::vector<std::size_t> starts_;
    std::size_t line_end(std::size_t line) const;  // offset of the terminator
};

// Replaces the bytes between two positions with `replacement` (an
// incremental didChange).
void apply_edit(std::string& text, LspPosition start, LspPosition end, std::string_view replacement,
                PositionEncoding enc);

}  // namespace claimlint::lsp
