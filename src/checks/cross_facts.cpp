#include "src/checks/cross_facts.hpp"

#include "src/claims_io.hpp"

namespace claimlint {

std::size_t CrossFacts::record_of(const CheckContext& ctx, ClaimRef r) {
    auto [it, added] = by_ref_.try_emplace((std::uint64_t(r.doc) << 32) | r.quantity, records.size());
    if (!added) return it->second;
    // A document's records share one copy of its file and date.
    ClaimRecord rec = ctx.record(r, records.empty() ? nullptr : &records.back());
    refs.push_back(r);
    records.push_back(std::move(rec));
    return it->second;
}

void CrossFacts::drop_refs() {
    refs = {};
    by_ref_ = {};
}

void CrossFacts::absorb(CrossFacts&& doc) {
    const std::size_t base = records.size();
    records.insert(records.end(), std::make_move_iterator(doc.records.begin()),
                   std::make_move_iterator(doc.records.end()));
    for (PointsPair& p : doc.points) {
        p.rate += base;
        p.points += base;
        points.push_back(std::move(p));
    }
    for (MultiplePair& m : doc.multiples) {
        m.multiple += base;
        m.now += base;
        multiples.push_back(m);
    }
    for (RankFact& r : doc.ranks) {
        r.at += base;
        ranks.push_back(std::move(r));
    }
    for (StreakFact& s : doc.streaks) {
        s.at += base;
        streaks.push_back(std::move(s));
    }
}

void gather_keyed(const CheckContext& ctx, CrossFacts& facts, const std::unordered_set<std::string_view>* keys) {
    bool ranks = ctx.enabled("rank-mismatch");
    for (ClaimRef r : ctx.keyed_claims()) {
        bool rank = ranks && ctx.claim(r).measure == "rank";
        if (!rank && keys && !keys->count(ctx.claim(r).key)) continue;
        std::size_t at = facts.record_of(ctx, r);
        if (rank) gather_rank(ctx, r, at, facts);
    }
}

void gather_document(const CheckContext& ctx, std::size_t d, bool focus, CrossFacts& facts) {
    if (focus) {
        gather_points(ctx, d, facts);
        gather_multiples(ctx, d, facts);
    }
    if (ctx.enabled("streak-mismatch")) gather_streaks(ctx, d, facts);
}

}  // namespace claimlint
