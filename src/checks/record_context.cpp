// The shared services of the claim-key rules, and the helpers CheckContext
// uses too (intervals, message fields and texts).
#include "src/checks/record_context.hpp"
#include "src/checks/string_ranks.hpp"
#include "src/parallel_extract.hpp"

#include "grammar/interval.hpp"

#include <algorithm>
#include <iterator>
#include <unordered_map>

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
        {prefix + "unit", q.unit.empty() ? "—" : std::string(q.unit)},
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
                             const std::vector<bool>* compared, unsigned jobs)
    : records_(records), config_(config), zh_(lang != "en"), jobs_(jobs) {
    for (std::size_t i = 0; i < records.size(); ++i) {
        if (!records[i].claim().key.empty() && (!compared || (*compared)[i])) order_.push_back(i);
    }
    // Publication order (earlier()), with each document's date and file
    // compared as strings once per document, not per record: a document's
    // records are next to each other and share their origin.
    std::vector<std::size_t> heads;  // where each run of one document's records starts
    for (std::size_t p = 0; p < order_.size(); ++p) {
        if (p == 0 || !records[order_[p]].shares_origin(records[order_[p - 1]])) heads.push_back(p);
    }
    auto doc = string_ranks(heads, [&](std::size_t p) {
        const ClaimRecord& r = records[order_[p]];
        return std::pair<std::string_view, std::string_view>(r.date(), r.file());
    });
    order_ = in_publication_order(heads, doc);
    group_by_key();
    number_files();
}

void RecordContext::number_files() {
    // A document's records share their origin: its file is hashed once.
    file_id_.resize(records_.size());
    std::unordered_map<std::string_view, std::uint32_t> ids;
    for (std::size_t i = 0; i < records_.size(); ++i) {
        if (i > 0 && records_[i].shares_origin(records_[i - 1])) {
            file_id_[i] = file_id_[i - 1];
            continue;
        }
        file_id_[i] = ids.try_emplace(records_[i].file(), static_cast<std::uint32_t>(ids.size())).first->second;
    }
}

std::vector<std::size_t> RecordContext::in_publication_order(const std::vector<std::size_t>& heads,
                                                            const std::vector<std::uint32_t>& doc) const {
    // Sorted by (document, start byte, index), without sorting every record:
    // the runs of records are put in the order of their documents, and only
    // a document whose records are not in order already (several runs, or
    // figures recorded out of place) is sorted, by start byte, the index
    // breaking ties as a stable sort would.
    std::vector<std::uint32_t> runs(heads.size());
    for (std::uint32_t h = 0; h < runs.size(); ++h) runs[h] = h;
    std::stable_sort(runs.begin(), runs.end(), [&](std::uint32_t a, std::uint32_t b) { return doc[a] < doc[b]; });
    auto run_end = [&](std::size_t h) { return h + 1 < heads.size() ? heads[h + 1] : order_.size(); };
    auto by_position = [&](std::size_t a, std::size_t b) {
        return std::pair(records_[a].start_byte, a) < std::pair(records_[b].start_byte, b);
    };
    std::vector<std::size_t> sorted;
    sorted.reserve(order_.size());
    for (std::size_t k = 0; k < runs.size();) {
        const auto from = static_cast<std::ptrdiff_t>(sorted.size());
        std::size_t next = k;
        for (; next < runs.size() && doc[runs[next]] == doc[runs[k]]; ++next) {
            sorted.insert(sorted.end(), order_.begin() + static_cast<std::ptrdiff_t>(heads[runs[next]]),
                          order_.begin() + static_cast<std::ptrdiff_t>(run_end(runs[next])));
        }
        auto first = sorted.begin() + from;
        if (!std::is_sorted(first, sorted.end(), by_position)) std::sort(first, sorted.end(), by_position);
        k = next;
    }
    return sorted;
}

