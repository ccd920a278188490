// Reading documents: strict UTF-8 decoding, the normalised view the grammar
// reads, and the maps back to bytes, lines and columns.
#include "src/document.hpp"

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <iterator>
#include <sstream>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace claimlint {
namespace {

bool is_digit_cp(char32_t c) { return (c >= U'0' && c <= U'9') || (c >= U'０' && c <= U'９'); }

// Folds one code point for the grammar. Only digits, Latin letters and
// numeric punctuation change; Chinese punctuation stays, since clauses are
// split on it. The full-width comma depends on its neighbours and is left
// to grouping_comma().
constexpr char32_t fold(char32_t c) {
    if (c >= U'０' && c <= U'９') return U'0' + (c - U'０');
    if (c >= U'Ａ' && c <= U'Ｚ') return U'A' + (c - U'Ａ');
    if (c >= U'ａ' && c <= U'ｚ') return U'a' + (c - U'ａ');
    switch (c) {
        case U'％': return U'%';
        case U'．': return U'.';
        case U'＋': return U'+';
        case U'－': case U'—': case U'–': case U'‒': case U'―': case U'−': return U'-';
        case U'～': case U'〜': case U'∼': return U'~';
        default:
            return c;
    }
}

// fold() for three-byte sequences as a table, so that punctuation between
// ideographs costs no branch: for each page of 256 code points (U+0000-U+FFFF)
// where its part of the amount to add (modulo 2^32) starts, or that the page
// cannot come from a valid three-byte sequence (overlong forms, surrogates).
// fold() must change nothing outside kFoldPages: a case added elsewhere needs
// its page listed.
constexpr char32_t kFoldPages[] = {0x20, 0x22, 0x30, 0xFF};  // U+2012-U+2015, U+2212, U+223C; U+301C; U+FF05-U+FF5E
constexpr std::uint16_t kNotThreeBytes = 0xFFFF;
struct FoldTable {
    std::uint16_t page_start[256] = {};  // 0 (all zero) for the pages fold() leaves alone
    char32_t delta[256 * (std::size(kFoldPages) + 1)] = {};
};
constexpr FoldTable make_fold_table() {
    FoldTable t;
    for (std::size_t p = 0; p < 0x08; ++p) t.page_start[p] = kNotThreeBytes;
    for (std::size_t p = 0xD8; p < 0xE0; ++p) t.page_start[p] = kNotThreeBytes;
    for (std::size_t p = 0; p < std::size(kFoldPages); ++p) {
        t.page_start[kFoldPages[p]] = static_cast<std::uint16_t>(256 * (p + 1));
        for (char32_t low = 0; low < 256; ++low) {
            char32_t c = kFoldPages[p] << 8 | low;
            t.delta[256 * (p + 1) + low] = fold(c) - c;
        }
    }
    return t;
}
constexpr FoldTable kFoldTable = make_fold_table();
// Checked where the pages listed lie around one not listed (U+21xx).
constexpr bool fold_table_matches(char32_t first, char32_t end) {
    for (char32_t c = first; c < end; ++c) {
        if (c + kFoldTable.delta[kFoldTable.page_start[c >> 8] + (c & 0xFF)] != fold(c)) return false;
    }
    return true;
}
static_assert(fold_table_matches(0x2000, 0x2300));

// A full-width grouping comma: digit，ddd followed by a non-digit (1，679.1).
// fold() keeps digits digits and everything else not a digit, so the test
// reads the same on folded neighbours as on the source.
bool grouping_comma(const char32_t* next, std::size_t next_len) {
    return next_len >= 3 && is_digit_cp(next[0]) && is_digit_cp(next[1]) && is_digit_cp(next[2]) &&
           (next_len == 3 || !is_digit_cp(next[3]));
}

// The number of code points in valid UTF-8: the bytes that are not
// continuation bytes. Counted in blocks into a byte-wide counter, which the
// compiler vectorises sixteen bytes at a time; a size_t counter had it widen
// every byte.
std::size_t count_lead_bytes(const unsigned char* u, std::size_t size) {
    // At most 255, what a byte-wide counter holds; a multiple of sixteen, so
    // that only the text's last block has bytes left over for a slower loop.
    constexpr std::size_t kBlock = 240;
    std::size_t total = 0;
    for (std::size_t i = 0; i < size;) {
        std::size_t block_end = std::min(size, i + kBlock);
        unsigned char block = 0;
        for (; i < block_end; ++i) block += (u[i] & 0xC0) != 0x80;
        total += block;
    }
    return total;
}

// The bytes at u as one little-endian word, whatever the host's order.
std::uint32_t load_le32(const unsigned char* u) {
    return u[0] | (std::uint32_t{u[1]} << 8) | (std::uint32_t{u[2]} << 16) | (std::uint32_t{u[3]} << 24);
}

// Up to eight ASCII bytes at u, decoded to out as code points with their
// byte offsets (from `offset`); all eight entries are written, whatever the
// count. Returns the number of ASCII bytes before the first other byte, and
// whether a line feed is among them.
struct AsciiBlock {
    unsigned count;
    bool line_feed;
};
AsciiBlock decode_ascii8(const unsigned char* u, std::uint32_t offset, char32_t* out, std::uint32_t* offsets) {
#if defined(__SSE2__)
    const __m128i zero = _mm_setzero_si128();
    __m128i bytes = _mm_loadl_epi64(reinterpret_cast<const __m128i*>(u));
    __m128i words = _mm_unpacklo_epi8(bytes, zero);
    _mm_storeu_si128(reinterpret_cast<__m128i*>(out), _mm_unpacklo_epi16(words, zero));
    _mm_storeu_si128(reinterpret_cast<__m128i*>(out + 4), _mm_unpackhi_epi16(words, zero));
    __m128i first = _mm_add_epi32(_mm_set1_epi32(static_cast<int>(offset)), _mm_setr_epi32(0, 1, 2, 3));
    _mm_storeu_si128(reinterpret_cast<__m128i*>(offsets), first);
    _mm_storeu_si128(reinterpret_cast<__m128i*>(offsets + 4), _mm_add_epi32(first, _mm_set1_epi32(4)));
    unsigned high = static_cast<unsigned>(_mm_movemask_epi8(bytes)) | 0x100u;
    unsigned count = static_cast<unsigned>(__builtin_ctz(high));
    unsigned line_feeds = static_cast<unsigned>(_mm_movemask_epi8(_mm_cmpeq_epi8(bytes, _mm_set1_epi8('\n'))));
    return {count, (line_feeds & ((1u << count) - 1)) != 0};
#else
    unsigned count = 8;
    bool line_feed = false;
    for (unsigned j = 0; j < 8; ++j) {
        out[j] = u[j];
        offsets[j] = offset + j;
        if (u[j] >= 0x80 && count == 8) count = j;
        line_feed |= u[j] == '\n' && j < count;
    }
    return {count, line_feed};
#endif
}

}  // namespace

