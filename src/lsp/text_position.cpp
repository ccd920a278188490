// Counting characters in UTF-8, UTF-16 and UTF-32 units along one line.
#include "src/lsp/text_position.hpp"

#include <algorithm>

namespace claimlint::lsp {
namespace {

// Bytes of the UTF-8 sequence led by `b`; a stray continuation or invalid
// lead byte counts as one byte, so that no input can stall the walk.
std::size_t sequence_length(unsigned char b) {
    if (b < 0x80) return 1;
    if (b >= 0xF0 && b < 0xF8) return 4;
    if (b >= 0xE0) return b < 0xF0 ? 3 : 1;
    if (b >= 0xC0) return 2;
    return 1;
}

std::int64_t units(std::size_t bytes, PositionEncoding enc) {
    switch (enc) {
        case PositionEncoding::utf8: return static_cast<std::int64_t>(bytes);
        case PositionEncoding::utf16: return bytes == 4 ? 2 : 1;  // outside the BMP: a surrogate pair
        case PositionEncoding::utf32: return 1;
    }
    return 1;
}

}  // namespace

std::string_view to_string(PositionEncoding e) {
    switch (e) {
        case PositionEncoding::utf8: return "utf-8";
        case PositionEncoding::utf16: return "utf-16";
        case PositionEncoding::utf32: return "utf-32";
    }
    return "utf-16";
}

std::optional<PositionEncoding> parse_encoding(std::string_view s) {
    if (s == "utf-8") return PositionEncoding::utf8;
    if (s == "utf-16") return PositionEncoding::utf16;
    if (s == "utf-32") return PositionEncoding::utf32;
    return std::nullopt;
}

LineIndex::LineIndex(std::string_view text) : text_(text) {
    starts_.push_back(0);
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (text[i] == '\n') {
            starts_.push_back(i + 1);
        } else if (text[i] == '\r') {
            if (i + 1 < text.size() && text[i + 1] == '\n') ++i;
            starts_.push_back(i + 1);
        }
    }
}

std::size_t LineIndex::line_end(std::size_t line) const {
    std::size_t end = line + 1 < starts_.size() ? starts_[line + 1] : text_.size();
    if (end > starts_[line] && line + 1 < starts_.size()) {
        --end;  // the \n or lone \r
        if (text_[end] == '\n' && end > starts_[line] && text_[end - 1] == '\r') --end;
    }
    return end;
}

std::string_view LineIndex::line_text(std::size_t line) const {
    if (line >= starts_.size()) return {};
    return text_.substr(starts_[line], line_end(line) - starts_[line]);
}

LspPosition LineIndex::position(std::size_t byte, PositionEncoding enc) const {
    byte = std::min(byte, text_.size());
    std::size_t line = static_cast<std::size_t>(std::upper_bound(starts_.begin(), starts_.end(), byte) - starts_.begin()) - 1;
    std::size_t end = std::min(byte, line_end(line));  // an offset inside \r\n is the line's end
    std::int64_t character = 0;
    for (std::size_t i = starts_[line]; i < end;) {
        std::size_t n = std::min(sequence_length(static_cast<unsigned char>(text_[i])), text_.size() - i);
        if (i + n > end) break;  // `byte` falls inside this character
        character += units(n, enc);
        i += n;
    }
    return {static_cast<std::int64_t>(line), character};
}

std::size_t LineIndex::offset(LspPosition pos, PositionEncoding enc) const {
    if (pos.line < 0) return 0;
    if (static_cast<std::size_t>(pos.line) >= starts_.size()) return text_.size();
    std::size_t line = static_cast<std::size_t>(pos.line);
    std::size_t i = starts_[line], end = line_end(line);
    std::int64_t left = std::max<std::int64_t>(pos.character, 0);
    while (i < end && left > 0) {
        std::size_t n = std::min(sequence_length(static_cast<unsigned char>(text_[i])), end - i);
        std::int64_t u = units(n, enc);
        if (u > left) break;  // inside a character: stay at its start
        left -= u;
        i += n;
    }
    return i;
}

void apply_edit(std::string& text, LspPosition start, LspPosition end, std::string_view replacement,
                PositionEncoding enc) {
    LineIndex index(text);
    std::size_t from = index.offset(start, enc), to = index.offset(end, enc);
    if (to < from) std::swap(from, to);
    text.replace(from, to - from, replacement);
}

}  // namespace claimlint::lsp
