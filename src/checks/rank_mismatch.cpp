// rank-mismatch: the same ranking — scope, subject, period, modality and the
// ranking frame (全国, 全国13个粮食主产省, 东北三省) — stated with places that
// cannot both be true. Ranks are left out of the key conflicts so that each
// finding is reported once, here.
#include "grammar/context.hpp"
#include "grammar/utf8.hpp"
#include "src/checks/cross_context.hpp"

#include <algorithm>

namespace claimlint {
namespace {

using U32 = std::u32string_view;

// The frame of the ranking: what stands between the ranking verb and the
// place (居|全国|第5位), after a 在 before the verb (在|36个省会城市|排名第3位).
// Nullopt when the clause has no ranking verb: the ranking is unknown.
std::optional<std::string> ranking_frame(const CheckContext& ctx, ClaimRef r) {
    U32 text = ctx.doc(r).normalised();
    const grammar::Quantity& q = ctx.quantity(r);
    // 分别居全国第2位、第1位: the frame is the one of the first place listed.
    const auto& all = ctx.corpus().extractions[r.doc].scan.quantities;
    auto [vb, ve] = grammar::ranking_verb(text, q.begin, grammar::kRankingFrameWindow);
    if (vb == U32::npos) return std::nullopt;
    std::size_t first = q.begin;
    auto o = std::lower_bound(all.begin(), all.end(), ve,
                              [](const grammar::Quantity& x, std::size_t v) { return x.begin < v; });
    for (; o != all.end() && o->begin < q.begin; ++o) {
        if (o->kind == grammar::Kind::rank) {
            first = o->begin;
            break;
        }
    }
    std::u32string frame;
    std::size_t cs = vb;
    while (cs > 0 && vb - cs < grammar::kRankingFrameWindow && !grammar::is_clause_break(text[cs - 1])) --cs;
    if (std::size_t at = text.substr(cs, vb - cs).rfind(U'在'); at != U32::npos) {
        U32 where = text.substr(cs + at + 1, vb - cs - at - 1);
        // 在全国稳居: the adverb belongs to the verb.
        if (!where.empty() && U32(U"稳位跃均").find(where.back()) != U32::npos) where.remove_suffix(1);
        frame = where;
    }
    frame += text.substr(ve, first - ve);
    std::erase_if(frame, [](char32_t c) { return c == U' ' || c == U'\u3000'; });
    return grammar::to_utf8(frame);
}

// Top-N (前三强) is any place from 1 to N; other ranks are one place.
std::optional<std::pair<grammar::Decimal, grammar::Decimal>> places(const CheckContext& ctx, ClaimRef r) {
    const grammar::Quantity& q = ctx.quantity(r);
    if (ctx.doc(r).normalised().substr(q.begin).starts_with(U"前")) return std::pair(grammar::Decimal(1, 0), q.value);
    grammar::Interval iv = ctx.interval(r);
    if (!iv.low.value || !iv.high.value) return std::nullopt;
    return std::pair(*iv.low.value, *iv.high.value);
}

std::string place_text(const grammar::Decimal& lo, const grammar::Decimal& hi) {
    return lo == hi ? lo.to_string() : lo.to_string() + "–" + hi.to_string();
}

}  // namespace

void gather_rank(const CheckContext& ctx, ClaimRef r, std::size_t record, CrossFacts& facts) {
    const Claim& c = ctx.claim(r);
    auto frame = ranking_frame(ctx, r);
    auto p = places(ctx, r);
    if (!frame || !p) return;
    // A subject read off the frame or the verb (粮食主产省, 居东北三省) says
    // nothing about what is ranked: two of them need not be the same ranking.
    const std::string& subject = *c.subject;
    if (frame->find(subject) != std::string::npos || subject.starts_with("居") || subject.starts_with("列") ||
        subject.starts_with("排")) {
        return;
    }
    facts.ranks.push_back({record, c.key + "|" + *frame, p->first, p->second});
}

void check_rank_mismatch(const CrossContext& ctx, const CrossFacts& facts, std::vector<RecordFinding>& out) {
    if (!ctx.enabled("rank-mismatch")) return;
    std::vector<RankFact> ranks = facts.ranks;
    std::stable_sort(ranks.begin(), ranks.end(), [&](const RankFact& a, const RankFact& b) { return ctx.earlier(a.at, b.at); });
    std::stable_sort(ranks.begin(), ranks.end(), [](const RankFact& a, const RankFact& b) { return a.group < b.group; });
    for (std::size_t g = 0; g < ranks.size();) {
        std::size_t end = g + 1;
        while (end < ranks.size() && ranks[end].group == ranks[g].group) ++end;
        for (std::size_t j = g + 1; j < end; ++j) {
            for (std::size_t i = g; i < j; ++i) {
                const RankFact& a = ranks[i];
                const RankFact& b = ranks[j];
                // Places of one sentence are different rankings (分别居全国第2位、第1位).
                if (ctx.same_sentence(a.at, b.at)) continue;
                if (!(a.high < b.low) && !(b.high < a.low)) continue;
                auto gap = a.high < b.low ? b.low.sub(a.high) : a.low.sub(b.high);
                if (!gap) continue;
                std::string frame = b.group.substr(ctx.claim(b.at).key.size() + 1);
                ctx.report("rank-mismatch", b.at, a.at, out,
                           {{"frame", frame.empty() ? "—" : frame},
                            {"places", place_text(b.low, b.high)},
                            {"other_places", place_text(a.low, a.high)},
                            {"difference", gap->to_string()}});
                break;
            }
        }
        g = end;
    }
}

}  // namespace claimlint
