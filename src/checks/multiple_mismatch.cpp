// multiple-mismatch: a multiple of last year's figure (是上年的N倍, 增长N倍)
// that this year's and last year's stated figures do not have. Without a
// stated base (是上年的近5倍 and no 上年 figure anywhere) there is no relation.
#include "src/checks/cross_context.hpp"

#include <map>

namespace claimlint {
namespace {

const std::string kRule = "multiple-mismatch";

std::string level_key(const Claim& c, const std::string& subject, const std::string& period) {
    return *c.scope + "|" + subject + "|" + period + "|level||" + *c.modality;
}

}  // namespace

// A multiple of last year's figure right after this year's level.
void gather_multiples(const CheckContext& ctx, std::size_t d, CrossFacts& facts) {
    const std::u32string_view text = ctx.text(d);
    const auto& q = ctx.corpus().extractions[d].scan.quantities;
    for (const auto& figs : ctx.sentences_of(d)) {
        for (std::size_t i = 0; i < figs.size(); ++i) {
            ClaimRef m{d, figs[i]};
            const Claim& cm = ctx.claim(m);
            if (q[m.quantity].kind != grammar::Kind::multiple || !cm.scope || !cm.subject || !cm.period ||
                !cm.modality) {
                continue;
            }
            std::size_t from = i > 0 ? q[figs[i - 1]].end : (q[m.quantity].begin > 30 ? q[m.quantity].begin - 30 : 0);
            std::u32string_view left = text.substr(from, q[m.quantity].begin - from);
            // 是上年的N倍 (a ratio) or 比上年增长N倍 (a growth); the base must be last year.
            if (!has_any(left, {U"上年", U"去年"})) continue;
            bool ratio = has_any(left, {U"是", U"为", U"相当于"});
            bool growth = !ratio && has_any(left, {U"增长", U"增加", U"提高", U"扩大"});
            if (!ratio && !growth) continue;
            // This year's figure: the level just before in the sentence.
            if (i == 0) continue;
            ClaimRef p{d, figs[i - 1]};
            const Claim& cp = ctx.claim(p);
            if (cp.measure == "level" && q[p.quantity].unit != "%" && cp.subject && cp.period == cm.period &&
                same_thing(*cp.subject, *cm.subject)) {
                facts.multiples.push_back({facts.record_of(ctx, m), facts.record_of(ctx, p), ratio});
            }
        }
    }
}

std::string base_key(const Claim& now) { return level_key(now, *now.subject, year_before(*now.period)); }

void check_multiple_mismatch(const CrossContext& ctx, const CrossFacts& facts, std::vector<RecordFinding>& out) {
    // The first claim of a level key in this unit (level keys hold levels only).
    auto first = [&](const std::string& key, std::string_view unit) -> std::optional<std::size_t> {
        for (std::size_t r : ctx.with_key(key)) {
            if (ctx.quantity(r).unit == unit) return r;
        }
        return std::nullopt;
    };
    const std::string& convention = ctx.config().growth_times;
    for (const MultiplePair& p : facts.multiples) {
        auto base = first(base_key(ctx.claim(p.now)), ctx.quantity(p.now).unit);
        if (!base) continue;
        Range implied = ctx.figure_range(p.now) / ctx.figure_range(*base);
        Range stated = ctx.figure_range(p.multiple);
        Range standard = stated + Range::point(1);
        bool holds = p.ratio ? intersects(implied, stated)
                     : convention == "standard" ? intersects(implied, standard)
                     : convention == "loose"    ? intersects(implied, stated)
                                                : intersects(implied, standard) || intersects(implied, stated);
        ctx.relate(kRule, {p.multiple, p.now, *base}, holds);
        if (holds) continue;
        double factor = p.ratio || convention == "loose" ? stated.mid() : standard.mid();
        Range b = ctx.figure_range(*base), n = ctx.figure_range(p.now);
        std::map<std::string, std::string> v{
            {"now", ctx.record(p.now).text},
            {"base", ctx.record(*base).text},
            {"implied", format_value(implied.mid(), 2)},
            {"expected", format_value(p.ratio || convention == "loose" ? implied.mid() : implied.mid() - 1, 2)},
            {"repair_now", ctx.written(p.now, b.mid() * factor)},
            {"repair_base", factor > 0 ? ctx.written(*base, n.mid() / factor) : "—"},
        };
        ctx.report_relation(kRule, p.multiple, {p.now, *base}, v, out, p.ratio ? "" : "growth");
    }
}

}  // namespace claimlint