void RecordContext::group_by_key() {
    // The records `check` pooled carry a number of their key, and are told
    // apart by it without hashing; the others (an archive's, reconcile's)
    // are hashed, and then each pooled key too, once, to meet theirs.
    constexpr std::uint32_t kNone = UINT32_MAX;
    const bool all_pooled = std::all_of(order_.begin(), order_.end(), [&](std::size_t i) {
        return records_[i].key_id != ClaimRecord::kUnpooled;
    });
    std::vector<std::uint32_t> slot_of_id;
    std::unordered_map<std::string_view, std::uint32_t> slot_of_key;
    std::vector<std::string_view> keys;  // by slot, in order of first use
    std::vector<std::uint32_t> slot(order_.size());
    for (std::size_t p = 0; p < order_.size(); ++p) {
        const ClaimRecord& r = records_[order_[p]];
        const auto next = static_cast<std::uint32_t>(keys.size());
        std::uint32_t* known = nullptr;
        if (r.key_id != ClaimRecord::kUnpooled) {
            if (r.key_id >= slot_of_id.size()) slot_of_id.resize(std::size_t(r.key_id) + 1, kNone);
            known = &slot_of_id[r.key_id];
            if (*known == kNone && all_pooled) {
                *known = next;
                keys.push_back(r.claim().key);
            }
            if (*known != kNone) {
                slot[p] = *known;
                continue;
            }
        }
        auto [it, added] = slot_of_key.try_emplace(r.claim().key, next);
        if (added) keys.push_back(it->first);
        slot[p] = it->second;
        if (known) *known = it->second;
    }
    // Groups in the order of their keys; a counting sort keeps publication
    // order inside each.
    std::vector<std::uint32_t> group = sorted_ranks(keys);
    keys_.resize(keys.size());
    for (std::size_t k = 0; k < keys.size(); ++k) keys_[group[k]] = keys[k];
    group_start_.assign(keys.size() + 1, 0);
    for (std::uint32_t k : slot) ++group_start_[group[k] + 1];
    for (std::size_t g = 1; g < group_start_.size(); ++g) group_start_[g] += group_start_[g - 1];
    by_key_.resize(order_.size());
    std::vector<std::size_t> next(group_start_.begin(), group_start_.end() - 1);
    for (std::size_t p = 0; p < order_.size(); ++p) by_key_[next[group[slot[p]]]++] = order_[p];
}

std::span<const std::size_t> RecordContext::key_group(std::size_t g) const {
    return std::span(by_key_).subspan(group_start_[g], group_start_[g + 1] - group_start_[g]);
}

std::span<const std::size_t> RecordContext::with_key(std::string_view key) const {
    auto it = std::lower_bound(keys_.begin(), keys_.end(), key);
    if (it == keys_.end() || *it != key) return {};
    return key_group(static_cast<std::size_t>(it - keys_.begin()));
}

void RecordContext::for_each_key_group(const GroupCheck& check, std::vector<RecordFinding>& out) const {
    // Runs of consecutive groups, a few per thread so that a large group
    // does not leave the other threads idle.
    const std::size_t groups = group_start_.size() - 1;
    const std::size_t per_run = std::max<std::size_t>(1, by_key_.size() / (std::size_t(effective_jobs(jobs_)) * 8));
    std::vector<std::size_t> bounds{0};
    for (std::size_t g = 1; g <= groups; ++g) {
        if (g == groups || group_start_[g] - group_start_[bounds.back()] >= per_run) bounds.push_back(g);
    }
    std::vector<std::vector<RecordFinding>> found(bounds.size() - 1);
    for_each_in_order(
        found.size(), jobs_,
        [&](std::size_t run) {
            for (std::size_t g = bounds[run]; g < bounds[run + 1]; ++g) check(key_group(g), found[run]);
        },
        [&](std::size_t run) {
            std::move(found[run].begin(), found[run].end(), std::back_inserter(out));
            found[run] = {};
        });
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

void run_record_checks(const RecordContext& ctx, std::vector<RecordFinding>& out) {
    check_key_conflicts(ctx, out);
    check_context_differs(ctx, out);
    check_target_vs_actual(ctx, out);
}

std::vector<RecordFinding> run_record_checks(const std::vector<ClaimRecord>& records, const Config& config,
                                             const std::string& lang) {
    std::vector<RecordFinding> out;
    run_record_checks(RecordContext(records, config, lang), out);
    return out;
}

}  // namespace claimlint
