// Hover: what claimlint understood a figure to state, and where else the
// workspace states the same claim. The check context supplies the intervals
// (with the configured tolerances) so that the hover and the rules agree.
#include "src/lsp/features.hpp"

#include <sstream>

namespace claimlint::lsp {

using nlohmann::json;

namespace {

struct Labels {
    const char *subject, *scope, *period, *measure, *direction, *modality, *interval, *unset, *incomplete, *elsewhere,
        *disjoint, *overlapping;
};

const Labels& labels(const std::string& lang) {
    static const Labels zh{"主体", "范围", "时期", "度量", "方向", "情态", "区间", "—",
                           "未与其他数字比较：主张不完整", "相同主张的其他表述", "区间不重叠", "区间重叠"};
    static const Labels en{"subject", "scope", "period", "measure", "direction", "modality", "interval", "—",
                           "not compared: the claim is incomplete", "The same claim elsewhere", "intervals disjoint",
                           "intervals overlap"};
    return lang == "en" ? en : zh;
}

}  // namespace

json hover(const Workspace& ws, std::size_t slot, LspPosition pos, const FeatureOptions& opts) {
    const Extraction& ex = ws.corpus().extractions[slot];
    std::size_t cp = code_point_at(ws, slot, pos, opts.encoding);
    std::optional<std::size_t> index;
    for (std::size_t i = 0; i < ex.scan.quantities.size(); ++i) {
        const grammar::Quantity& q = ex.scan.quantities[i];
        if (q.begin <= cp && cp < q.end) index = i;
        if (q.begin > cp) break;
    }
    if (!index) return nullptr;

    CheckContext ctx(ws.corpus(), ws.config(), opts.lang);
    const ClaimRef at{slot, *index};
    const Claim& c = ctx.claim(at);
    const grammar::Quantity& q = ctx.quantity(at);
    const Labels& l = labels(opts.lang);
    auto field = [&](const char* label, const std::optional<std::string>& v) {
        return std::string("| ") + label + " | " + (v && !v->empty() ? *v : l.unset) + " |\n";
    };
    std::ostringstream md;
    md << "**" << ctx.source(at) << "** · claimlint\n\n| | |\n|---|---|\n"
       << field(l.subject, c.subject) << field(l.scope, c.scope) << field(l.period, c.period)
       << field(l.measure, c.measure) << field(l.direction, c.direction) << field(l.modality, c.modality)
       << field(l.interval, ctx.interval(at).to_string() + (q.unit.empty() ? "" : std::string(" ").append(q.unit)));
    if (c.key.empty()) {
        md << "\n" << l.incomplete << "\n";
    } else {
        bool first = true;
        for (ClaimRef other : ctx.keyed_claims()) {
            if (other == at || ctx.claim(other).key != c.key) continue;
            if (first) md << "\n" << l.elsewhere << ":\n\n";
            first = false;
            const Document& od = ctx.doc(other);
            md << "- " << od.path() << ":" << od.position(ctx.quantity(other).begin).line << " **"
               << ctx.source(other) << "** " << ctx.interval(other).to_string() << " — "
               << (grammar::overlaps(ctx.interval(at), ctx.interval(other)) ? l.overlapping : l.disjoint) << "\n";
        }
    }
    return {{"contents", {{"kind", "markdown"}, {"value", md.str()}}},
            {"range", lsp_range(ws, slot, q.begin, q.end, opts.encoding)}};
}

}  // namespace claimlint::lsp
