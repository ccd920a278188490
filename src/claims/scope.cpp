// Whose figure it is: a place or organisation in the clause, at the head of
// an earlier segment, a home word, the figure before, the paragraph's place
// or the document's home.
#include "src/claims/builder.hpp"

#include "grammar/char_set.hpp"
#include "grammar/utf8.hpp"

#include <algorithm>
#include <bit>
#include <cstdint>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace claimlint::building {
namespace {

// What cannot start a place's name at the head of a clause, and what starts
// another word after 市/县/州 (市场, 市民, 县域, 州府…): place_at_head.
const grammar::CharSet kNotFirst =
    grammar::CharSet::of(U"全本该各我城都省市县每其此这那新占比较居在为与向到赴从对一二三四五六七八九十");
const grammar::CharSet kNotNext = grammar::CharSet::of(U"场民值面级委政长区容域府内外里属直辖");

// Where the run of characters other than `Breaks` that ends at `at` starts:
// after the last of them in [stop, at), else at stop. Four characters are
// compared at a time: the walk back to the segment's comma runs for most
// figures, some ten characters each.
template <char32_t... Breaks>
std::size_t run_start(const char32_t* text, std::size_t stop, std::size_t at) {
#if defined(__SSE2__)
    for (; at >= stop + 4; at -= 4) {
        __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(text + at - 4));
        __m128i hits = _mm_setzero_si128();
        ((hits = _mm_or_si128(hits, _mm_cmpeq_epi32(v, _mm_set1_epi32(static_cast<std::int32_t>(Breaks))))), ...);
        // One bit a character; the highest is the break nearest `at`.
        if (auto lanes = static_cast<unsigned>(_mm_movemask_ps(_mm_castsi128_ps(hits)))) {
            return at - 4 + static_cast<std::size_t>(std::bit_width(lanes));
        }
    }
#endif
    while (at > stop && ((text[at - 1] != Breaks) && ...)) --at;
    return at;
}

}  // namespace

void Builder::scope(std::size_t index, std::size_t ss, std::size_t cs, const Claim* prev,
                    const std::string* paragraph, std::optional<std::string>& out) const {
    const grammar::Quantity& q = scan_.quantities[index];
    std::size_t qb = q.begin;
    // 长春、吉林、珲春、延吉4个综试区, 中车长客、…等5家企业: the places and
    // organisations listed before a count are what it counts, not whose it is.
    if (q.kind == Kind::count) {
        if (std::size_t list = members_before(ss, qb); list < qb) {
            qb = list;
            cs = list;
        }
    }
    if (const Region* r = explicit_region(cs, qb, q.kind)) {
        out = r->name;
        return;
    }
    // The clause's head after its periods: asked about more than once below.
    const std::size_t head = after_leading_periods(cs, qb);
    if (std::size_t n = place_at_head(head, qb)) {
        out = grammar::to_utf8(text_.substr(head, n));
        return;
    }
    if (std::size_t home = last_home_word(cs, qb); home != PositionSet::npos) {
        home_named(home, out);
        return;
    }
    // Heads of the comma-separated segments before the figure, nearest first,
    // at most three back; items joined by 、 share their segment's head. The
    // walk stops at the statement's start (after its last ；, else the
    // sentence's), found on the way by most figures.
    constexpr std::size_t kNotReached = U32::npos;
    std::size_t statement = kNotReached;
    constexpr int kSegments = 3;
    std::size_t window = qb;
    for (std::size_t at = qb, n = 0; n < kSegments; ++n) {
        if (at == ss || text_[at - 1] == U'；') {
            statement = at;
            break;
        }
        std::size_t seg = run_start<U'，', U',', U'；'>(text_.data(), ss, at);
        // A place at the head of the segment, after its periods; the
        // clause's own was looked for above (place_at_head).
        const bool clause = at == qb && seg == cs;
        const std::size_t b = clause ? head : after_leading_periods(seg, at);
        if (const Region* r = region_at_head(b, at)) {
            out = r->name;
            return;
        }
        if (!clause) {
            if (std::size_t n = place_at_head(b, at)) {
                out = grammar::to_utf8(text_.substr(b, n));
                return;
            }
        }
        window = seg;
        if (seg == ss || text_[seg - 1] == U'；') {
            statement = seg;
            break;
        }
        at = seg - 1;
    }
    if (std::size_t home = last_home_word(window, qb); home != PositionSet::npos) {
        home_named(home, out);
        return;
    }
    if (prev) {
        if (statement == kNotReached) {
            statement = words_.last(kSemicolon, ss, qb);
            statement = statement == WordPositions::npos ? ss : statement + 1;
        }
        if (statement == ss || scan_.quantities[index - 1].begin >= statement) {
            out = prev->scope;
            return;
        }
    }
    if (paragraph) out = *paragraph;
    else if (!facts_.home_entity.empty()) out = facts_.home_entity;
}

