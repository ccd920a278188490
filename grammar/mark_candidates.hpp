// The places of a text where a quotation mark, a title mark, clause
// punctuation or a line break may stand, found sixteen characters at a time:
// slogan_regions walks every character of every text, and two thirds of
// them are ideographs, none of which is a mark.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string_view>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace claimlint::grammar {

// A superset of the marks: ASCII controls and ! , ; ?, the curly quotes
// U+2018–U+201D, 。 and the CJK brackets U+3002–U+300D (「」《》), and the
// full-width punctuation U+FF01–U+FF1F (，：；！？). The caller tests each
// candidate exactly.
constexpr bool may_be_mark(char32_t c) {
    return c < 0x22 || c == U',' || c == U';' || c == U'?' || c - 0x2018u < 6u || c - 0x3002u < 12u ||
           c - 0xFF01u < 0x1Fu;
}

// Calls f(i), in increasing order, for every i with may_be_mark(text[i]),
// and possibly for some i past the BMP whose low sixteen bits pass.
template <typename F>
void for_each_mark_candidate(std::u32string_view text, F&& f) {
    std::size_t i = 0;
    const std::size_t n = text.size();
#if defined(__SSE2__)
    // may_be_mark on the low sixteen bits of eight lanes: half the work of
    // testing four 32-bit lanes at a time. SSE2 compares are signed: a range
    // test c - lo < len (unsigned) moves both sides down by 2^15 first.
    auto in_range = [](__m128i v, std::uint32_t lo, std::uint32_t len) {
        __m128i moved = _mm_add_epi16(v, _mm_set1_epi16(static_cast<std::int16_t>(0x8000u - lo)));
        return _mm_cmplt_epi16(moved, _mm_set1_epi16(static_cast<std::int16_t>(0x8000u + len)));
    };
    // The low sixteen bits of four code points, sign-extended so that a
    // signed pack keeps them whole.
    auto low16 = [](const char32_t* p) {
        return _mm_srai_epi32(_mm_slli_epi32(_mm_loadu_si128(reinterpret_cast<const __m128i*>(p)), 16), 16);
    };
    auto candidates = [&](const char32_t* p) {
        __m128i v = _mm_packs_epi32(low16(p), low16(p + 4));
        __m128i ascii = _mm_or_si128(in_range(v, 0, 0x22),
                                     _mm_or_si128(_mm_cmpeq_epi16(v, _mm_set1_epi16(',')),
                                                  _mm_or_si128(_mm_cmpeq_epi16(v, _mm_set1_epi16(';')),
                                                               _mm_cmpeq_epi16(v, _mm_set1_epi16('?')))));
        __m128i wide = _mm_or_si128(in_range(v, 0x2018, 6),
                                    _mm_or_si128(in_range(v, 0x3002, 12), in_range(v, 0xFF01, 0x1F)));
        return _mm_or_si128(ascii, wide);  // a 16-bit lane of ones per candidate
    };
    for (; i + 16 <= n; i += 16) {
        __m128i lanes = _mm_packs_epi16(candidates(text.data() + i), candidates(text.data() + i + 8));
        unsigned bits = static_cast<unsigned>(_mm_movemask_epi8(lanes));
        while (bits != 0) {
            f(i + static_cast<std::size_t>(__builtin_ctz(bits)));
            bits &= bits - 1;
        }
    }
#endif
    for (; i < n; ++i) {
        if (may_be_mark(text[i])) f(i);
    }
}

}  // namespace claimlint::grammar
