// threshold-claim: a round claim (突破“双九百”, 突破5400亿元, 超过60%) against
// the precise figure the same document states for it.
#include "grammar/numbers.hpp"
#include "grammar/utf8.hpp"
#include "src/checks/corpus.hpp"
#include "src/checks/relation.hpp"

#include <algorithm>
#include <string_view>
#include <tuple>
#include <unordered_set>

namespace claimlint {
namespace {

const std::string kRule = "threshold-claim";

// 双九百, 双千亿: two figures named before it each pass N in their own written
// unit; they are the next two amounts of the paragraph.
void double_round(const CheckContext& ctx, std::size_t d, std::vector<Diagnostic>& out) {
    const std::u32string_view text = ctx.text(d);
    const auto& q = ctx.corpus().extractions[d].scan.quantities;
    for (std::size_t at = text.find(U'双'); at != std::u32string_view::npos; at = text.find(U'双', at + 1)) {
        const char32_t* it = text.data() + at + 1;
        auto n = grammar::parse_chinese(it, text.data() + text.size());
        if (!n || n->value < grammar::Decimal(100, 0)) continue;
        std::size_t line_end = text.find(U'\n', at);
        if (line_end == std::u32string_view::npos) line_end = text.size();
        std::vector<ClaimRef> figs;
        for (std::size_t k = 0; k < q.size() && figs.size() < 2; ++k) {
            if (q[k].begin < at || q[k].begin >= line_end) continue;
            const Claim& c = ctx.claim({d, k});
            if (q[k].kind == grammar::Kind::amount && c.measure == "level" && q[k].qualifier == grammar::Qualifier::exact) {
                figs.push_back({d, k});
            }
        }
        if (figs.size() < 2) continue;
        for (ClaimRef f : figs) {
            auto form = ctx.written_form(f);
            if (!form) continue;
            // 双九百 counts in the figures' written unit (亿元); 双千亿 carries its own scale.
            std::u32string_view numeral = text.substr(at + 1, static_cast<std::size_t>(it - text.data()) - at - 1);
            bool scaled = numeral.find_first_of(U"万亿") != std::u32string_view::npos;
            double threshold = n->value.to_double() * (scaled ? 1.0 : form->scale);
            Range r = figure_range(ctx, f);
            bool holds = r.hi > threshold;
            ctx.record(kRule, {f}, holds);
            if (holds) continue;
            std::map<std::string, std::string> v{
                {"claim", grammar::to_utf8(text.substr(at, static_cast<std::size_t>(it - text.data()) - at))},
                {"threshold", ctx.written(f, threshold)},
                {"diff", ctx.written(f, threshold - r.hi)},
            };
            ctx.report_relation(kRule, f, {}, v, out, "double");
        }
    }
}

// 突破5400亿元 and 5380亿元 for the same fact in one document.
void bound_and_figure(const CheckContext& ctx, std::vector<Diagnostic>& out) {
    std::vector<ClaimRef> refs = ctx.keyed_claims();
    std::erase_if(refs, [&](ClaimRef r) { return !ctx.in_focus(r.doc); });  // pairs of one document
    // Only a key with a bound among its figures can pair one: most keys have
    // none, and sorting them by their strings was most of this rule's time.
    std::unordered_set<std::string_view> bound_keys;
    for (ClaimRef r : refs) {
        if (is_bound(ctx.quantity(r))) bound_keys.insert(ctx.claim(r).key);
    }
    std::erase_if(refs, [&](ClaimRef r) { return !bound_keys.contains(ctx.claim(r).key); });
    std::stable_sort(refs.begin(), refs.end(), [&](ClaimRef a, ClaimRef b) {
        return std::tie(ctx.claim(a).key, a.doc) < std::tie(ctx.claim(b).key, b.doc);
    });
    for (std::size_t g = 0; g < refs.size();) {
        std::size_t end = g + 1;
        while (end < refs.size() && ctx.claim(refs[end]).key == ctx.claim(refs[g]).key && refs[end].doc == refs[g].doc) {
            ++end;
        }
        for (std::size_t i = g; i < end; ++i) {
            const grammar::Quantity& qi = ctx.quantity(refs[i]);
            if (!is_bound(qi)) continue;
            for (std::size_t j = g; j < end; ++j) {
                const grammar::Quantity& qj = ctx.quantity(refs[j]);
                if (is_bound(qj) || qj.unit != qi.unit || qj.qualifier != grammar::Qualifier::exact) continue;
                bool holds = overlaps(ctx.interval(refs[i]), ctx.interval(refs[j]));
                ctx.record(kRule, {refs[i], refs[j]}, holds);
                if (holds) continue;
                std::map<std::string, std::string> v{{"figure", ctx.source(refs[j])}};
                ctx.report_relation(kRule, refs[i], {refs[j]}, v, out);
            }
        }
        g = end;
    }
}

}  // namespace

void check_threshold_claim(const CheckContext& ctx, std::vector<Diagnostic>& out) {
    for (std::size_t d = 0; d < ctx.corpus().docs.size(); ++d) {
        if (ctx.in_focus(d)) double_round(ctx, d, out);
    }
    bound_and_figure(ctx, out);
}

}  // namespace claimlint
