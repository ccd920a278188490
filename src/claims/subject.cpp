// What a figure measures: the words before it in its clause without
// periods, places and fillers, or the noun it counts, a category, the
// object of a verb, or what 分别 pairs it with.
#include "src/claims/builder.hpp"

#include "grammar/char_set.hpp"
#include "grammar/context.hpp"
#include "grammar/numbers.hpp"
#include "grammar/utf8.hpp"
#include "src/claims/fillers.hpp"
#include "src/claims/home_words.hpp"

#include <algorithm>
#include <array>
#include <bit>
#include <cstdint>
#include <functional>
#include <iterator>

namespace claimlint::building {

// Literals as views: their lengths are known when compiled, not counted
// each time a phrase is compared with them.
using namespace std::string_view_literals;

namespace {

// Ranking verbs (居全国, 在全省…中排) end a subject; see subject().
constexpr U32 kRankCuts[] = {U"稳居", U"位居", U"跃居", U"居", U"位列", U"排名", U"在全", U"在"};
// Verbs whose object is what is counted; see subject().
constexpr U32 kObjectVerbs[] = {U"编制", U"审议", U"支持", U"实施", U"归集", U"培育", U"帮助"};
constexpr U32 kBrackets = U"（）()【】";

// Every character the cuts subject() makes on a phrase can
// start at (占, the ranking verbs, 在, brackets, the object verbs): a
// phrase holding none of them, as most do, skips those steps unread. The
// cuts only shorten the phrase, so none of them can bring one in.
const grammar::CharSet kCutChars = [] {
    grammar::CharSet c = grammar::CharSet::of(kBrackets);
    for (U32 w : kRankCuts) c.add(w.front());
    for (U32 w : kObjectVerbs) c.add(w.front());
    c.add(U'占');
    return c;
}();

// Spaces and dashes: no part of a subject.
bool dropped(char32_t c) { return c == U' ' || c == U'\u3000' || c == U'—' || c == U'-'; }

// The characters a phrase may lead off with and be dropped: those that
// start a home word, as 全国 does, and the dropped ones. Most phrases lead
// off with none: one look-up rules out the tests of each.
const grammar::Low12Filter kMayLead = grammar::Low12Filter::where([](char32_t c) {
    return dropped(c) || c == U'全' || starts_home_word(c);
});

// The characters a phrase is read for before it is used in place: the cut
// characters and the dropped ones.
const grammar::CharSet kMarkedChars = [] {
    grammar::CharSet c = kCutChars;
    for (char32_t d : U" \u3000—-"sv) c.add(d);
    return c;
}();
// The low twelve bits of the characters subject() reads a phrase for, in
// one pass: the marked ones, those strip_words() reads inside a subject,
// and 下 (a condition before a known subject). The phrase is passed over
// four characters at a time (none past the BMP is read for), and only where
// one may be read for is each character tested.
const grammar::Low12Filter kReadFor = grammar::Low12Filter::where(
    [](char32_t c) { return kMarkedChars.may_contain(c) || read_inside(c) || c == U'下'; });

// Where cut_subject's two passes stop, by the low twelve bits of the
// characters (a phrase is passed over four at a time, and the few stops
// compared exactly): 占 and the ranking verbs' first characters; the object
// verbs' first characters and full-width brackets.
const grammar::Low12Filter kCutFirst = grammar::Low12Filter::where([](char32_t c) {
    return c == U'占' || std::any_of(std::begin(kRankCuts), std::end(kRankCuts), [c](U32 w) { return w.front() == c; });
});
const grammar::Low12Filter kVerbOrBracket = grammar::Low12Filter::where([](char32_t c) {
    return c == U'（' || c == U'）' ||
           std::any_of(std::begin(kObjectVerbs), std::end(kObjectVerbs), [c](U32 w) { return w.front() == c; });
});

// Ends a subject at a share's 占, a ranking verb, or a place after 在;
// clears it when brackets are left open; drops the actor before an object
// verb. Every cut shortens the view only.
void cut_subject(U32& s, bool rank) {
    // A share's subject is the part before its (first) 占; a rank's, the
    // part before 居. Ranking verbs (居全国, 在全省…中排) end the subject at
    // the first one from its third character on; 居民 is no verb, and 在
    // alone ends only a rank's subject. One pass finds the first cut of
    // either kind, and whether a 在 stands before it.
    bool share_read = false;  // the first 占 was read: no other one cuts
    bool zai = false;         // a 在 stands before the cut, from the third character on
    for (std::size_t at = kCutFirst.next(s, 0); at < s.size(); at = kCutFirst.next(s, at + 1)) {
        if (s[at] == U'占') {
            if (share_read) continue;
            share_read = true;
            if (s.substr(at).starts_with(U"占有"sv)) continue;
            s = s.substr(0, at);
            break;
        }
        if (at < 2) continue;
        bool cut = false;
        for (U32 w : kRankCuts) {
            if (w.front() != s[at] || !s.substr(at).starts_with(w)) continue;
            bool word = w == U"居"sv && at + 1 < s.size() && (s[at + 1] == U'民' || s[at + 1] == U'住');
            bool place = w == U"在"sv && !rank;
            if (!word && !place) {
                cut = true;
                break;
            }
        }
        if (cut) {
            s = s.substr(0, at);
            break;
        }
        zai |= s[at] == U'在';
    }
    // 在长春市率先压缩: a place after 在 is where, not what (looked for only
    // where a 在 stands).
    for (const RegionMention& m : zai && s.size() > 3 ? find_regions(s) : std::vector<RegionMention>()) {
        if (m.begin >= 3 && s[m.begin - 1] == U'在') {
            s = s.substr(0, m.begin - 1);
            break;
        }
    }
    // Brackets left open by the cut (在全省9个市（州）中排): no usable subject.
    // …政务部门依托…平台编制政务数据资源目录8.8万个: the object of the verb
    // is what is counted, not who acts. One pass looks for both.
    std::ptrdiff_t unclosed = 0;  // （ less ）
    std::size_t object = 0;  // after the last such verb with a noun of two characters or more after it
    for (std::size_t i = kVerbOrBracket.next(s, 0); i < s.size(); i = kVerbOrBracket.next(s, i + 1)) {
        unclosed += (s[i] == U'（') - (s[i] == U'）');
        if (i + 4 > s.size()) continue;
        for (U32 v : kObjectVerbs) {
            if (v.front() == s[i] && s.substr(i).starts_with(v) && s.size() - i - v.size() >= 2) object = i + v.size();
        }
    }
    if (unclosed != 0) {
        s = {};
        return;
    }
    s.remove_prefix(object);
}

}  // namespace

namespace {
// right_subject()'s words and character sets, built when the program
// starts: it runs for nearly every figure, and testing its own statics
// each time cost more than that.

// Characters no noun after a figure starts with.
const grammar::CharSet kNotNoun = grammar::CharSet::of(U"的增下上占居是为较比同以左分均实达至到等和及或与其将已在并共总累");
// The noun ends where its predicate starts: 15个贫困县全部摘帽, 4个…综试区获批.
constexpr U32 kPredicates[] = {
    U"全部", U"获批", U"获得", U"获评", U"入选", U"作了", U"建成", U"扎实", U"顺利", U"成功", U"正式",
    U"均", U"已", U"万众", U"列为", U"跻身", U"被", U"参加", U"完成", U"实现", U"达到", U"申报", U"晋升",
    U"开具", U"集中签", U"签约", U"落地", U"建设", U"开展", U"提供", U"实施", U"免费", U"进入", U"纳入",
    U"开工", U"投产", U"上榜", U"通过", U"累计", U"共", U"分别", U"同比", U"增长", U"比上年", U"排名",
    U"超过",
};
// By first character: one look-up tells whether a predicate starts at a
// character, rather than a comparison with each.
const FillerIndex<false> kPredicateAt(kPredicates);
// Named a member of a category (45个村镇获评“全国乡村旅游重点村镇”):
// the category is what is counted.
constexpr U32 kNamedAs[] = {U"获评", U"入选", U"列为", U"被命名为", U"命名为", U"跻身", U"被评为", U"认定为"};
// Where a predicate, a naming or 在 may start.
const grammar::CharSet kPredicateFirst = [] {
    grammar::CharSet f = grammar::CharSet::first_of(kPredicates);
    for (U32 p : kNamedAs) f.add(p.front());
    f.add(U'在');
    return f;
}();

}  // namespace

void Builder::named(U32 phrase, std::optional<std::string>& out) const {
    if (const std::string* known = synonyms_.canonical(phrase)) {
        out = *known;
        return;
    }
    // The text differs from the document's bytes only where a character was
    // folded, always to ASCII (full-width digits, letters and signs): a view
    // of the text without ASCII is those bytes exactly.
    const std::uintptr_t at = reinterpret_cast<std::uintptr_t>(phrase.data()),
                         text = reinterpret_cast<std::uintptr_t>(text_.data());
    if (at < text || at + phrase.size() * sizeof(char32_t) > text + text_.size() * sizeof(char32_t)) {
        out.emplace(grammar::to_utf8(phrase));
        return;
    }
    if (std::any_of(phrase.begin(), phrase.end(), [](char32_t c) { return c < 0x80; })) {
        out.emplace(grammar::to_utf8(phrase));
        return;
    }
    const std::size_t b = (at - text) / sizeof(char32_t);
    out.emplace(document_.source(b, b + phrase.size()));
}

std::optional<std::string> Builder::named(U32 phrase) const {
    std::optional<std::string> out;
    named(phrase, out);
    return out;
}

std::string Builder::frame_before(std::size_t ss, std::size_t e) const {
    std::size_t b = clause_start(e);
    if (b < ss) b = ss;
    U32 prev = text_.substr(b, e - b);
    // A frame holds no figure of its own (…800亿斤以上， is not a frame).
    if (quantity_in(b, e)) return "";
    for (U32 marker : kFrameMarkers) {
        if (prev.size() > marker.size() + 2 && prev.size() <= 24 && prev.ends_with(marker)) {
            U32 body = prev.substr(0, prev.size() - marker.size());
            if (marker.ends_with(U"上")) body = prev.substr(0, prev.size() - 1);
            if (body.starts_with(U"在")) body.remove_prefix(1);
            return grammar::to_utf8(body);
        }
    }
    return "";
}

std::optional<std::string> Builder::read_counted_noun(const grammar::Quantity& q, std::size_t cs, std::size_t ls) const {
    if (q.begin > 0 && text_[q.begin - 1] == U'为') {
        if (auto done = beneficiaries(q)) return done;
    }
    auto noun = right_subject(q);
    if (!noun) return std::nullopt;
    // Read only for a generic noun or a duration: most figures are neither.
    auto bare_clause = [&] { return text_.substr(cs, q.begin - cs).find_first_not_of(U" \u3000"sv) == U32::npos; };
    if ((q.kind == Kind::duration || synonyms_.is_generic(*noun)) && !bare_clause()) return std::nullopt;
    // 货值1020万元人民币货物整装待发: a measure noun right before the amount
    // says what it is; a verb there (推进吉林化纤20万吨碳纤维项目) does not.
    if (q.kind == Kind::amount && ls < q.begin && U"值额量价费金资"sv.find(text_[q.begin - 1]) != U32::npos) {
        return std::nullopt;
    }
    return noun;
}

std::optional<std::string> Builder::beneficiaries(const grammar::Quantity& q) const {
    if (q.kind != Kind::count) return std::nullopt;
    std::size_t e = q.end;
    while (e < text_.size() && !is_clause_break(text_[e]) && e - q.end <= 24) ++e;
    if (e - q.end > 24 || quantity_in(q.end, e)) return std::nullopt;
    std::u32string s(text_.substr(q.end, e - q.end));
    for (U32 verb : {U32(U"实施"), U32(U"开展"), U32(U"提供"), U32(U"免费")}) {
        for (std::size_t at = s.find(verb); at != std::u32string::npos; at = s.find(verb)) s.erase(at, verb.size());
    }
    std::u32string inner;
    U32 stripped = strip_words(s, nullptr, inner);
    if (stripped.size() < 2) return std::nullopt;
    return named(stripped);
}

std::optional<std::string> Builder::right_subject(const grammar::Quantity& q) const {
    if (q.kind != Kind::count && q.kind != Kind::amount && q.kind != Kind::duration && q.kind != Kind::percent) {
        return std::nullopt;
    }
    constexpr std::size_t kLongest = 20;  // a longer run is a clause, not a noun phrase
    std::size_t e = q.end;
    // 97.2%的重点边境村: the part a share is of follows 的.
    if (q.kind == Kind::percent) {
        if (e >= text_.size() || text_[e] != U'的') return std::nullopt;
        ++e;
    }
    if (e >= text_.size() || kNotNoun.may_contain(text_[e])) return std::nullopt;
    // The noun is text_[e, i). Where the next figure starts is looked up
    // once, not at every character: it is q's successor, or one a little
    // further (figures are in order, and q ends by e).
    const auto& figures = scan_.quantities;
    const bool listed = !std::less<>()(&q, figures.data()) && std::less<>()(&q, figures.data() + figures.size());
    std::size_t next = listed ? static_cast<std::size_t>(&q - figures.data()) + 1 : quantity_search_.lower_bound(e);
    while (next < figures.size() && figures[next].begin < e) ++next;
    const std::size_t next_figure = next < figures.size() ? figures[next].begin : U32::npos;
    bool ended = false;
    std::size_t i = e;
    for (; i < text_.size() && i - e <= kLongest; ++i) {
        char32_t c = text_[i];
        // 5个高速公路项目631公里: the next figure ends the noun; 115家优化整合
        // 至90家 has a predicate, not a noun, before it. After an amount
        // (发行专项债券51.75亿元支持肉牛项目47个) it is another statement.
        if ((c >= U'0' && c <= U'9') || i == next_figure) {
            if (text_.substr(e, i - e).find_first_of(U"至到为"sv) != U32::npos || q.kind != Kind::count) {
                return std::nullopt;
            }
            ended = true;
            break;
        }
        // 36个省会及副省级城市: a conjunction joins nouns, unless a figure follows.
        bool joins_figure = (c == U'和' || c == U'与' || c == U'及') && i + 1 < text_.size() &&
                            ((text_[i + 1] >= U'0' && text_[i + 1] <= U'9') || i + 1 == next_figure);
        if (is_clause_break(c) || joins_figure || c == U'的' || c == U'（' || c == U'(') {
            ended = true;
            break;
        }
        if (c < 0x3000 && c != U'“' && c != U'”') return std::nullopt;  // Latin text, brackets: not a noun phrase
        if (i - e >= 2 && kPredicateFirst.may_contain(c)) {
            U32 rest = text_.substr(i);
            for (U32 p : kNamedAs) {
                if (rest.starts_with(p)) return category(i + p.size());
            }
            ended = kPredicateAt.longest(rest) > 0;
            // 7个地级市在全国…排名; 在建项目 is a noun.
            ended = ended || (c == U'在' && i + 1 < text_.size() && U"建岗校职线编册读"sv.find(text_[i + 1]) == U32::npos);
            if (ended) break;
        }
    }
    U32 s = text_.substr(e, i - e);
    if (!ended || s.size() < 2) return std::nullopt;
    std::u32string inner;
    U32 stripped = strip_words(s, nullptr, inner);
    if (stripped.size() < 2) return std::nullopt;
    return named(stripped);
}

std::optional<std::string> Builder::category(std::size_t at) const {
    std::size_t e = at;
    while (e < text_.size() && !is_clause_break(text_[e]) && text_[e] != U'的' && e - at <= 24) ++e;
    U32 name = text_.substr(at, e - at);
    if (name.starts_with(U"“") && name.ends_with(U"”") && name.find(U'“', 1) == U32::npos) {
        name = name.substr(1, name.size() - 2);
    }
    if (name.size() < 2 || e - at > 24 || quantity_in(at, e)) return std::nullopt;
    return named(name);
}

std::optional<std::string> Builder::comparison_subject(std::size_t from, std::size_t qb, const Claim* prev) const {
    if (!prev || !prev->subject) return std::nullopt;
    // What the rate is compared with: 高出全国, 比全省高. Against its own past
    // (同比上升) it is the rate itself.
    static constexpr U32 kChange[] = {U"比上年同期", U"比上年", U"较上年", U"同比", U"增速", U"增幅", U"上升",
                                      U"提高", U"下降", U"降低", U"回落", U"加快", U"放缓", U"了"};
    // By the low twelve bits of a character, the words that may start with
    // it (bit w: kChange[w]): one look-up a character, not a comparison
    // with each word's first.
    static const auto starting = [] {
        std::array<std::uint16_t, 4096> t{};
        for (std::size_t w = 0; w < std::size(kChange); ++w) t[kChange[w].front() & 0xFFF] |= std::uint16_t(1u << w);
        return t;
    }();
    std::u32string& s = scratch_.subject;
    s.clear();
    unsigned present = 0;  // bit w: kChange[w]'s first character may stand in s
    for (std::size_t i = from; i < qb; ++i) {
        char32_t c = text_[i];
        if (c == U' ' || c == U'\u3000') continue;
        s.push_back(c);
        present |= starting[c & 0xFFF];
    }
    // Only the words whose first character may stand in s can occur, then
    // or after others are removed (a word looked for in vain changes nothing).
    for (unsigned words = present; words != 0; words &= words - 1) {  // in the list's order
        const U32 w = kChange[std::countr_zero(words)];
        for (std::size_t at = s.find(w); at != std::u32string::npos; at = s.find(w)) s.erase(at, w.size());
    }
    if (s.empty()) return prev->subject;
    std::string named;  // built in place: one allocation, not one per part
    named.reserve(prev->subject->size() + 6 + 4 * s.size());
    named += *prev->subject;
    named += "增速";
    grammar::append_utf8(named, s);
    return named;
}

std::optional<Builder::Respective> Builder::respective_after(std::size_t index, std::size_t ss, std::size_t at) const {
    const grammar::Quantity& q = scan_.quantities[index];
    // The figures after 分别 in this sentence, of this kind: how many, and
    // which of them this one is (npos: none). Counted, not collected: this
    // runs for every figure after a 分别.
    std::size_t figures = 0, k = U32::npos, last_end = 0;
    auto first = std::lower_bound(scan_.quantities.begin(), scan_.quantities.end(), at,
                                  [](const grammar::Quantity& f, std::size_t v) { return f.begin < v; });
    // The figures after 分别 up to the end of their clause (the list
    // 10.6万家和8.1万家 may be followed by another clause with figures), in
    // the sentence: before the next sentence's start, looked up once.
    const std::size_t next = sentence_search_.upper_bound(ss);
    const std::size_t se = next < sentences_.size() ? sentences_[next] : U32::npos;
    for (auto i = static_cast<std::size_t>(first - scan_.quantities.begin()); i < scan_.quantities.size(); ++i) {
        const grammar::Quantity& f = scan_.quantities[i];
        if (f.begin > at && f.begin >= se) break;
        if (figures > 0 && text_.substr(last_end, f.begin - last_end).find_first_of(U"，；,;"sv) != U32::npos) break;
        if (f.kind != q.kind) continue;
        if (i == index) k = figures;
        ++figures;
        last_end = f.end;
    }
    // The subjects before 分别, back to the clause's comma, read once for all
    // the figures after it.
    RespectiveItems& list = respective_items(ss, at);
    const auto& items = list.items;
    if (items.size() < 2 || items.size() != figures || k >= items.size()) return std::nullopt;
    auto [ib, ie] = items[k];
    // 金赛、凯莱英产值分别达到…: items that are places or organisations say
    // whose figure each is; what is measured follows the last of them.
    Respective r;
    if (list.all_named < 0) {
        list.all_named = std::all_of(items.begin(), items.end(), [&](std::pair<std::size_t, std::size_t> item) {
            auto named = regions_in(item.first, item.second);
            return !named.empty() && named.front().begin == 0;
        });
    }
    if (list.all_named) {
        r.scope = regions_in(ib, ie).front().region->name;
        if (!list.last_read) {
            auto [lb, le] = items.back();
            auto last = regions_in(lb, le);
            std::size_t head = !last.empty() && last.front().begin == 0 ? lb + last.front().end : lb;
            list.last_subject = subject(head, le, head, nullptr);
            list.last_read = true;
        }
        r.subject = list.last_subject;
        return r;
    }
    r.subject = subject(ib, ie, ib, nullptr);
    return r;
}

Builder::RespectiveItems& Builder::respective_items(std::size_t ss, std::size_t at) const {
    RespectiveItems& list = respective_;
    if (list.at == at && list.ss == ss) return list;
    list.at = at;
    list.ss = ss;
    list.items.clear();
    list.all_named = -1;
    list.last_read = false;
    list.last_subject.reset();
    std::size_t seg = at;
    while (seg > ss && text_[seg - 1] != U'，' && text_[seg - 1] != U'；' && text_[seg - 1] != U'：') --seg;
    std::size_t b = seg;
    for (std::size_t i = seg; i <= at; ++i) {
        if (i == at || text_[i] == U'、' || text_[i] == U'和' || text_[i] == U'及' || text_[i] == U'与') {
            if (i > b) list.items.emplace_back(b, i);
            b = i + 1;
        }
    }
    return list;
}

std::optional<std::string> Builder::earlier_growth_subject(std::size_t ss, std::size_t cs) const {
    std::size_t at = U32(text_.substr(ss, cs > ss ? cs - ss : 0)).rfind(U"增速");
    if (at == U32::npos || at == 0) return std::nullopt;
    std::size_t head = ss + at, clause = head;
    while (clause > ss && !grammar::is_clause_break(text_[clause - 1])) --clause;
    auto named = subject(clause, head, clause, nullptr);
    if (!named || synonyms_.is_generic(*named)) return std::nullopt;
    return *named + "增速";
}

std::optional<std::string> Builder::subject(std::size_t from, std::size_t qb, std::size_t cs, const Claim* prev,
                                            bool rank) const {
    std::optional<std::string> out;
    subject(from, qb, cs, prev, rank, out);
    return out;
}

PositionSet Builder::find_periods_and_places() const {
    PositionSet marks(text_.size());
    for (const grammar::Period& p : scan_.periods) {
        if (p.kind == grammar::PeriodKind::streak) continue;
        marks.add_range(p.begin, p.end);
    }
    for (const RegionMention& m : regions_) marks.add(m.begin);
    return marks;
}

void Builder::subject(std::size_t from, std::size_t qb, std::size_t cs, const Claim* prev, bool rank,
                      std::optional<std::string>& out) const {
    // Drop periods, places and 全省-style words, then the verbs and fillers around.
    // The periods of periods_in(cs, qb) and the places of regions_in(from,
    // qb), walked in place (the places' end not looked for first), by
    // iterator: an index's bound, the size, is a division each time it is
    // read, and the compiler cannot tell that the writes below (scratch_)
    // leave the vectors alone.
    const auto pend = scan_.periods.end();
    auto p = pend;  // the period at or after i (no streak), or pend
    const auto rend = regions_.end();
    auto r = rend;  // the first place that starts in the phrase and ends after i, or rend
    // Whether *r is one of regions_in(from, qb): those before it end before
    // the character read, so it is when it ends by qb.
    auto region = [&] { return r != rend && r->end <= qb; };
    // True when i is inside *p, once p is moved on to the period at or after i.
    auto in_period = [&](std::size_t i) {
        while (p != pend && (p->kind == grammar::PeriodKind::streak || p->end <= i)) ++p;
        return p != pend && p->begin <= i;
    };
    // How many characters at i lead off the phrase otherwise: a home word
    // (全省, 我市…) or 全国 names whose figure it is, as a place does; spaces
    // and dashes are no part of it.
    auto leading = [&](std::size_t i) -> std::size_t {
        if (!kMayLead.may_pass(text_[i])) return 0;
        if (i + 2 <= qb && (home_word(text_[i], text_[i + 1]) || (text_[i] == U'全' && text_[i + 1] == U'国'))) {
            return 2;
        }
        return dropped(text_[i]) ? 1 : 0;
    };
    std::size_t i = from;
    // Up to the phrase's first character, periods, leading places and home
    // words are dropped. Most phrases hold neither a period nor the start of
    // a place: the bit set tells, without a search for either.
    if (periods_and_places_.any_in(from, qb)) {
        p = scan_.periods.begin() + static_cast<std::ptrdiff_t>(first_period_from(cs));
        if (mention_starts_.any_in(from, qb)) {
            r = regions_.begin() + static_cast<std::ptrdiff_t>(region_search_.lower_bound(from));
        }
        while (i < qb) {
            if (in_period(i)) {
                i = p->end;
                continue;
            }
            while (r != rend && r->end <= i) ++r;
            // 吉林一号: a place followed by a numeral and 号 names a thing.
            bool in_name = region() && r->end + 1 < qb && grammar::is_chinese_numeral_char(text_[r->end]) &&
                           text_[r->end + 1] == U'号';
            // Only a place that leads the phrase is its scope (吉林省二手车出口);
            // inside it, it belongs to the name (全国乡村旅游重点村镇). One the
            // figure is for (为吉林省招商引资) is neither.
            if (region() && r->begin <= i && !in_name) {
                i = r->end;
                continue;
            }
            if ((text_[i] == U'为' || text_[i] == U'向') && region() && r->begin == i + 1) {
                i = r->end;
                continue;
            }
            const std::size_t n = leading(i);
            if (n == 0) break;
            i += n;
        }
    } else {
        for (std::size_t n = 0; i < qb && (n = leading(i)) != 0;) i += n;
    }
    // From there on places and home words are part of it: only periods and
    // dropped characters go. Most phrases hold neither, and are read in
    // place; the others are copied into scratch_.subject.
    // A view made directly: substr() checks its range, a branch per figure.
    const std::size_t head = std::min(i, qb);
    U32 written(text_.data() + head, qb - head);
    bool may_cut = false;
    bool in_place = p == pend || p->begin >= qb;  // no period inside
    // What the phrase holds, read once for the steps below; the cuts and
    // strip_words() only remove characters, so none can bring one in.
    bool inside = false;  // a character strip_words() reads inside a subject for
    bool below = false;   // a 下
    const grammar::CharSet& marked = kMarkedChars;
    for (std::size_t k = kReadFor.next(written, 0); in_place && k < written.size(); k = kReadFor.next(written, k + 1)) {
        const char32_t c = written[k];
        inside |= read_inside(c);
        below |= c == U'下';
        if (!marked.may_contain(c)) continue;
        in_place = !dropped(c);
        may_cut = true;
    }
    if (!in_place) {
        std::u32string& s = scratch_.subject;
        s.clear();
        may_cut = false;
        inside = below = true;  // the copy below reads for neither
        const grammar::CharSet& cut_set = kCutChars;
        while (i < qb) {
            if (in_period(i)) {
                i = p->end;
                continue;
            }
            for (const std::size_t stop = p != pend ? std::min(qb, p->begin) : qb; i < stop; ++i) {
                if (dropped(text_[i])) continue;
                s.push_back(text_[i]);
                may_cut |= cut_set.may_contain(text_[i]);
            }
        }
        written = s;
    }
    if (may_cut) cut_subject(written, rank);
    // `what` is a view of the phrase as written, or of scratch_.stripped
    // when words inside it were removed.
    const std::string* known_as = nullptr;  // what's group entry, when strip_words stopped at a known subject
    U32 what = strip_words(written, &synonyms_, scratch_.stripped, &known_as, !inside);
    const U32 stripped = what;
    // 正常年景下粮食产量: a condition before a known subject is not part of it.
    // (Looked for only when a 下 stands in it and a known subject can end it.)
    if (below && synonyms_.may_end_known(what)) {
        if (std::size_t at = what.rfind(U'下'); at != U32::npos && at >= 2 && synonyms_.contains(what.substr(at + 1))) {
            what.remove_prefix(at + 1);
        }
    }
    // 完成投资, 实现投资: a verb that makes the bare head noun a statistic.
    if (synonyms_.is_generic(what) && synonyms_.is_generic(written)) what = written;
    // 带动全省农民人均增收: a home word left after the verb (全省性 is an adjective).
    if (what.size() > 3 && home_member(what[0], what[1]) && what[2] != U'性') what.remove_prefix(2);
    // 为吉林省招商引资…: the place it is done for is no part of what is measured.
    if (what.size() > 3 && (what[0] == U'为' || what[0] == U'向')) {
        auto places = find_regions(what.substr(1));
        if (!places.empty() && places.front().begin == 0) what.remove_prefix(1 + places.front().end);
    }
    // 粮食生产再获大丰收，增产8.32亿斤: a change of output, of what the
    // sentence says is produced, when the lexicon knows that output.
    if (what == U"增产"sv || what == U"减产"sv) {
        std::size_t ss = sentence_start(qb);
        U32 opening = text_.substr(ss, qb - ss);
        if (std::size_t at = opening.find(U"生产"sv); at != U32::npos && at >= 2) {
            std::string output = grammar::to_utf8(opening.substr(0, at)) + "产量";
            if (synonyms_.contains(output)) {
                out = synonyms_.normalise(std::move(output));
                return;
            }
        }
    }
    // 总数达845户, 总额30.5亿元: the total of the subject before.
    if (prev && prev->subject && (what == U"总数"sv || what == U"总量"sv)) {
        out = prev->subject;
        return;
    }
    // 增长8.9%，增速居全国第5位: the growth of the subject before.
    if (prev && prev->subject && (what == U"增速"sv || what == U"增幅"sv)) {
        out = prev->subject->ends_with("增速") ? *prev->subject : *prev->subject + "增速";
        return;
    }
    // 增产8.32亿斤，总产量816.16亿斤: the total of the same subject.
    if (prev && prev->subject && what.size() > 2 && what[0] == U'总' &&
        prev->subject->ends_with(grammar::to_utf8(what.substr(1)))) {
        out = prev->subject;
        return;
    }
    if (prev && prev->subject && (what == U"总额"sv || what == U"面积"sv || what == U"金额"sv)) {
        out = synonyms_.normalise(*prev->subject + grammar::to_utf8(what));
        return;
    }
    if (what.size() < 2) {
        if (prev && prev->subject) out = prev->subject;
        return;
    }
    // A known subject strip_words stopped at, unchanged since, is not looked up again.
    if (known_as && what.data() == stripped.data() && what.size() == stripped.size()) out = *known_as;
    else named(what, out);
}

}  // namespace claimlint::building
