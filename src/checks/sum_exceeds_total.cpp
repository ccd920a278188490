// sum-exceeds-total: parts that add up to more than their whole — the
// figures a 其中 introduces against the figure it breaks down (外贸进出口
// 1679.1亿元…其中出口627亿元), a change against the total it is part of
// (新认定377户，总数达845户), and shares of one whole listed with 分别 that
// pass 100%.
#include "src/checks/corpus.hpp"
#include "src/checks/relation.hpp"

namespace claimlint {
namespace {

const std::string kRule = "sum-exceeds-total";


void report(const CheckContext& ctx, ClaimRef whole, const std::vector<ClaimRef>& parts, Range sum,
            std::vector<Diagnostic>& out, const std::string& variant = "") {
    Range w = figure_range(ctx, whole);
    bool holds = sum.lo <= w.hi;
    std::vector<ClaimRef> figs = parts;
    figs.push_back(whole);
    ctx.record(kRule, figs, holds);
    if (holds) return;
    std::string list;
    for (ClaimRef p : parts) list += (list.empty() ? "" : " + ") + ctx.source(p);
    std::map<std::string, std::string> v{
        {"parts", list},
        {"whole", ctx.source(whole)},
        {"sum", ctx.written(parts.back(), sum.mid())},
        {"diff", ctx.written(parts.back(), sum.lo - w.hi)},
    };
    std::vector<ClaimRef> others(parts.begin(), parts.end() - 1);
    others.push_back(whole);
    ctx.report_relation(kRule, parts.back(), others, v, out, variant);
}

// 其中 P1、P2…: a run of figures of the whole's unit joined only by their names.
void breakdown(const CheckContext& ctx, std::size_t d, const std::vector<std::size_t>& figs,
               std::vector<Diagnostic>& out) {
    const std::u32string_view text = ctx.text(d);
    const auto& q = ctx.corpus().extractions[d].scan.quantities;
    for (std::size_t i = 0; i < figs.size(); ++i) {
        std::size_t from = i > 0 ? q[figs[i - 1]].end : (q[figs[i]].begin > 40 ? q[figs[i]].begin - 40 : 0);
        std::u32string_view lead = text.substr(from, q[figs[i]].begin - from);
        std::size_t at = lead.rfind(U"其中");
        if (at == std::u32string_view::npos || !measured(q[figs[i]])) continue;
        if (lead.substr(at).find_first_of(U"。\n") != std::u32string_view::npos) continue;
        const Claim& first = ctx.claim({d, figs[i]});
        auto whole = breakdown_whole(ctx, d, figs[i], from + at);
        if (!whole) continue;
        const Claim& cw = ctx.claim({d, *whole});
        if (cw.measure != first.measure || (!is(cw, "level") && !is(cw, "change")) || cw.direction != first.direction) {
            continue;
        }
        std::vector<ClaimRef> parts{{d, figs[i]}};
        Range sum = figure_range(ctx, {d, figs[i]});
        for (std::size_t j = i + 1; j < figs.size(); ++j) {
            std::u32string_view gap_text = text.substr(q[figs[j - 1]].end, q[figs[j]].begin - q[figs[j - 1]].end);
            if (q[figs[j]].unit != q[figs[i]].unit || ctx.claim({d, figs[j]}).measure != first.measure) break;
            // 、 or 和 between parts; a verb-led clause (，发行…) is another fact.
            if (gap_text.find_first_of(U"、和及") == std::u32string_view::npos) break;
            parts.push_back({d, figs[j]});
            sum = sum + figure_range(ctx, {d, figs[j]});
        }
        report(ctx, {d, *whole}, parts, sum, out);
        i += parts.size() - 1;
    }
}

// 新认定377户，总数达845户: an increase within the total it leads to.
void change_within_total(const CheckContext& ctx, std::size_t d, const std::vector<std::size_t>& figs,
                         std::vector<Diagnostic>& out) {
    const std::u32string_view text = ctx.text(d);
    const auto& q = ctx.corpus().extractions[d].scan.quantities;
    for (std::size_t i = 0; i + 1 < figs.size(); ++i) {
        ClaimRef c{d, figs[i]}, t{d, figs[i + 1]};
        if (!is(ctx.claim(c), "change") || ctx.claim(c).direction != "+" || !measured(q[c.quantity])) continue;
        if (q[t.quantity].unit != q[c.quantity].unit || !is(ctx.claim(t), "level")) continue;
        std::u32string_view between = text.substr(q[c.quantity].end, q[t.quantity].begin - q[c.quantity].end);
        if (between.find(U"总数") == std::u32string_view::npos && between.find(U"总量") == std::u32string_view::npos &&
            between.find(U"累计") == std::u32string_view::npos) {
            continue;
        }
        report(ctx, t, {c}, figure_range(ctx, c), out, "total");
    }
}

// …分别占X的A%、B%、C%: shares of one whole.
void shares(const CheckContext& ctx, std::size_t d, const std::vector<std::size_t>& figs,
            std::vector<Diagnostic>& out) {
    const std::u32string_view text = ctx.text(d);
    const auto& q = ctx.corpus().extractions[d].scan.quantities;
    for (std::size_t i = 0; i < figs.size(); ++i) {
        // From the previous figure or the sentence start, never the document start:
        // that would rescan the whole text for every sentence (quadratic).
        std::size_t from = i > 0 ? q[figs[i - 1]].end : sentence_start(ctx, {d, figs[i]});
        std::u32string_view lead = text.substr(from, q[figs[i]].begin - from);
        std::size_t at = lead.rfind(U"分别占");
        if (at == std::u32string_view::npos || !is(ctx.claim({d, figs[i]}), "share")) continue;
        std::vector<ClaimRef> parts{{d, figs[i]}};
        Range sum = figure_range(ctx, {d, figs[i]});
        for (std::size_t j = i + 1; j < figs.size() && is(ctx.claim({d, figs[j]}), "share"); ++j) {
            std::u32string_view gap_text = text.substr(q[figs[j - 1]].end, q[figs[j]].begin - q[figs[j - 1]].end);
            if (gap_text.size() > 2) break;
            parts.push_back({d, figs[j]});
            sum = sum + figure_range(ctx, {d, figs[j]});
        }
        i += parts.size() - 1;
        if (parts.size() < 2) continue;
        bool holds = sum.lo <= 100;
        ctx.record(kRule, parts, holds);
        if (holds) continue;
        std::string list;
        for (ClaimRef p : parts) list += (list.empty() ? "" : " + ") + ctx.source(p);
        std::map<std::string, std::string> v{{"parts", list}, {"sum", format_value(sum.mid(), 1) + "%"},
                                             {"diff", format_value(sum.lo - 100, 1)}};
        ctx.report_relation(kRule, parts.back(), {parts.begin(), parts.end() - 1}, v, out, "shares");
    }
}

}  // namespace

void check_sum_exceeds_total(const CheckContext& ctx, std::vector<Diagnostic>& out) {
    for_each_sentence(ctx, [&](std::size_t d, const std::vector<std::size_t>& figs) {
        change_within_total(ctx, d, figs, out);
        shares(ctx, d, figs, out);
    });
    for (std::size_t d = 0; d < ctx.corpus().docs.size(); ++d) {
        if (!ctx.in_focus(d)) continue;
        // 其中 may open the next sentence: the figures of the whole document.
        std::vector<std::size_t> all(ctx.corpus().extractions[d].claims.size());
        for (std::size_t k = 0; k < all.size(); ++k) all[k] = k;
        breakdown(ctx, d, all, out);
    }
}

}  // namespace claimlint
