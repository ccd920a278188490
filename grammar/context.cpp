// Context tests around a candidate figure. Each looks at a few code points
// on either side, never across clause punctuation.
#include "grammar/context.hpp"

#include "grammar/char_set.hpp"
#include "grammar/clause_punctuation.hpp"
#include "grammar/lexicon.hpp"

#include <algorithm>
#include <array>
#include <cstdint>
#include <iterator>
#include <utility>
#include <vector>

namespace claimlint::grammar {
namespace {

// Quotations longer than this are speech or citations, whose figures count.
constexpr std::size_t kSloganMaxLength = 12;

}  // namespace

bool is_clause_break(char32_t c) { return is_clause_punctuation(c); }

std::size_t slogan_region_end(std::u32string_view text, std::size_t open) {
    constexpr std::size_t kTitleMaxLength = 60;
    // A region runs from an opening mark to the first closing one, unless
    // another opening mark or a line break comes first (or, in a quote,
    // clause punctuation: speech and citations, not names), or it is too
    // long: only the short stretch after the mark is read.
    const bool title = text[open] == U'《';
    const std::size_t end = std::min(text.size(), open + 1 + (title ? kTitleMaxLength : kSloganMaxLength + 1));
    for (std::size_t i = open + 1; i < end; ++i) {
        const char32_t c = text[i];
        if (title ? c == U'》' : (c == U'”' || c == U'’' || c == U'」')) return i + 1;
        if (c == U'\n' || (title ? c == U'《' : (is_slogan_opening(c) || is_clause_break(c)))) return 0;
    }
    return 0;
}

std::size_t name_end_covering(std::u32string_view text, std::size_t pos) {
    const NameChars& chars = name_chars();
    if (!chars.any.may_contain(text[pos])) return 0;  // a name covers pos only if it holds its character
    // … and holds it next to the character before it or the one after it:
    // most numerals among the names' characters (一些, 三十) are ruled out
    // here, before the search.
    if (!(pos > 0 && chars.pairs.may_contain(text[pos - 1], text[pos])) &&
        !(pos + 1 < text.size() && chars.pairs.may_contain(text[pos], text[pos + 1]))) {
        return 0;
    }
    std::size_t from = pos >= 5 ? pos - 5 : 0;
    for (std::size_t s = from; s <= pos; ++s) {
        // Most numerals start no name; the second character settles most of those that may.
        if (!chars.first.may_pass(text[s]) || s + 1 == text.size() || !chars.second.may_pass(text[s + 1])) {
            continue;
        }
        std::size_t len = match_name(text.data() + s, text.data() + text.size());
        if (len != 0 && s + len > pos) return s + len;
    }
    return 0;
}

namespace {

struct QualifierWord {
    std::u32string_view text;
    Qualifier q;
    bool inclusive;
};
// Longest first; 不超过 includes the number.
constexpr QualifierWord kQualifierWords[] = {
    {U"不低于", Qualifier::at_least, true}, {U"不少于", Qualifier::at_least, true},
    {U"不超过", Qualifier::below, true},    {U"不到", Qualifier::below, false},
    {U"不足", Qualifier::below, false},     {U"至少", Qualifier::at_least, true},
    {U"接近", Qualifier::nearly, true},     {U"将近", Qualifier::nearly, true},
    {U"超过", Qualifier::over, false},      {U"突破", Qualifier::over, false},
    {U"高于", Qualifier::over, false},      {U"多于", Qualifier::over, false},
    {U"低于", Qualifier::below, false},     {U"少于", Qualifier::below, false},
    {U"大约", Qualifier::about, true},      {U"约", Qualifier::about, true},
    {U"近", Qualifier::nearly, true},       {U"超", Qualifier::over, false},
    {U"逾", Qualifier::over, false},
};
// Words in which 约, 近 and 超 belong to another word (签约, 最近, 赶超):
// the characters before each. 签约50亿元 is not "about".
constexpr std::pair<char32_t, std::u32string_view> kNotQualifierAfter[] = {
    {U'约', U"签节预条合公制相违履邀特集赴如"},
    {U'近', U"最附临靠邻就贴亲远"},
    {U'超', U"赶高"},
};

// The qualifier words by their last character, each group in the table's
// order (longest first): a figure's previous character ends the words of
// one group at most, and only those are compared.
struct WordsEndingWith {
    char32_t last = 0;
    std::size_t count = 0;  // 0: past the last group
    std::array<std::uint8_t, std::size(kQualifierWords)> words{};
};
constexpr auto kQualifierGroups = [] {
    std::array<WordsEndingWith, std::size(kQualifierWords) + 1> groups{};
    std::size_t n = 0;
    for (std::size_t i = 0; i < std::size(kQualifierWords); ++i) {
        const char32_t last = kQualifierWords[i].text.back();
        std::size_t g = 0;
        while (g < n && groups[g].last != last) ++g;
        if (g == n) groups[n++].last = last;
        groups[g].words[groups[g].count++] = static_cast<std::uint8_t>(i);
    }
    return groups;
}();

}  // namespace

// At namespace scope: a static in the function cost a guard test for every figure.
const CharSet detail::kQualifierLasts = [] {
    CharSet l;
    for (const QualifierWord& w : kQualifierWords) l.add(w.text.back());
    return l;
}();

bool detail::qualifier_word_before(std::u32string_view text, std::size_t pos, Qualifier& q, std::size_t& len,
                                   bool& inclusive) {
    const char32_t last = text[pos - 1];
    const WordsEndingWith* g = kQualifierGroups.data();
    while (g->count != 0 && g->last != last) ++g;
    for (std::size_t k = 0; k < g->count; ++k) {
        const QualifierWord& w = kQualifierWords[g->words[k]];
        // The last character matched; the rest, before it.
        const std::size_t n = w.text.size();
        if (pos < n || std::u32string_view(text.data() + pos - n, n - 1) != w.text.substr(0, n - 1)) continue;
        if (n == 1 && pos >= 2) {
            // One character: the one before it may make it another word.
            for (const auto& [word_last, firsts] : kNotQualifierAfter) {
                if (word_last == last && firsts.find(text[pos - 2]) != std::u32string_view::npos) return false;
            }
        }
        q = w.q;
        len = n;
        inclusive = w.inclusive;
        return true;
    }
    return false;
}

bool detail::about_word_before(std::u32string_view text, std::size_t pos) {
    static const std::u32string_view words[] = {U"约为", U"约是", U"约占", U"约合", U"约相当于"};
    // 约 is rare: the nearest 约 word among the ten characters before pos is
    // looked for first, and only then clause punctuation between it and pos.
    // Pointers rather than indices: the walk back is the whole cost for
    // nearly every figure, and the indexed loop took half as much again.
    const char32_t* window_begin = text.data() + (pos >= 10 ? pos - 10 : 0);
    for (const char32_t* p = text.data() + pos; p > window_begin;) {
        if (*--p != U'约') continue;
        std::size_t i = static_cast<std::size_t>(p - text.data());
        if (std::none_of(std::begin(words), std::end(words), [&](auto w) { return text.substr(i, w.size()) == w; })) {
            continue;
        }
        for (std::size_t k = i + 1; k < pos; ++k) {
            if (is_clause_break(text[k])) return false;
        }
        return true;
    }
    return false;
}

std::pair<std::size_t, std::size_t> ranking_verb(std::u32string_view text, std::size_t pos, std::size_t window) {
    constexpr auto none = std::pair(std::u32string_view::npos, std::u32string_view::npos);
    static const std::u32string_view words[] = {U"居", U"列", U"排名", U"排"};
    // 居民, 系列, 排放: the character belongs to another word.
    static const std::u32string_view other_words[] = {U"居民", U"居住", U"居委", U"居室", U"居家", U"列车",
                                                       U"排放", U"排污", U"排水", U"排查", U"列入", U"排队"};
    for (std::size_t i = pos; i > 0 && pos - i < window;) {
        --i;
        if (is_clause_break(text[i])) return none;
        bool other = false;
        for (auto w : other_words) other = other || text.substr(i, w.size()) == w;
        if (other) continue;
        for (auto w : words) {
            if (text.substr(i, w.size()) == w) return {i, i + w.size()};
        }
    }
    return none;
}

bool ranking_verb_before(std::u32string_view text, std::size_t pos) {
    return ranking_verb(text, pos, 10).first != std::u32string_view::npos;
}

}  // namespace claimlint::grammar