std::size_t Builder::unknown_place(U32 head) {
    if (kNotFirst.may_contain(head[0])) return 0;
    for (std::size_t len = 3; len <= 4 && len <= head.size(); ++len) {
        if (!is_place_suffix(head[len - 1])) continue;
        if (len < head.size() && kNotNext.may_contain(head[len])) continue;
        U32 name = head.substr(0, len);
        bool han = std::all_of(name.begin(), name.end(), [](char32_t c) { return c >= 0x4E00 && c <= 0x9FFF; });
        if (han && !name.ends_with(U"城市") && !name.ends_with(U"都市")) return len;
    }
    return 0;
}

bool Builder::universe_of_count(std::size_t index) const {
    const grammar::Quantity& q = scan_.quantities[index];
    auto it = std::lower_bound(regions_.begin(), regions_.end(), q.begin,
                               [](const RegionMention& m, std::size_t v) { return m.end < v; });
    return it != regions_.end() && it->end == q.begin && it->begin > 0 && universe_word(text_[it->begin - 1]);
}

std::size_t Builder::members_before(std::size_t ss, std::size_t qb) const {
    std::size_t p = qb;
    bool listed = p > ss && text_[p - 1] == U'等';
    if (listed) --p;
    // The walk back stops at a 、 too: most segments have none, and without
    // 等 are then no list.
    std::size_t seg = run_start<U'，', U'；', U'：', U'、'>(text_.data(), ss, p);
    const bool items_joined = seg > ss && text_[seg - 1] == U'、';
    if (!listed && !items_joined) return qb;
    if (items_joined) seg = run_start<U'，', U'；', U'：'>(text_.data(), ss, seg - 1);
    U32 items = text_.substr(seg, p - seg);
    if (items.empty() || quantity_in(seg, p)) return qb;
    // Each item a short name: a longer one is a clause of its own.
    for (std::size_t b = 0; b <= items.size();) {
        std::size_t e = std::min(items.find(U'、', b), items.size());
        if (e - b < 2 || e - b > 12) return qb;
        b = e + 1;
    }
    return seg;
}

void Builder::home_named(std::size_t at, std::optional<std::string>& out) const {
    const std::string& home = facts_.*home_member(text_[at], text_[at + 1]);
    if (!home.empty()) out = home;
}

PositionSet Builder::find_home_words() const {
    PositionSet at(text_.size());
    for (std::size_t i : word_starts_.homes) at.add(i);
    return at;
}

const Region* Builder::named_region(std::size_t cs, std::size_t qb, Kind kind) const {
    const bool rank = kind == Kind::rank;
    U32 clause = text_.substr(cs, qb - cs);
    std::size_t skipped_end = U32::npos;  // the end of a place passed over
    // The first place that says whose figure it is.
    for (RegionMention m : regions_in(cs, qb)) {
        char32_t before = m.begin > 0 ? clause[m.begin - 1] : U'\0';
        if (kind == Kind::count && m.end == clause.size() && universe_word(before)) return m.region;
        // 居全国, 与山东, 深入广东、上海: not whose figure it is, nor are the
        // places listed after it.
        bool listed = skipped_end != U32::npos && m.begin == skipped_end + 1 &&
                      (before == U'、' || before == U'和' || before == U'及');
        if (comparison_base_before(before) || listed) {
            skipped_end = m.end;
            continue;
        }
        U32 after = clause.substr(m.end);
        // 在长春市率先: the place it was first in, not whose figure it is.
        if (after.starts_with(U"前") || after.starts_with(U"平均") || after.starts_with(U"第") ||
            after.starts_with(U"首位") || after.starts_with(U"率先")) {
            continue;
        }
        if (m.region->level == RegionLevel::country) {
            // 全国 is the universe of a ranking, and inside a name (全国人大, 全国重点实验室)
            // it is no scope; it is one at the head of a clause or after 在.
            if (rank) continue;
            bool head = clause.substr(0, m.begin).find_first_not_of(U" \u3000") == U32::npos;
            if (!head && before != U'在') continue;
        }
        return m.region;
    }
    return nullptr;
}

std::size_t Builder::past_periods(std::size_t cs, std::size_t qb) const {
    // The periods of periods_in(cs, qb), read in place: this runs several
    // times a figure. One starting before cs is none of them; once one
    // starts past b, so do all after it (they are in order of their starts).
    std::size_t b = cs;
    for (std::size_t i = period_search_.lower_bound(cs); i < scan_.periods.size(); ++i) {
        const grammar::Period& p = scan_.periods[i];
        if (p.begin > b || p.begin >= qb) break;
        if (p.kind != grammar::PeriodKind::streak && p.begin == b) b = p.end;
    }
    return b;
}

PositionSet Builder::find_period_starts() const {
    PositionSet starts(text_.size());
    for (const grammar::Period& p : scan_.periods) {
        if (p.kind != grammar::PeriodKind::streak) starts.add(p.begin);
    }
    return starts;
}

PositionSet Builder::find_mention_starts() const {
    PositionSet starts(text_.size());
    for (const RegionMention& m : regions_) starts.add(m.begin);
    return starts;
}

const Region* Builder::region_at(std::size_t b, std::size_t qb) const {
    MentionsIn places = regions_in(b, qb);
    if (places.empty()) return nullptr;
    RegionMention m = places.front();
    return m.begin == 0 && m.region->level != RegionLevel::country ? m.region : nullptr;
}

}  // namespace claimlint::building
