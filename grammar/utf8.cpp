// UTF-8 <-> UTF-32 for trusted text.
#include "grammar/utf8.hpp"

namespace claimlint::grammar {

namespace {

// Without branches, so that summing it over a string vectorises.
std::size_t utf8_length(char32_t c) { return std::size_t{1} + (c >= 0x80) + (c >= 0x800) + (c >= 0x10000); }

// Writes c at p (room for utf8_length(c) bytes); returns the end.
char* encode(char* p, char32_t c) {
    if (c >= 0x800 && c < 0x10000) {  // first: Chinese text is nearly all three-byte
        *p++ = static_cast<char>(0xE0 | (c >> 12));
        *p++ = static_cast<char>(0x80 | ((c >> 6) & 0x3F));
        *p++ = static_cast<char>(0x80 | (c & 0x3F));
    } else if (c < 0x80) {
        *p++ = static_cast<char>(c);
    } else if (c < 0x800) {
        *p++ = static_cast<char>(0xC0 | (c >> 6));
        *p++ = static_cast<char>(0x80 | (c & 0x3F));
    } else {
        *p++ = static_cast<char>(0xF0 | (c >> 18));
        *p++ = static_cast<char>(0x80 | ((c >> 12) & 0x3F));
        *p++ = static_cast<char>(0x80 | ((c >> 6) & 0x3F));
        *p++ = static_cast<char>(0x80 | (c & 0x3F));
    }
    return p;
}

// Short strings (most words and subjects) are encoded on the
// stack and copied once: the sizing pass and the zero-filled string cost
// more than the encoding itself.
constexpr std::size_t kShort = 16;

// Encodes s (at most kShort code points) into buf; returns the byte count.
std::size_t encode_short(std::u32string_view s, char (&buf)[4 * kShort]) {
    char* p = buf;
    for (char32_t c : s) p = encode(p, c);
    return static_cast<std::size_t>(p - buf);
}

}  // namespace

void append_utf8(std::string& out, char32_t c) {
    char buf[4];
    out.append(buf, static_cast<std::size_t>(encode(buf, c) - buf));
}

void append_utf8(std::string& out, std::u32string_view s) {
    if (s.size() > kShort) {
        out += to_utf8(s);
        return;
    }
    char buf[4 * kShort];
    out.append(buf, encode_short(s, buf));
}

char* encode_utf8_within(std::u32string_view s, char* out, std::size_t room) {
    // Every code point takes a byte; `spare` is the room left for the
    // others' second to fourth, so that ASCII (a figure's digits, nearly
    // all) is written with no test.
    if (s.size() > room) return nullptr;
    std::size_t spare = room - s.size();
    for (char32_t c : s) {
        if (c < 0x80) {
            *out++ = static_cast<char>(c);
        } else {
            std::size_t more = utf8_length(c) - 1;
            if (more > spare) return nullptr;
            spare -= more;
            out = encode(out, c);
        }
    }
    return out;
}

// Sized first, then written in place: this runs for every subject and span
// the claims builder makes, and byte-wise push_back was most of its cost.
std::string to_utf8(std::u32string_view s) {
    if (s.size() <= kShort) {
        char buf[4 * kShort];
        return std::string(buf, encode_short(s, buf));
    }
    std::size_t n = 0;
    for (char32_t c : s) n += utf8_length(c);
    std::string out(n, '\0');
    char* p = out.data();
    for (char32_t c : s) p = encode(p, c);
    return out;
}

std::u32string to_u32(std::string_view s) {
    std::u32string out;
    out.reserve(s.size());
    for (std::size_t i = 0; i < s.size();) {
        auto b = static_cast<unsigned char>(s[i]);
        int len = b < 0x80 ? 1 : (b >> 5) == 6 ? 2 : (b >> 4) == 14 ? 3 : (b >> 3) == 30 ? 4 : 0;
        if (len == 0 || i + static_cast<std::size_t>(len) > s.size()) {
            out.push_back(U'\uFFFD');
            ++i;
            continue;
        }
        char32_t c = len == 1 ? b : b & (0x7F >> len);
        for (int k = 1; k < len; ++k) c = (c << 6) | (static_cast<unsigned char>(s[i + k]) & 0x3F);
        out.push_back(c);
        i += static_cast<std::size_t>(len);
    }
    return out;
}

}  // namespace claimlint::grammar
