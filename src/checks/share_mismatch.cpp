// share-mismatch: a share or rate that does not match its numerator and
// denominator stated beside it — 占Y的Z% with Y's figure stated (or the whole
// a 其中 breaks down), a 率 after the two amounts it divides (合同签约额3280亿元，
// 实际到位资金628.9亿元，资金到位率近20%), and a count that is Z% of wholes
// that must themselves be whole numbers (上市企业11家，占省市22%、30%).
#include "src/checks/corpus.hpp"
#include "src/checks/relation.hpp"
#include "grammar/utf8.hpp"

#include <cmath>

namespace claimlint {
namespace {

const std::string kRule = "share-mismatch";


void check(const CheckContext& ctx, ClaimRef part, ClaimRef whole, ClaimRef share, std::vector<Diagnostic>& out) {
    Range p = figure_range(ctx, part), w = figure_range(ctx, whole);
    Range s = figure_range(ctx, share);
    if (!p.bounded() || !w.bounded() || w.lo <= 0) return;
    Range implied = p / w * Range::point(100);
    bool holds = intersects(implied, s);
    ctx.record(kRule, {part, whole, share}, holds);
    if (holds) return;
    double f = s.mid() / 100;
    std::map<std::string, std::string> v{
        {"part", ctx.source(part)},
        {"whole", ctx.source(whole)},
        {"implied", format_value(implied.mid(), 1) + "%"},
        {"diff", format_value(gap(implied, s), 1)},
        {"repair_part", ctx.written(part, w.mid() * f)},
        {"repair_whole", f > 0 ? ctx.written(whole, p.mid() / f) : "—"},
    };
    ctx.report_relation(kRule, share, {part, whole}, v, out);
}

// The figure of the whole a share names: 占工业总产值的41.1% → the nearest
// figure before with that subject and the part's unit, or the whole a 其中
// before the part breaks down.
std::optional<ClaimRef> named_whole(const CheckContext& ctx, std::size_t d, std::size_t part, std::size_t share) {
    const std::u32string_view text = ctx.text(d);
    const auto& q = ctx.corpus().extractions[d].scan.quantities;
    std::u32string_view lead = text.substr(q[part].end, q[share].begin - q[part].end);
    std::size_t at = lead.find(U'占');
    if (at == std::u32string_view::npos) return std::nullopt;
    std::u32string_view name = lead.substr(at + 1);
    for (std::u32string_view tail : {std::u32string_view(U"的比重"), std::u32string_view(U"比重"),
                                     std::u32string_view(U"的比例"), std::u32string_view(U"的")}) {
        if (name.ends_with(tail)) {
            name = name.substr(0, name.size() - tail.size());
            break;
        }
    }
    // 其中出口627亿元，占37.3%: a share of the whole the 其中 breaks down.
    // Elsewhere 占比76.3% is a share of what the sentence is about, not named.
    if (name.empty() || name == U"比") {
        std::size_t from = q[part].begin > 40 ? q[part].begin - 40 : 0;
        std::u32string_view before = text.substr(from, q[part].begin - from);
        std::size_t breakdown = before.rfind(U"其中");
        if (breakdown == std::u32string_view::npos || lead.size() > 3) return std::nullopt;
        std::u32string_view clause = before.substr(breakdown + 2);  // 其中，出口…: the comma after 其中 is fine
        if (clause.starts_with(U'，')) clause.remove_prefix(1);
        if (clause.find_first_of(U"，。；\n") != std::u32string_view::npos) return std::nullopt;
        auto whole = breakdown_whole(ctx, d, part, from + breakdown);
        if (!whole || !is(ctx.claim({d, *whole}), "level")) return std::nullopt;
        return ClaimRef{d, *whole};
    }
    std::string wanted = SubjectSynonyms::builtin().normalise(grammar::to_utf8(name));
    for (std::size_t k = part; k-- > 0;) {
        if (q[part].begin - q[k].end > 200) break;
        const Claim& c = ctx.claim({d, k});
        if (q[k].unit == q[part].unit && is(c, "level") && c.subject && *c.subject == wanted) return ClaimRef{d, k};
    }
    return std::nullopt;
}

void part_of_named_whole(const CheckContext& ctx, std::size_t d, const std::vector<std::size_t>& figs,
                         std::vector<Diagnostic>& out) {
    const auto& q = ctx.corpus().extractions[d].scan.quantities;
    for (std::size_t i = 0; i + 1 < figs.size(); ++i) {
        if (!measured(q[figs[i]]) || !is(ctx.claim({d, figs[i + 1]}), "share")) continue;
        if (auto whole = named_whole(ctx, d, figs[i], figs[i + 1])) check(ctx, {d, figs[i]}, *whole, {d, figs[i + 1]}, out);
    }
}

// A 率 or 比例 right after two amounts of one unit: the second over the first,
// when the rate names what the second measures (到位率 and 实际到位资金).
void rate_of_two(const CheckContext& ctx, std::size_t d, const std::vector<std::size_t>& figs,
                 std::vector<Diagnostic>& out) {
    const auto& q = ctx.corpus().extractions[d].scan.quantities;
    for (std::size_t i = 2; i < figs.size(); ++i) {
        ClaimRef r{d, figs[i]}, a{d, figs[i - 2]}, b{d, figs[i - 1]};
        const Claim& cr = ctx.claim(r);
        if (q[figs[i]].unit != "%" || !is(cr, "level") || !cr.subject) continue;
        if (!measured(q[a.quantity]) || q[a.quantity].unit != q[b.quantity].unit) continue;
        if (!is(ctx.claim(a), "level") || !is(ctx.claim(b), "level") || !ctx.claim(b).subject) continue;
        const std::string& rate = *cr.subject;
        std::size_t at = rate.rfind("率");
        if (at == std::string::npos || at < 6) continue;
        std::string stem = rate.substr(at - 6, 6);  // two characters before 率
        if (ctx.claim(b).subject->find(stem) == std::string::npos) continue;
        check(ctx, b, a, r, out);
    }
}

// 上市企业11家，占省市22%、30%: each whole, 11 ÷ 22%, must hold a whole number.
void count_of_unnamed_wholes(const CheckContext& ctx, std::size_t d, const std::vector<std::size_t>& figs,
                             std::vector<Diagnostic>& out) {
    const std::u32string_view text = ctx.text(d);
    const auto& q = ctx.corpus().extractions[d].scan.quantities;
    for (std::size_t i = 0; i + 1 < figs.size(); ++i) {
        ClaimRef part{d, figs[i]};
        const grammar::Quantity& qp = q[figs[i]];
        if (qp.kind != grammar::Kind::count || qp.value_high || qp.qualifier != grammar::Qualifier::exact) continue;
        if (qp.value.last_nonzero_place() < grammar::Decimal(1, 0)) continue;
        std::u32string_view lead = text.substr(qp.end, q[figs[i + 1]].begin - qp.end);
        // 占 right after the count: the count is the part (not 项目147个，产业项目占比…).
        if (lead.starts_with(U'，')) lead.remove_prefix(1);
        if (!lead.starts_with(U'占') || lead.size() > 8) continue;
        for (std::size_t j = i + 1; j < figs.size() && is(ctx.claim({d, figs[j]}), "share"); ++j) {
            if (j > i + 1 && q[figs[j]].begin - q[figs[j - 1]].end > 2) break;
            ClaimRef share{d, figs[j]};
            Range s = figure_range(ctx, share);
            if (s.lo <= 0 || s.hi > 100) continue;
            double n = qp.value.to_double();
            // Wholes from n ÷ s.hi to n ÷ s.lo; one of them must be an integer ≥ n.
            double lo = n * 100 / s.hi, hi = n * 100 / s.lo;
            bool holds = std::floor(hi + 1e-9) >= std::max(std::ceil(lo - 1e-9), n);
            ctx.record(kRule, {part, share}, holds);
            if (holds) continue;
            std::map<std::string, std::string> v{
                {"part", ctx.source(part)},
                {"low", format_value(lo, 2)},
                {"high", format_value(hi, 2)},
            };
            ctx.report_relation(kRule, share, {part}, v, out, "whole_number");
        }
    }
}

}  // namespace

void check_share_mismatch(const CheckContext& ctx, std::vector<Diagnostic>& out) {
    for_each_sentence(ctx, [&](std::size_t d, const std::vector<std::size_t>& figs) {
        part_of_named_whole(ctx, d, figs, out);
        rate_of_two(ctx, d, figs, out);
        count_of_unnamed_wholes(ctx, d, figs, out);
    });
}

}  // namespace claimlint
