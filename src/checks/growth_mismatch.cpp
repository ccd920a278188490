// growth-mismatch: a change, its growth rate and the level it leads to
// (新增装机500万千瓦，增长50%，总装机1500万千瓦), or a before and an after
// with the rate between them (由10个工作日缩减为2个工作日，压缩80%), that no
// values inside the stated intervals reconcile.
#include "src/checks/corpus.hpp"
#include "src/checks/relation.hpp"

#include <cmath>

namespace claimlint {
namespace {

const std::string kRule = "growth-mismatch";

bool same_frame(const Claim& a, const Claim& b) {
    return a.scope == b.scope && a.period == b.period && a.modality == b.modality;
}

// The rate as a signed percentage: 下降5% → -5.
Range signed_rate(const CheckContext& ctx, ClaimRef g) {
    Range r = figure_range(ctx, g);
    if (ctx.claim(g).direction == "-" && r.lo >= 0) return {-r.hi, -r.lo};
    return r;
}

std::string percent(double v) { return format_value(v, 1) + "%"; }

// Change C, rate G and level L of one sentence: L − C is the base, C / base the rate.
void change_rate_level(const CheckContext& ctx, std::size_t d, const std::vector<std::size_t>& figs,
                       std::vector<Diagnostic>& out) {
    for (std::size_t i = 0; i < figs.size(); ++i) {
        ClaimRef c{d, figs[i]};
        const Claim& cc = ctx.claim(c);
        const grammar::Quantity& qc = ctx.quantity(c);
        if (!is(cc, "change") || !cc.subject || qc.kind == grammar::Kind::percent) continue;
        // The rate right after the change, then a level of the same unit and thing.
        if (i + 1 >= figs.size()) continue;
        ClaimRef g{d, figs[i + 1]};
        if (!is(ctx.claim(g), "growth") || ctx.quantity(g).unit != "%") continue;
        std::optional<ClaimRef> l;
        for (std::size_t j = i + 2; j < figs.size() && j <= i + 4 && !l; ++j) {
            ClaimRef r{d, figs[j]};
            const Claim& cl = ctx.claim(r);
            if (is(cl, "change")) break;
            if (is(cl, "level") && ctx.quantity(r).unit == qc.unit && cl.subject && same_thing(*cc.subject, *cl.subject) &&
                same_frame(cc, cl)) {
                l = r;
            }
        }
        if (!l) continue;
        Range change = figure_range(ctx, c);
        if (cc.direction == "-") change = {-change.hi, -change.lo};
        Range level = figure_range(ctx, *l);
        Range base = level - change;
        Range stated = signed_rate(ctx, g);
        if (!change.bounded() || !level.bounded() || base.lo <= 0) continue;
        Range implied = change / base * Range::point(100);
        bool holds = intersects(implied, stated);
        ctx.record(kRule, {c, g, *l}, holds);
        if (holds) continue;
        double rate = stated.mid() / 100;
        std::map<std::string, std::string> v{
            {"change", ctx.source(c)},
            {"level", ctx.source(*l)},
            {"base", ctx.written(*l, base.mid())},
            {"implied", percent(implied.mid())},
            {"diff", format_value(gap(implied, stated), 1)},
            {"repair_level", rate != 0 ? ctx.written(*l, change.mid() / rate + change.mid()) : "—"},
            {"repair_change", ctx.written(c, std::abs(level.mid() * rate / (1 + rate)))},
        };
        ctx.report_relation(kRule, g, {c, *l}, v, out);
    }
}

// 由A…为B with a rate in the same sentence: (B − A) / A is the rate.
void before_after(const CheckContext& ctx, std::size_t d, const std::vector<std::size_t>& figs,
                  std::vector<Diagnostic>& out) {
    std::u32string_view text = ctx.text(d);
    std::optional<ClaimRef> rate;
    int rates = 0;
    for (std::size_t f : figs) {
        if (is(ctx.claim({d, f}), "growth") && ctx.quantity({d, f}).unit == "%") {
            rate = ClaimRef{d, f};
            ++rates;
        }
    }
    if (rates != 1) return;  // which rate goes with which pair would be a guess
    for (std::size_t i = 0; i + 1 < figs.size(); ++i) {
        ClaimRef a{d, figs[i]}, b{d, figs[i + 1]};
        const grammar::Quantity& qa = ctx.quantity(a);
        const grammar::Quantity& qb = ctx.quantity(b);
        if (qa.unit != qb.unit || qa.unit == "%" || qa.kind == grammar::Kind::rank) continue;
        // 由 or 从 opens the clause of A; 为/至/到 joins A to B closely.
        std::size_t from = i > 0 ? ctx.quantity({d, figs[i - 1]}).end : sentence_start(ctx, a);
        std::u32string_view lead = text.substr(from, qa.begin - from);
        std::size_t cut = lead.find_last_of(U"，。；");
        if (cut != std::u32string_view::npos) lead = lead.substr(cut + 1);
        if (lead.find_first_of(U"由从") == std::u32string_view::npos) continue;
        std::u32string_view join = text.substr(qa.end, qb.begin - qa.end);
        if (join.size() > 6 || join.find_first_of(U"为至到") == std::u32string_view::npos) continue;
        Range ra = figure_range(ctx, a), rb = figure_range(ctx, b);
        if (!ra.bounded() || !rb.bounded() || ra.lo <= 0) continue;
        Range stated = signed_rate(ctx, *rate);
        Range implied = (rb - ra) / ra * Range::point(100);
        // A rate with the other direction is about something else (压缩 of a
        // time against an increase): not this relation.
        if ((implied.hi < 0 && stated.lo > 0) || (implied.lo > 0 && stated.hi < 0)) continue;
        bool holds = intersects(implied, stated);
        ctx.record(kRule, {a, b, *rate}, holds);
        if (holds) continue;
        double r = stated.mid() / 100;
        std::map<std::string, std::string> v{
            {"before", ctx.source(a)},
            {"after", ctx.source(b)},
            {"implied", percent(std::abs(implied.mid()))},
            {"diff", format_value(gap(implied, stated), 1)},
            {"repair_after", ctx.written(b, ra.mid() * (1 + r))},
            {"repair_before", 1 + r > 0 ? ctx.written(a, rb.mid() / (1 + r)) : "—"},
        };
        ctx.report_relation(kRule, *rate, {a, b}, v, out, "span");
    }
}

}  // namespace

void check_growth_mismatch(const CheckContext& ctx, std::vector<Diagnostic>& out) {
    for_each_sentence(ctx, [&](std::size_t d, const std::vector<std::size_t>& figs) {
        change_rate_level(ctx, d, figs, out);
        before_after(ctx, d, figs, out);
    });
}

}  // namespace claimlint
