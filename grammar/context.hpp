// Context tests that decide whether a numeral is a figure at all: quotes
// around slogans, book titles, names, neighbouring Latin letters, and the
// words just before a number (每, 居, 约为 …).
#pragma once

#include "grammar/char_set.hpp"
#include "grammar/quantity.hpp"

#include <cstddef>
#include <string_view>
#include <utility>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace claimlint::grammar {

// The short quotations (“一主六双”, “双九百”) and book titles 《…》 of a
// text are its slogan regions: names and slogans, not statements. A
// quotation with clause punctuation inside is speech, and not one.
inline bool is_slogan_opening(char32_t c) { return c == U'“' || c == U'‘' || c == U'「' || c == U'《'; }
// The end of the region that the opening mark at `open` starts, or 0 when
// it starts none. Each mark starts at most one; regions may nest (a quote in
// a title).
std::size_t slogan_region_end(std::u32string_view text, std::size_t open);

// If a lexicon name (九台, 长三角) covers `pos`, the end of that name; else 0.
std::size_t name_end_covering(std::u32string_view text, std::size_t pos);

namespace detail {
// The last characters of the qualifier words.
extern const CharSet kQualifierLasts;
// attached_prefix_qualifier past the test of the character before `pos`.
bool qualifier_word_before(std::u32string_view text, std::size_t pos, Qualifier& q, std::size_t& len,
                           bool& inclusive);
}  // namespace detail

// The qualifier directly attached before `pos` (近, 超过, 不低于 …); sets
// `len` to its length and `inclusive` for 不超过. Inline, the test that settles
// most figures (no qualifier ends on the character before them).
inline bool attached_prefix_qualifier(std::u32string_view text, std::size_t pos, Qualifier& q, std::size_t& len,
                                      bool& inclusive) {
    if (pos == 0 || !detail::kQualifierLasts.may_contain(text[pos - 1])) return false;
    return detail::qualifier_word_before(text, pos, q, len, inclusive);
}

namespace detail {
// about_in_clause_before past the test for a 约 just before `pos`.
bool about_word_before(std::u32string_view text, std::size_t pos);
}  // namespace detail

// 约为/约是/约占 a few words before `pos` in the same clause (均约为上年的23倍).
// Inline, the test that settles nearly every figure: no 约 among the twelve
// characters before pos, four at a time (the call cost as much as the test).
inline bool about_in_clause_before(std::u32string_view text, std::size_t pos) {
#if defined(__SSE2__)
    if (pos >= 12) {
        const char32_t* w = text.data() + pos - 12;
        const __m128i yue = _mm_set1_epi32(static_cast<int>(U'约'));
        auto at = [&](int k) { return _mm_cmpeq_epi32(_mm_loadu_si128(reinterpret_cast<const __m128i*>(w + k)), yue); };
        if (_mm_movemask_epi8(_mm_or_si128(_mm_or_si128(at(0), at(4)), at(8))) == 0) return false;
    }
#endif
    return detail::about_word_before(text, pos);
}

// A ranking verb (居, 列, 排名 …) shortly before `pos` in the same clause.
bool ranking_verb_before(std::u32string_view text, std::size_t pos);
// The nearest ranking verb within `window` characters before `pos` in the
// same clause, as [begin, end) (居 in 居全国13个粮食主产省第1位); {npos, npos}
// when there is none.
std::pair<std::size_t, std::size_t> ranking_verb(std::u32string_view text, std::size_t pos, std::size_t window);
// How far back a ranking frame (居全国13个粮食主产省第1位) is looked for: long
// enough for any frame, short enough that a clause of many ranks stays linear.
constexpr std::size_t kRankingFrameWindow = 40;

// Clause punctuation: the context tests never look across it.
bool is_clause_break(char32_t c);

}  // namespace claimlint::grammar
