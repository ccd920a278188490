// cross-document-mismatch, within-document-mismatch, unit-mismatch: claims
// with the same key whose figures cannot both be true. Claims are grouped by
// key (a sort, n log n); inside a group each figure is compared with the ones
// published before it and reported once, at the first it contradicts. Ranks
// are compared by rank-mismatch, which also knows the ranking frame.
#include "src/checks/corpus.hpp"
#include "src/checks/relation.hpp"

#include <algorithm>

namespace claimlint {

void check_key_conflicts(const CheckContext& ctx, std::vector<Diagnostic>& out) {
    std::vector<ClaimRef> refs = ctx.keyed_claims();
    std::erase_if(refs, [&](ClaimRef r) { return ctx.claim(r).measure == "rank"; });
    std::stable_sort(refs.begin(), refs.end(),
                     [&](ClaimRef a, ClaimRef b) { return ctx.claim(a).key < ctx.claim(b).key; });
    for (std::size_t g = 0; g < refs.size();) {
        std::size_t end = g + 1;
        while (end < refs.size() && ctx.claim(refs[end]).key == ctx.claim(refs[g]).key) ++end;
        for (std::size_t j = g + 1; j < end; ++j) {
            const grammar::Quantity& qj = ctx.quantity(refs[j]);
            for (std::size_t i = g; i < j; ++i) {
                const grammar::Quantity& qi = ctx.quantity(refs[i]);
                bool same_doc = refs[i].doc == refs[j].doc;
                // Figures of one sentence are different facts (由115家优化整合至90家,
                // 分别增长4.6%、7%, 5个项目631公里): a restatement is in another sentence.
                if (same_doc && ctx.sentence(refs[i]) == ctx.sentence(refs[j])) continue;
                // A bound against a precise figure of the same document (突破5400亿元
                // and 5380亿元) is threshold-claim's.
                if (same_doc && is_bound(qi) != is_bound(qj)) continue;
                if (qi.dimension != qj.dimension) {
                    // Amounts and counts only: a percent against an amount is more
                    // often a misread subject than a wrong unit.
                    auto measured = [](grammar::Kind k) { return k == grammar::Kind::amount || k == grammar::Kind::count; };
                    if (measured(qi.kind) && measured(qj.kind)) {
                        ctx.report("unit-mismatch", refs[j], refs[i], out);
                        break;
                    }
                    continue;
                }
                // Same dimension, different unit (千克 against 吨): not compared yet.
                if (qi.unit != qj.unit) continue;
                if (!overlaps(ctx.interval(refs[i]), ctx.interval(refs[j]))) {
                    ctx.report(same_doc ? "within-document-mismatch" : "cross-document-mismatch", refs[j], refs[i], out);
                    break;
                }
            }
        }
        g = end;
    }
}

}  // namespace claimlint
