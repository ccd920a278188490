// target-vs-actual (a note, off by default): a goal stated in one document and
// the result reported for the same scope, subject, period and measure in a
// later one. The note says whether the goal was met and by how much; it is
// information for a reviewer, never a warning.
#include "src/checks/record_context.hpp"

#include <algorithm>

namespace claimlint {

std::string goal_key(const Claim& c) {
    std::string k = *c.scope + "|" + *c.subject + "|" + *c.period + "|" + *c.measure + "|" + c.direction.value_or("");
    return c.key.ends_with("|part") ? k + "|part" : k;
}

namespace {

constexpr const char* kRule = "target-vs-actual";

using grammar::Bound;
using grammar::Decimal;

// Some value of [.., a] reaches some value of [b, ..]: a > b, or a == b with both ends included.
bool can_reach(const Bound& a, const Bound& b) {
    if (!a.value || !b.value) return true;
    return *a.value > *b.value || (*a.value == *b.value && a.inclusive && b.inclusive);
}

// The outcome, by interval semantics: a bound (突破, 以上, 不低于 / 以内,
// 不到) is missed only when no stated value of the result can satisfy it; a
// point goal (增长6%左右) is met when the intervals overlap, else the result
// lies above or below it.
std::string outcome(const grammar::Quantity& goal, const grammar::Interval& g, const grammar::Interval& a) {
    using grammar::Qualifier;
    switch (goal.qualifier) {
        case Qualifier::over:
        case Qualifier::at_least:
        case Qualifier::more: return can_reach(a.high, g.low) ? "met" : "missed";
        case Qualifier::below: return can_reach(g.high, a.low) ? "met" : "missed";
        default:
            if (grammar::overlaps(g, a)) return "met";
            return can_reach(a.high, g.low) ? "above" : "below";
    }
}

// The difference of the two stated values in the goal's written scale and
// unit: 0.5个百分点 for rates, 120亿元 for amounts.
std::string difference(const RecordContext& ctx, const grammar::Quantity& goal, const grammar::Quantity& result) {
    auto d = result.value.sub(goal.value);
    if (!d) return "?";
    Decimal abs = d->negative() ? d->negated() : *d;
    if (goal.unit == "%" || goal.unit == "pp") return ctx.text(kRule, "points", {{"number", abs.to_string()}});
    std::string_view digits = goal.digits.view();
    int scale = digits.ends_with("万亿") ? 12 : digits.ends_with("亿") ? 8 : digits.ends_with("万") ? 4 : 0;
    static const std::map<std::string, std::string, std::less<>> shown = {{"CNY", "元"}, {"USD", "美元"}, {"times", "倍"}};
    auto it = shown.find(goal.unit);
    std::string scale_word = scale == 12 ? "万亿" : scale == 8 ? "亿" : scale == 4 ? "万" : "";
    return abs.shifted(-scale).to_string() + scale_word + (it == shown.end() ? std::string(goal.unit) : it->second);
}

}  // namespace

void check_target_vs_actual(const RecordContext& ctx, std::vector<RecordFinding>& out) {
    if (!ctx.enabled(kRule)) return;
    std::vector<std::size_t> refs = ctx.ordered();
    std::stable_sort(refs.begin(), refs.end(),
                     [&](std::size_t a, std::size_t b) { return goal_key(ctx.claim(a)) < goal_key(ctx.claim(b)); });
    for (std::size_t g = 0; g < refs.size();) {
        std::size_t end = g + 1;
        std::string key = goal_key(ctx.claim(refs[g]));
        while (end < refs.size() && goal_key(ctx.claim(refs[end])) == key) ++end;
        // Each result against the latest goal published before it elsewhere.
        for (std::size_t j = g; j < end; ++j) {
            if (ctx.claim(refs[j]).modality != "actual") continue;
            for (std::size_t i = j; i-- > g;) {
                std::size_t goal = refs[i], result = refs[j];
                if (ctx.claim(goal).modality != "target" || ctx.same_doc(goal, result)) continue;
                // A goal is set before its result is known: same-day documents are not paired.
                const std::string& dg = ctx.record(goal).date();
                const std::string& dr = ctx.record(result).date();
                if (!dg.empty() && !dr.empty() && dg >= dr) continue;
                const grammar::Quantity& qg = ctx.quantity(goal);
                const grammar::Quantity& qr = ctx.quantity(result);
                if (qg.unit != qr.unit) continue;
                std::string how = outcome(qg, ctx.interval(goal), ctx.interval(result));
                ctx.report(kRule, result, goal, out,
                           {{"outcome", ctx.text(kRule, how, {})}, {"difference", difference(ctx, qg, qr)}});
                break;
            }
        }
        g = end;
    }
}

}  // namespace claimlint
