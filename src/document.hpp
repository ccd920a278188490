// A document as read from disk: the original bytes (never modified), the
// code points, a normalised view for the grammar, and position maps.
#pragma once

#include "src/default_init_allocator.hpp"

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace claimlint {

// A 1-based line and column in Unicode code points.
struct Position {
    std::size_t line = 1, column = 1;
};

// Raised for input that cannot be trusted (invalid UTF-8, unreadable file).
class InputError : public std::runtime_error {
public:
    InputError(std::string path, Position pos, std::string what);
    const std::string& path() const { return path_; }
    Position position() const { return pos_; }

private:
    std::string path_;
    Position pos_;
};

class Document {
public:
    // Reads and decodes a file. Throws InputError on invalid UTF-8 or I/O
    // failure. Binary files (NUL bytes) are reported by is_binary().
    static Document load(const std::string& path);
    // Builds a document from bytes already in memory (tests, fuzzing, LSP).
    static Document from_bytes(std::string path, std::string bytes);

    const std::string& path() const { return path_; }
    const std::string& bytes() const { return bytes_; }
    bool is_binary() const { return binary_; }

    // One entry per code point of the text (BOM excluded).
    std::u32string_view normalised() const { return {normalised_.data(), normalised_.size()}; }
    std::size_t size() const { return normalised_.size(); }

    // Byte offset in bytes() of code point i (i == size() gives the end).
    std::size_t byte_offset(std::size_t cp) const { return byte_of_cp_[cp]; }
    // The first code point whose byte offset is not before `byte` (the inverse
    // of byte_offset; byte offsets grow with the code point).
    std::size_t code_point_at_byte(std::size_t byte) const {
        auto end = byte_of_cp_.begin() + static_cast<std::ptrdiff_t>(size());
        return static_cast<std::size_t>(std::lower_bound(byte_of_cp_.begin(), end, byte) - byte_of_cp_.begin());
    }
    Position position(std::size_t cp) const;
    // The code point index of each line's start, ascending from 0.
    const std::vector<std::uint32_t>& line_starts() const { return line_starts_; }
    // The exact source text of code points [begin, end).
    std::string_view source(std::size_t begin, std::size_t end) const;

private:
    std::string path_;
    std::string bytes_;
    bool binary_ = false;
    // Sized before decoding and written whole: not zeroed first.
    std::vector<char32_t, DefaultInitAllocator<char32_t>> normalised_;
    std::vector<std::uint32_t, DefaultInitAllocator<std::uint32_t>> byte_of_cp_;  // size() + 1 entries
    std::vector<std::uint32_t> line_starts_;  // code point index of each line start
};

}  // namespace claimlint
