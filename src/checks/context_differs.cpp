// period-differs and scope-differs (notes, off by default): the same
// subject and measure with a different period or scope and a different
// value — shown so a reviewer sees why two figures were not compared.
#include "src/checks/record_context.hpp"

#include <algorithm>

namespace claimlint {

std::string context_group(const Claim& c, bool by_period) {
    // Everything but the field that differs.
    return (by_period ? *c.scope : std::string()) + "|" + *c.subject + "|" + (by_period ? std::string() : *c.period) +
           "|" + *c.measure + "|" + c.direction.value_or("") + "|" + *c.modality;
}

namespace {

void differs(const RecordContext& ctx, const std::string& rule, bool by_period, std::vector<RecordFinding>& out) {
    if (!ctx.enabled(rule)) return;
    auto group = [&](std::size_t r) { return context_group(ctx.claim(r), by_period); };
    auto field = [&](std::size_t r) { return by_period ? *ctx.claim(r).period : *ctx.claim(r).scope; };
    std::vector<std::size_t> refs = ctx.ordered();
    std::stable_sort(refs.begin(), refs.end(), [&](std::size_t a, std::size_t b) { return group(a) < group(b); });
    for (std::size_t g = 0; g < refs.size();) {
        std::size_t end = g + 1;
        std::string key = group(refs[g]);
        while (end < refs.size() && group(refs[end]) == key) ++end;
        for (std::size_t j = g + 1; j < end; ++j) {
            for (std::size_t i = g; i < j; ++i) {
                if (field(refs[i]) == field(refs[j])) continue;
                if (ctx.quantity(refs[i]).unit != ctx.quantity(refs[j]).unit) continue;
                if (overlaps(ctx.interval(refs[i]), ctx.interval(refs[j]))) continue;
                ctx.report(rule, refs[j], refs[i], out);
                break;
            }
        }
        g = end;
    }
}

}  // namespace

void check_context_differs(const RecordContext& ctx, std::vector<RecordFinding>& out) {
    differs(ctx, "period-differs", true, out);
    differs(ctx, "scope-differs", false, out);
}

}  // namespace claimlint
