// The shared services of the checks: intervals with the configured
// tolerances, publication order, message fields, and reporting.
#include "grammar/interval.hpp"
#include "grammar/utf8.hpp"
#include "src/checks/corpus.hpp"
#include "src/checks/cross_context.hpp"
#include "src/checks/record_diagnostics.hpp"
#include "src/claims_io.hpp"
#include "src/checks/relation.hpp"
#include "src/checks/string_ranks.hpp"
#include "src/fingerprint.hpp"
#include "src/place.hpp"
#include "src/suppressions.hpp"

#include <algorithm>
#include <unordered_set>
#include <string_view>
#include <tuple>

namespace claimlint {

CheckContext::CheckContext(const Corpus& corpus, const Config& config, std::string lang,
                           const std::vector<bool>* focus)
    : corpus_(corpus), config_(config), lang_(std::move(lang)) {
    const std::size_t n = corpus.extractions.size();
    if (focus && focus->size() == n) focus_ = *focus;
    // Documents in publication order (date, then path).
    std::vector<std::size_t> order(n);
    for (std::size_t d = 0; d < n; ++d) order[d] = d;
    std::sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
        const std::string& da = corpus.extractions[a].facts.date ? *corpus.extractions[a].facts.date : std::string();
        const std::string& db = corpus.extractions[b].facts.date ? *corpus.extractions[b].facts.date : std::string();
        if (da != db) return da < db;
        return corpus.docs[a]->path() != corpus.docs[b]->path() ? corpus.docs[a]->path() < corpus.docs[b]->path()
                                                                : a < b;
    });

    std::unordered_set<std::string_view> subjects;  // stated by a focus document
    for (std::size_t d = 0; d < n && !focus_.empty(); ++d) {
        if (!focus_[d]) continue;
        for (const Claim& c : corpus.extractions[d].claims) {
            if (!c.key.empty() && c.subject) subjects.insert(*c.subject);
        }
    }
    // Documents in publication order, figures in text order: keyed_ comes out sorted.
    for (std::size_t d : order) {
        const auto& claims = corpus.extractions[d].claims;
        for (std::size_t q = 0; q < claims.size(); ++q) {
            if (claims[q].key.empty()) continue;
            if (!focus_.empty() && !subjects.count(*claims[q].subject)) continue;
            keyed_.push_back({d, q});
        }
    }
    sentences_.resize(n);
    for (std::size_t d = 0; d < n; ++d) {
        if (!in_focus(d)) continue;
        std::size_t last = std::size_t(-1);
        for (std::size_t q = 0; q < corpus.extractions[d].claims.size(); ++q) {
            std::size_t s = sentence({d, q});
            if (s != last) sentences_[d].emplace_back();
            sentences_[d].back().push_back(q);
            last = s;
        }
    }
}

std::u32string_view CheckContext::text(std::size_t doc) const { return corpus_.docs[doc]->normalised(); }

std::string CheckContext::source(ClaimRef r) const {
    const grammar::Quantity& q = quantity(r);
    return std::string(doc(r).source(q.begin, q.end));
}

std::optional<WrittenForm> CheckContext::written_form(ClaimRef r) const {
    const grammar::Quantity& q = quantity(r);
    return claimlint::written_form(q, text(r.doc).substr(q.begin, q.end - q.begin));
}

std::string CheckContext::written(ClaimRef like, double value) const {
    return claimlint::written(quantity(like), written_form(like), value);
}

void CheckContext::record(const std::string& rule, std::vector<ClaimRef> figures, bool holds) const {
    relations_.push_back({rule, std::move(figures), holds});
}

void CheckContext::report_relation(const std::string& rule_id, ClaimRef at, const std::vector<ClaimRef>& others,
                                   std::map<std::string, std::string> values, std::vector<Diagnostic>& out,
                                   const std::string& variant) const {
    if (!enabled(rule_id)) return;
    values.merge(fields(at));
    Diagnostic d;
    d.rule = rule_id;
    d.severity = config_.rule_severity(*find_rule(rule_id));
    d.message = text(rule_id, variant.empty() ? "message" : variant, values);
    d.location = location(at);
    for (ClaimRef o : others) d.related.push_back({location(o), text(rule_id, "note", fields(o))});
    out.push_back(std::move(d));
}

grammar::Interval CheckContext::interval(ClaimRef r) const { return configured_interval(config_, quantity(r)); }

std::size_t CheckContext::sentence(ClaimRef r) const {
    const auto& starts = corpus_.extractions[r.doc].sentence_starts;
    return static_cast<std::size_t>(std::upper_bound(starts.begin(), starts.end(), quantity(r).begin) - starts.begin());
}

Location CheckContext::location(ClaimRef r) const {
    const grammar::Quantity& q = quantity(r);
    return Location{&doc(r), q.begin, q.end};
}

std::map<std::string, std::string> CheckContext::fields(ClaimRef r, const std::string& prefix) const {
    const grammar::Quantity& q = quantity(r);
    const Document& d = doc(r);
    return claim_fields(claim(r), q, std::string(d.source(q.begin, q.end)), d.path(), d.position(q.begin).line, prefix,
                        zh());
}

ClaimRecord CheckContext::record(ClaimRef r, const ClaimRecord* like) const {
    return claim_record(doc(r), corpus_.extractions[r.doc], r.quantity, like);
}

bool CheckContext::enabled(const std::string& rule_id) const {
    const RuleInfo* rule = find_rule(rule_id);
    return rule && config_.rule_enabled(*rule);
}

