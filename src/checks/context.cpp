// The shared services of the checks: intervals with the configured
// tolerances, publication order, message fields, and reporting.
#include "grammar/interval.hpp"
#include "src/checks/corpus.hpp"
#include "src/fingerprint.hpp"
#include "src/suppressions.hpp"

#include <algorithm>
#include <tuple>

namespace claimlint {
namespace {

std::string measure_label(const std::string& m, bool zh) {
    static const std::map<std::string, std::pair<const char*, const char*>> labels = {
        {"level", {"数值", "level"}},         {"change", {"增减量", "absolute change"}},
        {"growth", {"增速", "growth"}},       {"pp_change", {"百分点变化", "change in percentage points"}},
        {"share", {"占比", "share"}},         {"multiple", {"倍数", "multiple"}},
        {"rank", {"位次", "rank"}},
    };
    auto it = labels.find(m);
    if (it == labels.end()) return m;
    return zh ? it->second.first : it->second.second;
}

}  // namespace

CheckContext::CheckContext(const Corpus& corpus, const Config& config, std::string lang)
    : corpus_(corpus), config_(config), lang_(std::move(lang)) {
    for (std::size_t d = 0; d < corpus.extractions.size(); ++d) {
        const auto& claims = corpus.extractions[d].claims;
        for (std::size_t q = 0; q < claims.size(); ++q) {
            if (!claims[q].key.empty()) keyed_.push_back({d, q});
        }
    }
    std::stable_sort(keyed_.begin(), keyed_.end(), [&](ClaimRef a, ClaimRef b) { return earlier(a, b); });
}

grammar::Interval CheckContext::interval(ClaimRef r) const {
    const grammar::Quantity& q = quantity(r);
    if (config_.about_percent == 5 && config_.nearly_percent == 10) return q.interval;
    grammar::Tolerances tol{config_.about_percent, config_.nearly_percent};
    return grammar::interval_for(q.value, q.place, q.value_high, q.qualifier, q.kind, q.inclusive_bound, tol);
}

bool CheckContext::earlier(ClaimRef a, ClaimRef b) const {
    const auto& fa = corpus_.extractions[a.doc].facts;
    const auto& fb = corpus_.extractions[b.doc].facts;
    auto key = [&](ClaimRef r, const DocumentFacts& f) {
        return std::tuple(f.date.value_or(""), corpus_.docs[r.doc]->path(), quantity(r).begin);
    };
    return key(a, fa) < key(b, fb);
}

std::size_t CheckContext::sentence(ClaimRef r) const {
    const auto& starts = corpus_.extractions[r.doc].sentence_starts;
    return static_cast<std::size_t>(std::upper_bound(starts.begin(), starts.end(), quantity(r).begin) - starts.begin());
}

Location CheckContext::location(ClaimRef r) const {
    const grammar::Quantity& q = quantity(r);
    return Location{&doc(r), q.begin, q.end};
}

std::map<std::string, std::string> CheckContext::fields(ClaimRef r, const std::string& prefix) const {
    const Claim& c = claim(r);
    const grammar::Quantity& q = quantity(r);
    const Document& d = doc(r);
    bool zh = lang_ != "en";
    return {
        {prefix + "value", std::string(d.source(q.begin, q.end))},
        {prefix + "scope", c.scope.value_or("?")},
        {prefix + "subject", c.subject.value_or("?")},
        {prefix + "period", c.period.value_or("?")},
        {prefix + "measure", measure_label(c.measure.value_or("?"), zh)},
        {prefix + "unit", q.unit.empty() ? "—" : q.unit},
        {prefix + "file", d.path()},
        {prefix + "line", std::to_string(d.position(q.begin).line)},
    };
}

void CheckContext::report(const std::string& rule_id, ClaimRef at, ClaimRef other, std::vector<Diagnostic>& out) const {
    const RuleInfo* rule = find_rule(rule_id);
    if (!rule || !config_.rule_enabled(*rule)) return;
    auto values = fields(at);
    values.merge(fields(other, "other_"));
    std::string suffix = lang_ == "en" ? "en" : "zh";
    Diagnostic d;
    d.rule = rule_id;
    d.severity = config_.rule_severity(*rule);
    d.message = render(rule->messages.at(suffix), values);
    d.location = location(at);
    auto note_values = fields(other);
    d.related.push_back({location(other), render(rule->messages.at("note_" + suffix), note_values)});
    out.push_back(std::move(d));
}

std::vector<Diagnostic> run_checks(const Corpus& corpus, const Config& config, const std::string& lang) {
    CheckContext ctx(corpus, config, lang);
    std::vector<Diagnostic> out;
    check_key_conflicts(ctx, out);
    check_context_differs(ctx, out);
    assign_fingerprints(corpus, out);
    apply_suppressions(corpus, config, lang, out);
    std::stable_sort(out.begin(), out.end(), [](const Diagnostic& a, const Diagnostic& b) {
        return std::tuple(a.location.doc->path(), a.location.begin, a.rule) <
               std::tuple(b.location.doc->path(), b.location.begin, b.rule);
    });
    return out;
}

}  // namespace claimlint
