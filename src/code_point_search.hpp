// Going through a long text to the few code points a pass has work at.
#pragma once

#include <cstddef>
#include <string_view>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace claimlint {

// Calls visit(i), in order, for each position i of `text` whose code point
// is one of `chars`. For the passes that have work at a handful of
// characters only (sentence ends), where a test per code point cost about
// ten instructions each. With SSE2 (part of
// every x86-64), sixteen code points are narrowed to their low bytes and
// compared at once; the few whose low byte matches are then compared whole.
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
    __m128i want[N];
    for (std::size_t k = 0; k < N; ++k) want[k] = _mm_set1_epi8(static_cast<char>(chars[k] & 0xFF));
    const __m128i low_byte = _mm_set1_epi32(0xFF);
    auto low_bytes = [&](const char32_t* q) {
        return _mm_and_si128(_mm_loadu_si128(reinterpret_cast<const __m128i*>(q)), low_byte);
    };
    for (; at + 16 <= size; at += 16) {
        // Each pack keeps the values, all below 256: the sixteen low bytes in order.
        __m128i v = _mm_packus_epi16(_mm_packs_epi32(low_bytes(p + at), low_bytes(p + at + 4)),
                                     _mm_packs_epi32(low_bytes(p + at + 8), low_bytes(p + at + 12)));
        __m128i hit = _mm_cmpeq_epi8(v, want[0]);
        for (std::size_t k = 1; k < N; ++k) hit = _mm_or_si128(hit, _mm_cmpeq_epi8(v, want[k]));
        for (unsigned bits = static_cast<unsigned>(_mm_movemask_epi8(hit)); bits != 0; bits &= bits - 1) {
            std::size_t i = at + static_cast<std::size_t>(__builtin_ctz(bits));
            if (wanted(p[i])) visit(i);
        }
    }
#endif
    for (; at < size; ++at) {
        if (wanted(p[at])) visit(at);
    }
}

}  // namespace claimlint