InputError::InputError(std::string path, Position pos, std::string what)
    : std::runtime_error(what), path_(std::move(path)), pos_(pos) {}

Document Document::load(const std::string& path) {
    // read() straight into the string, sized from fstat: a stream would copy
    // every byte twice (into its buffer, then into the string). Reads on to
    // the end, so a file that is not regular (a pipe) or grew is read whole.
    int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) throw InputError(path, {0, 0}, "cannot open file: " + std::string(std::strerror(errno)));
    struct stat st {};
    std::string bytes;
    std::size_t have = 0;
    // One byte more than the size, where the read that finds the end goes
    // without growing the string.
    bytes.resize(::fstat(fd, &st) == 0 && st.st_size > 0 ? static_cast<std::size_t>(st.st_size) + 1 : 0);
    for (;;) {
        if (have == bytes.size()) bytes.resize(std::max<std::size_t>(4096, bytes.size() + bytes.size() / 2));
        ssize_t n = ::read(fd, bytes.data() + have, bytes.size() - have);
        if (n < 0 && errno == EINTR) continue;
        if (n < 0) {
            const int error = errno;  // before close() may change it
            ::close(fd);
            throw InputError(path, {0, 0}, "cannot read file: " + std::string(std::strerror(error)));
        }
        if (n == 0) break;
        have += static_cast<std::size_t>(n);
    }
    ::close(fd);
    bytes.resize(have);
    return from_bytes(path, std::move(bytes));
}

