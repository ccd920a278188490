// The shared services of the claim-key rules, and the helpers CheckContext
// uses too (intervals, message fields and texts).
#include "src/checks/record_context.hpp"
#include "src/checks/string_ranks.hpp"

#include "grammar/interval.hpp"

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

grammar::Interval configured_interval(const Config& config, const grammar::Quantity& q) {
    if (config.about_percent == 5 && config.nearly_percent == 10) return q.interval;
    grammar::Tolerances tol{config.about_percent, config.nearly_percent};
    return grammar::interval_for(q.value, q.place, q.value_high, q.qualifier, q.kind, q.inclusive_bound, tol);
}

std::map<std::string, std::string> claim_fields(const Claim& c, const grammar::Quantity& q, const std::string& source,
                                                const std::string& file, std::size_t line, const std::string& prefix,
                                                bool zh) {
    return {
        {prefix + "value", source},
        {prefix + "scope", c.scope.value_or("?")},
        {prefix + "subject", c.subject.value_or("?")},
        {prefix + "period", c.period.value_or("?")},
        {prefix + "measure", measure_label(c.measure.value_or("?"), zh)},
        {prefix + "unit", q.unit.empty() ? "—" : q.unit},
        {prefix + "file", file},
        {prefix + "line", std::to_string(line)},
    };
}

std::string rule_text(const std::string& rule, const std::string& key, const std::map<std::string, std::string>& values,
                      bool zh) {
    std::string suffix = zh ? "zh" : "en";
    return render(find_rule(rule)->messages.at(key == "message" ? suffix : key + "_" + suffix), values);
}

bool is_record_rule(const std::string& rule) {
    for (const char* r : {"cross-document-mismatch", "within-document-mismatch", "unit-mismatch", "period-differs",
                          "scope-differs", "target-vs-actual"}) {
        if (rule == r) return true;
    }
    return false;
}

RecordContext::RecordContext(const std::vector<ClaimRecord>& records, const Config& config, std::string lang,
                             const std::vector<bool>* compared)
    : records_(records), config_(config), zh_(lang != "en") {
    for (std::size_t i = 0; i < records.size(); ++i) {
        if (!records[i].claim().key.empty() && (!compared || (*compared)[i])) order_.push_back(i);
    }
    // Publication order (earlier()), with each document's date and file
    // compared as strings once per distinct document, not per comparison.
    auto doc = string_ranks(order_, [&](std::size_t i) {
        return std::pair<std::string_view, std::string_view>(records[i].date(), records[i].file());
    });
    std::vector<std::tuple<std::uint32_t, std::uint32_t, std::size_t>> keyed(order_.size());
    for (std::size_t p = 0; p < order_.size(); ++p) keyed[p] = {doc[p], records[order_[p]].start_byte, order_[p]};
    std::sort(keyed.begin(), keyed.end());  // the index breaks ties as a stable sort would
    for (std::size_t p = 0; p < keyed.size(); ++p) order_[p] = std::get<2>(keyed[p]);
}

bool RecordContext::enabled(const std::string& rule_id) const {
    const RuleInfo* rule = find_rule(rule_id);
    return rule && config_.rule_enabled(*rule);
}

std::map<std::string, std::string> RecordContext::fields(std::size_t i, const std::string& prefix) const {
    const ClaimRecord& r = records_[i];
    return claim_fields(r.claim(), r.quantity(), r.text, r.file(), r.line, prefix, zh_);
}

void RecordContext::report(const std::string& rule_id, std::size_t at, std::size_t other,
                           std::vector<RecordFinding>& out, const std::map<std::string, std::string>& extra) const {
    if (!enabled(rule_id)) return;
    auto values = fields(at);
    values.merge(fields(other, "other_"));
    for (const auto& [k, v] : extra) values[k] = v;
    RecordFinding f;
    f.rule = rule_id;
    f.severity = config_.rule_severity(*find_rule(rule_id));
    f.message = text(rule_id, "message", values);
    f.at = at;
    auto note_values = fields(other);
    for (const auto& [k, v] : extra) note_values[k] = v;
    f.related.emplace_back(other, text(rule_id, "note", note_values));
    out.push_back(std::move(f));
}

std::vector<RecordFinding> run_record_checks(const std::vector<ClaimRecord>& records, const Config& config,
                                             const std::string& lang, const std::vector<bool>* compared) {
    RecordContext ctx(records, config, lang, compared);
    std::vector<RecordFinding> out;
    check_key_conflicts(ctx, out);
    check_context_differs(ctx, out);
    check_target_vs_actual(ctx, out);
    return out;
}

}  // namespace claimlint
