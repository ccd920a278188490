// Organisations named in a text: from the lexicon, by the word that ends
// their name, and by a later short reference to them.
#include "src/claims/organisations.hpp"

#include "grammar/char_set.hpp"
#include "grammar/context.hpp"
#include "grammar/numbers.hpp"
#include "grammar/utf8.hpp"

#include <algorithm>
#include <array>

namespace claimlint {
namespace {

using U32 = std::u32string_view;

// Words that end an organisation's name, longest first where one ends another.
constexpr std::array<U32, 14> kEndings = {
    U"有限公司", U"分公司", U"公司", U"集团", U"商会", U"机场", U"互换局", U"银行", U"协会", U"研究院", U"研究所",
    U"医院", U"大学", U"联合会",
};

// Their second characters: most places their first one stands at (有效,
// 大力, 分别, 公里…) are ruled out by the next.
const grammar::CharSet kSeconds = [] {
    grammar::CharSet s;
    for (U32 e : kEndings) s.add(e[1]);
    return s;
}();

// A name is at most this long before its ending; a longer run of characters is
// a clause, not a name.
constexpr std::size_t kMaxName = 10;

bool is_han(char32_t c) { return c >= 0x4E00 && c <= 0x9FFF; }

bool breaks_clause(char32_t c) { return c == U'\n' || c == U'、' || grammar::is_clause_break(c); }

// Characters that open a clause before a name (由一汽-大众…, 据…商会) or make
// the phrase no name at all (各公司, 两家公司, 该公司: a reference).
constexpr U32 kPrepositions = U"由在据向为与和对经让使把将被从年月日";
constexpr U32 kNotFirst = U"全各该本我其此这那每一二两三几多诸";

}  // namespace

const grammar::CharSet& PlaceMentions::starts() {
    // Clause heads where a later reference (商会共为…, 该局) may stand are
    // noted in the same pass as the names: 该 is looked at too.
    static const grammar::CharSet set = [] {
        grammar::CharSet f = grammar::CharSet::first_of(kEndings);
        f.add(U'该');
        return f;
    }();
    return set;
}

PlaceMentions::PlaceMentions(std::u32string_view text, const std::vector<RegionMention>& regions,
                             std::span<const std::size_t> candidates) {
    // Names ending in an organisation word, at the head of a clause.
    std::vector<RegionMention> named;
    const grammar::CharSet& first = starts();
    std::vector<std::size_t> heads;
    std::size_t resume = 0;  // past the last name found
    for (std::size_t at : candidates) {
        if (at < resume || !first.may_contain(text[at])) continue;
        if (text[at] == U'该') {
            if (at == 0 || breaks_clause(text[at - 1])) heads.push_back(at);
            continue;
        }
        if (at + 1 >= text.size() || !kSeconds.may_contain(text[at + 1])) continue;
        // A bare ending at a clause's head may refer back (商会共为…); one
        // that is no ending's start, as most are not, cannot.
        if (at == 0 || breaks_clause(text[at - 1])) heads.push_back(at);
        U32 ending;
        for (U32 e : kEndings) {
            if (e.front() == text[at] && text.substr(at).starts_with(e)) {
                ending = e;
                break;
            }
        }
        if (ending.empty()) continue;
        std::size_t start = at;
        while (start > 0 && at - start <= kMaxName && (is_han(text[start - 1]) || text[start - 1] == U'-')) --start;
        bool head = start == 0 || breaks_clause(text[start - 1]);
        if (!head || at - start > kMaxName) continue;
        while (start < at && kPrepositions.find(text[start]) != U32::npos) ++start;
        // 大力推广吉林大学: a name that holds a place starts with it.
        auto inside = std::lower_bound(regions.begin(), regions.end(), start,
                                       [](const RegionMention& m, std::size_t v) { return m.begin < v; });
        if (inside != regions.end() && inside->end <= at) start = inside->begin;
        if (at - start < 2 || kNotFirst.find(text[start]) != U32::npos) continue;
        std::size_t end = at + ending.size();
        // 上市公司2家, 大学生: a kind counted, or the start of another word.
        static constexpr U32 kNotAfter = U"生业制化级类型们";
        if (end < text.size() && (kNotAfter.find(text[end]) != U32::npos || grammar::is_chinese_numeral_char(text[end]) ||
                                  (text[end] >= U'0' && text[end] <= U'9'))) {
            continue;
        }
        Region& org = named_.emplace_front();
        org.name = grammar::to_utf8(text.substr(start, end - start));
        org.level = RegionLevel::organisation;
        named.push_back({start, end, &org});
        resume = end;
    }
    // Places inside an organisation's name are part of the name. Most texts
    // name none by its ending: their mentions are the regions, not a copy.
    mentions_ = &regions;
    if (!named.empty()) {
        own_.reserve(regions.size() + named.size());
        std::size_t n = 0;
        for (const RegionMention& m : regions) {
            while (n < named.size() && named[n].end <= m.begin) own_.push_back(named[n++]);
            if (n < named.size() && named[n].begin < m.end) continue;
            own_.push_back(m);
        }
        own_.insert(own_.end(), named.begin() + static_cast<std::ptrdiff_t>(n), named.end());
        mentions_ = &own_;
    }

    // A clause that opens with a bare ending (商会共为…) or 该 and its last
    // character (该局) refers to the last organisation named with that ending.
    std::vector<RegionMention> references;
    for (std::size_t at : heads) {
        const std::size_t lead = text.substr(at).starts_with(U"该") ? 1 : 0;
        U32 rest = text.substr(at + lead);
        for (U32 e : kEndings) {
            U32 tail = e;
            if (lead && !rest.starts_with(e)) tail = e.substr(e.size() - 1);
            if (!rest.starts_with(tail)) continue;
            const Region* last = nullptr;
            for (const RegionMention& m : *mentions_) {
                if (m.begin >= at) break;
                if (m.region->level == RegionLevel::organisation && grammar::to_u32(m.region->name).ends_with(e)) {
                    last = m.region;
                }
            }
            if (last) references.push_back({at, at + lead + tail.size(), last});
            break;
        }
    }
    if (!references.empty()) {
        if (mentions_ == &regions) own_ = regions;
        own_.insert(own_.end(), references.begin(), references.end());
        std::stable_sort(own_.begin(), own_.end(),
                         [](const RegionMention& a, const RegionMention& b) { return a.begin < b.begin; });
        mentions_ = &own_;
    }
}

}  // namespace claimlint
