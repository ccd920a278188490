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
// characters only (sentence ends, a marker's first letter): eight code
// points are compared at once (SSE2, part of every x86-64), where a test
// per code point cost about ten instructions each.
template <std::size_t N, typename Visit>
void for_each_of(std::u32string_view text, const char32_t (&chars)[N], Visit&& visit) {
    const char32_t* p = text.data();
    const std::size_t size = text.size();
    std::size_t at = 0;
#if defined(__SSE2__)
    __m128i want[N];
    for (std::size_t k = 0; k < N; ++k) want[k] = _mm_set1_epi32(static_cast<int>(chars[k]));
    // One bit per code point: which of the four in v are wanted.
    auto hits = [&](__m128i v) {
        __m128i hit = _mm_cmpeq_epi32(v, want[0]);
        for (std::size_t k = 1; k < N; ++k) hit = _mm_or_si128(hit, _mm_cmpeq_epi32(v, want[k]));
        return static_cast<unsigned>(_mm_movemask_ps(_mm_castsi128_ps(hit)));
    };
    for (; at + 8 <= size; at += 8) {
        unsigned bits = hits(_mm_loadu_si128(reinterpret_cast<const __m128i*>(p + at))) |
                        hits(_mm_loadu_si128(reinterpret_cast<const __m128i*>(p + at + 4))) << 4;
        for (; bits != 0; bits &= bits - 1) visit(at + static_cast<std::size_t>(__builtin_ctz(bits)));
    }
#endif
    for (; at < size; ++at) {
        for (char32_t c : chars) {
            if (p[at] == c) visit(at);
        }
    }
}

}  // namespace claimlint