Document Document::from_bytes(std::string path, std::string bytes) {
    Document d;
    d.path_ = std::move(path);
    d.bytes_ = std::move(bytes);
    const std::string& s = d.bytes_;
    if (s.size() > 0xFFFFFFF0u) throw InputError(d.path_, {0, 0}, "file larger than 4 GiB");
    if (std::memchr(s.data(), '\0', s.size()) != nullptr) {
        d.binary_ = true;
        d.byte_of_cp_.push_back(0);
        d.line_starts_.push_back(0);
        return d;
    }

    // Decoded and folded straight into the normalised text. Valid text has
    // one code point per lead byte (the BOM's is dropped below), so both
    // arrays are sized once and written by index.
    const auto* u = reinterpret_cast<const unsigned char*>(s.data());
    const std::size_t size = s.size();
    std::size_t leads = count_lead_bytes(u, size);
    auto& cps = d.normalised_;
    // Room for the eight code points an ASCII block writes whatever its length.
    cps.resize(leads + 8);
    d.byte_of_cp_.resize(leads + 8);
    std::size_t n = 0;  // code points decoded
    // News text breaks a line every 150 bytes or so: room for about twice
    // that spares the vector's moves as it grows.
    d.line_starts_.reserve(size / 64 + 1);
    d.line_starts_.push_back(0);
    std::size_t i = 0;
    if (s.size() >= 3 && s.compare(0, 3, "\xEF\xBB\xBF") == 0) i = 3;  // BOM: not part of the text
    // Full-width commas after a digit, folded once the digits after them are known.
    std::vector<std::size_t> commas;
    // Written through plain pointers: the compiler cannot tell that the
    // stores leave the containers' own pointers alone.
    char32_t* out = cps.data();
    std::uint32_t* offsets = d.byte_of_cp_.data();
    // From here on a read of four bytes would pass the end (i + 4 > size).
    const std::size_t four_byte_reads_end = size >= 4 ? size - 3 : 0;
    // The text comes in runs: ASCII (digits, Latin, spaces, line breaks) and
    // three-byte sequences (ideographs and Chinese punctuation). Each run has
    // a loop of its own that tests as little per code point as it can; what
    // neither takes (two- and four-byte sequences, a three-byte one at the
    // very end, invalid bytes) is decoded one code point at a time.
    while (i < size) {
        // ASCII inside Chinese text comes in short runs (figures, Latin
        // words): eight bytes at a time, written whole and counted up to the
        // first non-ASCII byte, so that a run's end is no branch of its own.
        while (i + 8 <= size && u[i] < 0x80) {
            AsciiBlock block = decode_ascii8(u + i, static_cast<std::uint32_t>(i), out + n, offsets + n);
            unsigned k = block.count;
            if (block.line_feed) {
                for (unsigned j = 0; j < k; ++j) {
                    if (u[i + j] == '\n') d.line_starts_.push_back(static_cast<std::uint32_t>(n + j + 1));
                }
            }
            n += k;
            i += k;
        }
        if (i < size && u[i] < 0x80) {
            do {
                char32_t c = u[i];
                offsets[n] = static_cast<std::uint32_t>(i);
                out[n++] = c;
                ++i;
                if (c == U'\n') d.line_starts_.push_back(static_cast<std::uint32_t>(n));
            } while (i < size && u[i] < 0x80);
            continue;
        }
        // Four bytes read as one word (the fourth is the next sequence's),
        // tested for 1110xxxx 10xxxxxx 10xxxxxx in one comparison.
        for (char32_t previous = n > 0 ? out[n - 1] : 0; i < four_byte_reads_end; i += 3) {
            std::uint32_t w = load_le32(u + i);
            if ((w & 0xC0C0F0u) != 0x8080E0u) break;
            // The bytes are 0xE0 + x, 0x80 + y, 0x80 + z: their weighted sum less
            // that of the fixed bits is x << 12 | y << 6 | z, in fewer steps
            // than masking each byte.
            char32_t c = (char32_t{u[i]} << 12) + (char32_t{u[i + 1]} << 6) + u[i + 2] - 0xE2080u;
            // Overlong forms and surrogates are left to the decoder below,
            // which reports them.
            std::uint16_t page = kFoldTable.page_start[c >> 8];
            if (page == kNotThreeBytes) break;
            c += kFoldTable.delta[page + (c & 0xFF)];
            // A comma after a digit (fold() has made digits ASCII) is left to
            // the decoder below, which notes it: rare, and a call to note it
            // here would keep this loop's pointers out of registers.
            if ((c == U'，') & (previous - U'0' < 10u)) break;
            previous = c;
            offsets[n] = static_cast<std::uint32_t>(i);
            out[n++] = c;
        }
        if (i >= size || u[i] < 0x80) continue;
        unsigned b0 = u[i];
        std::size_t len = (b0 >> 5) == 0x6 ? 2 : (b0 >> 4) == 0xE ? 3 : (b0 >> 3) == 0x1E ? 4 : 0;
        bool ok = len != 0 && i + len <= size;
        char32_t c = ok ? static_cast<char32_t>(b0 & (0x7F >> len)) : 0;
        for (std::size_t k = 1; ok && k < len; ++k) {
            unsigned bk = u[i + k];
            ok = (bk & 0xC0) == 0x80;
            c = (c << 6) | (bk & 0x3F);
        }
        // Overlong forms, surrogates and values past U+10FFFF are invalid.
        static const char32_t min_for_len[] = {0, 0, 0x80, 0x800, 0x10000};
        if (ok && (c < min_for_len[len] || (c >= 0xD800 && c <= 0xDFFF) || c > 0x10FFFF)) ok = false;
        if (!ok) {
            Position pos{d.line_starts_.size(), n - d.line_starts_.back() + 1};
            std::ostringstream msg;
            msg << "invalid UTF-8 (byte 0x" << std::hex << static_cast<int>(b0) << std::dec << " at offset " << i
                << ")";
            throw InputError(d.path_, pos, msg.str());
        }
        if (len == 3) {
            c += kFoldTable.delta[kFoldTable.page_start[c >> 8] + (c & 0xFF)];  // valid, checked above
            // fold() has made a digit before it ASCII.
            if (c == U'，' && n > 0 && out[n - 1] - U'0' < 10u) commas.push_back(n);
        }
        offsets[n] = static_cast<std::uint32_t>(i);
        out[n++] = c;
        i += len;
    }
    cps.resize(n);
    d.byte_of_cp_.resize(n + 1);
    d.byte_of_cp_[n] = static_cast<std::uint32_t>(s.size());
    for (std::size_t k : commas) {
        if (grouping_comma(cps.data() + k + 1, cps.size() - k - 1)) cps[k] = U',';
    }
    return d;
}

Position Document::position(std::size_t cp) const {
    auto it = std::upper_bound(line_starts_.begin(), line_starts_.end(), static_cast<std::uint32_t>(cp));
    std::size_t line = static_cast<std::size_t>(it - line_starts_.begin());
    return Position{line, cp - line_starts_[line - 1] + 1};
}

std::string_view Document::source(std::size_t begin, std::size_t end) const {
    return std::string_view(bytes_).substr(byte_of_cp_[begin], byte_of_cp_[end] - byte_of_cp_[begin]);
}

}  // namespace claimlint
