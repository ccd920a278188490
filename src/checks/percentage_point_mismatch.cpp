// percentage-point-mismatch: a difference in percentage points that the two
// rates it joins do not have — 出口增长42.1%，高出全国31.6个百分点 against
// the national rate stated elsewhere (the implied 10.5%), or 优良水体比例81.8%，
// 同比上升4.3个百分点 against the previous year's ratio.
#include "src/checks/cross_context.hpp"

#include <cmath>
#include <map>

namespace claimlint {
namespace {

const std::string kRule = "percentage-point-mismatch";

std::string key_of(const std::string& scope, const Claim& c, const std::string& period, const std::string& direction) {
    return scope + "|" + *c.subject + "|" + period + "|" + *c.measure + "|" + direction + "|" + *c.modality;
}

// A growth rate with its sign (下降6.3% → −6.3); other rates as stated.
Range signed_range(const CrossContext& ctx, std::size_t r) {
    Range v = ctx.figure_range(r);
    if (ctx.claim(r).measure == "growth" && ctx.claim(r).direction == "-" && v.lo >= 0) return {-v.hi, -v.lo};
    return v;
}

}  // namespace

// The pairs of a rate and the points after it that name another rate; which
// rate that is comes from the words between them.
void gather_points(const CheckContext& ctx, std::size_t d, CrossFacts& facts) {
    const std::u32string_view text = ctx.text(d);
    const auto& q = ctx.corpus().extractions[d].scan.quantities;
    for (const auto& figs : ctx.sentences_of(d)) {
        for (std::size_t i = 1; i < figs.size(); ++i) {
            ClaimRef pp{d, figs[i]}, rate{d, figs[i - 1]};
            if (q[pp.quantity].kind != grammar::Kind::pp || q[rate.quantity].unit != "%") continue;
            const Claim& cr = ctx.claim(rate);
            if (cr.key.empty() || cr.key.ends_with("|part")) continue;
            std::u32string_view between = text.substr(q[rate.quantity].end, q[pp.quantity].begin - q[rate.quantity].end);
            // Which other rate, and on which side: 高出全国 (national = rate − N),
            // 低于全国 (rate + N), 同比上升 (last year = rate − N), 同比下降 (rate + N).
            std::string scope = *cr.scope, period = *cr.period;
            int sign = 0;
            if (has_any(between, {U"全国"})) {
                scope = "全国";
                if (has_any(between, {U"高出", U"高于"})) sign = -1;
                if (has_any(between, {U"低于", U"低出"})) sign = sign == 0 ? +1 : 0;
            } else if (has_any(between, {U"同比", U"比上年", U"较上年"})) {
                period = year_before(period);
                if (has_any(between, {U"上升", U"提高", U"增加", U"扩大"})) sign = -1;
                if (has_any(between, {U"下降", U"降低", U"回落", U"减少", U"收窄"})) sign = sign == 0 ? +1 : 0;
            }
            if (sign == 0 || (scope == *cr.scope && period == *cr.period)) continue;
            facts.points.push_back({facts.record_of(ctx, rate), facts.record_of(ctx, pp), scope, period, sign});
        }
    }
}

std::array<std::string, 3> other_rate_keys(const PointsPair& p, const Claim& rate) {
    return {key_of(p.scope, rate, p.period, ""), key_of(p.scope, rate, p.period, "+"),
            key_of(p.scope, rate, p.period, "-")};
}

void check_percentage_point_mismatch(const CrossContext& ctx, const CrossFacts& facts,
                                     std::vector<RecordFinding>& out) {
    for (const PointsPair& p : facts.points) {
        // The other rate with either sign; none stated: no relation.
        std::vector<std::size_t> others;
        for (const std::string& key : other_rate_keys(p, ctx.claim(p.rate))) {
            for (std::size_t r : ctx.with_key(key)) {
                if (ctx.quantity(r).unit == "%") others.push_back(r);
            }
        }
        Range implied = signed_range(ctx, p.rate) + Range::point(p.sign) * ctx.figure_range(p.points);
        for (std::size_t other : others) {
            Range stated = signed_range(ctx, other);
            bool holds = intersects(implied, stated);
            ctx.relate(kRule, {p.rate, p.points, other}, holds);
            if (holds) continue;
            Range diff = signed_range(ctx, p.rate) - stated;
            std::map<std::string, std::string> v{
                {"rate", ctx.record(p.rate).text},
                {"other", ctx.record(other).text},
                {"other_scope", p.scope},
                {"other_period", p.period},
                {"implied", format_value(implied.mid(), 1) + "%"},
                {"actual", format_value(std::abs(diff.mid()), 1)},
                {"gap", format_value(gap(implied, stated), 1)},
            };
            ctx.report_relation(kRule, p.points, {p.rate, other}, v, out);
        }
    }
}

}  // namespace claimlint
