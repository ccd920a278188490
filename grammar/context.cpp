// Context tests around a candidate figure. Each looks at a few code points
// on either side, never across clause punctuation.
#include "grammar/context.hpp"

#include "grammar/lexicon.hpp"

#include <algorithm>

namespace claimlint::grammar {
namespace {

// Quotations longer than this are speech or citations, whose figures count.
constexpr std::size_t kSloganMaxLength = 12;

bool ends_with_at(std::u32string_view text, std::size_t pos, std::u32string_view word) {
    return pos >= word.size() && text.substr(pos - word.size(), word.size()) == word;
}

}  // namespace

bool is_clause_break(char32_t c) {
    switch (c) {
        case U'，': case U'。': case U'；': case U'！': case U'？': case U'：': case U'\n': case U'\r':
        case U',': case U';': case U'!': case U'?':
            return true;
        default:
            return false;
    }
}

bool in_slogan_or_title(std::u32string_view text, std::size_t pos) {
    // Book titles: 《…》 of any length (no line break inside).
    for (std::size_t i = pos; i > 0 && pos - i < 60;) {
        char32_t c = text[--i];
        if (c == U'》' || c == U'\n') break;
        if (c == U'《') {
            for (std::size_t j = pos; j < text.size() && j - pos < 60; ++j) {
                if (text[j] == U'》') return true;
                if (text[j] == U'\n' || text[j] == U'《') break;
            }
            break;
        }
    }
    // Short quotations without sentence punctuation inside.
    std::size_t open = std::u32string_view::npos;
    for (std::size_t i = pos; i > 0 && pos - i <= kSloganMaxLength;) {
        char32_t c = text[--i];
        if (c == U'“' || c == U'‘' || c == U'「' || c == U'"') {
            open = i;
            break;
        }
        if (c == U'”' || c == U'’' || c == U'」' || is_clause_break(c) || c == U'、') return false;
    }
    if (open == std::u32string_view::npos) return false;
    for (std::size_t j = pos; j < text.size() && j - open <= kSloganMaxLength + 1; ++j) {
        char32_t c = text[j];
        if (c == U'”' || c == U'’' || c == U'」' || (c == U'"' && j > pos)) return true;
        if (is_clause_break(c)) return false;
    }
    return false;
}

std::size_t name_end_covering(std::u32string_view text, std::size_t pos) {
    std::size_t from = pos >= 5 ? pos - 5 : 0;
    for (std::size_t s = from; s <= pos; ++s) {
        std::size_t len = match_name(text.data() + s, text.data() + text.size());
        if (len != 0 && s + len > pos) return s + len;
    }
    return 0;
}

bool attached_prefix_qualifier(std::u32string_view text, std::size_t pos, Qualifier& q, std::size_t& len,
                               bool& inclusive) {
    struct Word {
        std::u32string_view text;
        Qualifier q;
        bool inclusive;
    };
    // Longest first; 不超过 includes the number.
    static const Word words[] = {
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
    // Words in which 约, 近 and 超 belong to another word: 签约50亿元 is not "about".
    static const std::u32string_view not_qualifier[] = {
        U"签约", U"节约", U"预约", U"条约", U"合约", U"公约", U"制约", U"相约", U"违约", U"履约", U"邀约",
        U"特约", U"集约", U"赴约", U"如约", U"最近", U"附近", U"临近", U"靠近", U"邻近", U"就近", U"贴近",
        U"亲近", U"远近", U"赶超", U"高超",
    };
    for (const Word& w : words) {
        if (!ends_with_at(text, pos, w.text)) continue;
        if (w.text.size() == 1) {
            for (auto nq : not_qualifier) {
                if (ends_with_at(text, pos, nq)) return false;
            }
        }
        q = w.q;
        len = w.text.size();
        inclusive = w.inclusive;
        return true;
    }
    return false;
}

bool about_in_clause_before(std::u32string_view text, std::size_t pos) {
    static const std::u32string_view words[] = {U"约为", U"约是", U"约占", U"约合", U"约相当于"};
    for (std::size_t i = pos; i > 0 && pos - i < 10;) {
        --i;
        if (is_clause_break(text[i])) return false;
        for (auto w : words) {
            if (text.substr(i, w.size()) == w) return true;
        }
    }
    return false;
}

bool ranking_verb_before(std::u32string_view text, std::size_t pos) {
    static const std::u32string_view words[] = {U"居", U"列", U"排名", U"排"};
    for (std::size_t i = pos; i > 0 && pos - i < 10;) {
        --i;
        if (is_clause_break(text[i])) return false;
        for (auto w : words) {
            if (text.substr(i, w.size()) == w) return true;
        }
    }
    return false;
}

}  // namespace claimlint::grammar
