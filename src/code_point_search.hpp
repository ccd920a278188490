// Skipping through a long text to the next of a handful of code points.
#pragma once

#include <cstddef>
#include <string_view>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace claimlint {

// The first position from `at` on whose code point is one of `chars`, or
// text.size(). For the passes that have work at a few characters only
// (sentence ends, a marker's first letter): four code points are compared
// at once (SSE2, part of every x86-64), where a test per code point cost
// about ten instructions each.
template <std::size_t N>
std::size_t find_first_of(std::u32string_view text, std::size_t at, const char32_t (&chars)[N]) {
    const char32_t* p = text.data();
    const std::size_t size = text.size();
#if defined(__SSE2__)
    __m128i want[N];
    for (std::size_t k = 0; k < N; ++k) want[k] = _mm_set1_epi32(static_cast<int>(chars[k]));
    for (; at + 4 <= size; at += 4) {
        __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p + at));
        __m128i hit = _mm_cmpeq_epi32(v, want[0]);
        for (std::size_t k = 1; k < N; ++k) hit = _mm_or_si128(hit, _mm_cmpeq_epi32(v, want[k]));
        if (int mask = _mm_movemask_epi8(hit)) return at + static_cast<std::size_t>(__builtin_ctz(mask)) / 4;
    }
#endif
    for (; at < size; ++at) {
        for (char32_t c : chars) {
            if (p[at] == c) return at;
        }
    }
    return size;
}

}  // namespace claimlint