std::string CheckContext::text(const std::string& rule_id, const std::string& key,
                               const std::map<std::string, std::string>& values) const {
    return rule_text(rule_id, key, values, zh());
}

void CheckContext::report(const std::string& rule_id, ClaimRef at, ClaimRef other, std::vector<Diagnostic>& out,
                          const std::map<std::string, std::string>& extra) const {
    if (!enabled(rule_id)) return;
    auto values = fields(at);
    values.merge(fields(other, "other_"));
    for (const auto& [k, v] : extra) values[k] = v;
    Diagnostic d;
    d.rule = rule_id;
    d.severity = config_.rule_severity(*find_rule(rule_id));
    d.message = text(rule_id, "message", values);
    d.location = location(at);
    auto note_values = fields(other);
    for (const auto& [k, v] : extra) note_values[k] = v;
    d.related.push_back({location(other), text(rule_id, "note", note_values)});
    out.push_back(std::move(d));
}

void CheckContext::report_at(const std::string& rule_id, Location at, const std::map<std::string, std::string>& values,
                             std::vector<Diagnostic>& out) const {
    if (!enabled(rule_id)) return;
    Diagnostic d;
    d.rule = rule_id;
    d.severity = config_.rule_severity(*find_rule(rule_id));
    d.message = text(rule_id, "message", values);
    d.location = at;
    out.push_back(std::move(d));
}

void run_document_rules(const CheckContext& ctx, std::vector<Diagnostic>& out) {
    check_share_mismatch(ctx, out);
    check_growth_mismatch(ctx, out);
    check_sum_exceeds_total(ctx, out);
    check_threshold_claim(ctx, out);
    check_number_style(ctx, out);
}

std::vector<Diagnostic> run_checks(const Corpus& corpus, const Config& config, const std::string& lang,
                                   std::vector<Relation>* relations, const ArchiveClaims* archive,
                                   const std::vector<bool>* focus) {
    CheckContext ctx(corpus, config, lang, focus);
    // The same rules as `check` runs document by document, on the same facts.
    CrossFacts facts;
    for (std::size_t d = 0; d < corpus.docs.size(); ++d) gather_document(ctx, d, ctx.in_focus(d), facts);
    // With a focus and only the same-key rules on, claims of keys no focus
    // document states cannot take part, but those the focus documents'
    // sentence-level facts look up: only these get records.
    bool same_key_only = !ctx.enabled("period-differs") && !ctx.enabled("scope-differs") &&
                         !ctx.enabled("target-vs-actual");
    std::unordered_set<std::string_view> focus_keys, needed;
    std::vector<std::string> looked_up;
    const bool narrow = focus && same_key_only;
    if (narrow) {
        for (ClaimRef r : ctx.keyed_claims()) {
            if (ctx.in_focus(r.doc)) focus_keys.insert(ctx.claim(r).key);
        }
        for (const PointsPair& p : facts.points) {
            for (std::string& k : other_rate_keys(p, facts.records[p.rate].claim())) looked_up.push_back(std::move(k));
        }
        for (const MultiplePair& m : facts.multiples) looked_up.push_back(base_key(facts.records[m.now].claim()));
        needed = focus_keys;
        needed.insert(looked_up.begin(), looked_up.end());
    }
    gather_keyed(ctx, facts, narrow ? &needed : nullptr);
    std::optional<std::vector<bool>> compared;
    if (narrow) {
        compared.emplace();
        for (ClaimRef r : facts.refs) compared->push_back(focus_keys.count(ctx.claim(r).key) != 0);
    }
    const std::size_t gathered = facts.records.size();
    std::vector<RecordRelation> cross;
    std::vector<Diagnostic> out = run_cross_checks(
        facts, config, lang, archive ? &archive->records : nullptr, compared ? &*compared : nullptr,
        [&](std::size_t i) {
            return i < gathered ? ctx.location(facts.refs[i]) : archive->sources->locate(facts.records[i]);
        },
        relations ? &cross : nullptr);
    run_document_rules(ctx, out);
    if (relations) {
        *relations = ctx.relations();
        for (const RecordRelation& r : cross) {
            Relation rel{r.rule, {}, r.holds};
            for (std::size_t i : r.figures) rel.figures.push_back(facts.refs[i]);
            relations->push_back(std::move(rel));
        }
    }
    assign_fingerprints(corpus, out);
    apply_suppressions(corpus, config, lang, out);
    sort_diagnostics(out);
    return out;
}

void sort_diagnostics(std::vector<Diagnostic>& diags) {
    // Millions of findings: each one's file and rule become ranks (hashed
    // once, only the distinct strings compared), the sort moves small keys
    // whose index breaks ties as a stable sort would, and each finding is
    // moved once, to its place.
    auto path_rank = string_ranks(diags, [](const Diagnostic& d) { return std::string_view(path_of(d.location)); });
    auto rule_rank = string_ranks(diags, [](const Diagnostic& d) { return std::string_view(d.rule); });
    std::vector<std::tuple<std::uint32_t, std::size_t, std::uint32_t, std::size_t>> keys(diags.size());
    for (std::size_t i = 0; i < diags.size(); ++i) keys[i] = {path_rank[i], diags[i].location.begin, rule_rank[i], i};
    std::sort(keys.begin(), keys.end());
    std::vector<Diagnostic> sorted;
    sorted.reserve(diags.size());
    for (const auto& key : keys) sorted.push_back(std::move(diags[std::get<3>(key)]));
    diags = std::move(sorted);
}

}  // namespace claimlint
