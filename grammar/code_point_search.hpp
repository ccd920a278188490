// Going through a long text to the few code points a pass has work at.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string_view>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace claimlint::grammar {

// Calls visit(i), in order, for each position i of `text` whose code point
// is one of `chars` (all in the BMP). For the passes that have work at a
// handful of characters only (sentence ends, opening quotes), where a test
// per code point cost about ten instructions each. With SSE2 (part of every
// x86-64), sixteen code points are compared at once on their low sixteen
// bits, which tell BMP characters apart: comparing low bytes only let by
// common characters that share one with a wanted mark (，U+FF0C and
// 「U+300C, 、U+3001 and ！U+FF01), and each cost a whole test.
template <std::size_t N, typename Visit>
void for_each_of(std::u32string_view text, const char32_t (&chars)[N], Visit&& visit) {
    const char32_t* p = text.data();
    const std::size_t size = text.size();
    auto wanted = [&](char32_t c) {
        for (char32_t w : chars) {
            if (c == w) return true;
        }
        return false;
    };
    std::size_t at = 0;
#if defined(__SSE2__)
    // SSE2 packs with signed saturation: moved down by 2^15, a BMP code
    // point packs to its exact 16-bit value (less 2^15); one past the BMP
    // saturates to that of U+FFFF, which no caller looks for (and the exact
    // test below rules out).
    const __m128i bias = _mm_set1_epi32(0x8000);
    __m128i want[N];
    for (std::size_t k = 0; k < N; ++k) {
        want[k] = _mm_set1_epi16(static_cast<std::int16_t>(static_cast<std::int32_t>(chars[k]) - 0x8000));
    }
    auto low16 = [&](const char32_t* q) {
        auto four = [&](const char32_t* r) {
            return _mm_sub_epi32(_mm_loadu_si128(reinterpret_cast<const __m128i*>(r)), bias);
        };
        return _mm_packs_epi32(four(q), four(q + 4));
    };
    auto hits = [&](__m128i v) {
        __m128i hit = _mm_cmpeq_epi16(v, want[0]);
        for (std::size_t k = 1; k < N; ++k) hit = _mm_or_si128(hit, _mm_cmpeq_epi16(v, want[k]));
        return hit;
    };
    // A bit per code point of the sixteen from q on that may be wanted.
    auto block = [&](const char32_t* q) {
        return static_cast<unsigned>(_mm_movemask_epi8(_mm_packs_epi16(hits(low16(q)), hits(low16(q + 8)))));
    };
    auto visit_bits = [&](std::size_t from, unsigned bits) {
        for (; bits != 0; bits &= bits - 1) {
            std::size_t i = from + static_cast<std::size_t>(__builtin_ctz(bits));
            if (wanted(p[i])) visit(i);
        }
    };
    for (; at + 16 <= size; at += 16) visit_bits(at, block(p + at));
    // The last few as the end of the last sixteen, without those already
    // visited: the passes over short texts (a sentence) spent most of their
    // time testing these one by one.
    if (at < size && size >= 16) {
        const std::size_t last = size - 16;
        visit_bits(last, block(p + last) & (0xFFFFu << (at - last)));
        at = size;
    }
#endif
    for (; at < size; ++at) {
        if (wanted(p[at])) visit(at);
    }
}

}  // namespace claimlint::grammar
