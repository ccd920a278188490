#include "src/checks/cross_context.hpp"

#include "src/checks/record_diagnostics.hpp"
#include "src/parallel_extract.hpp"

#include <algorithm>
#include <iterator>
#include <set>

namespace claimlint {

CrossContext::CrossContext(const std::vector<ClaimRecord>& records, const Config& config, const std::string& lang,
                           Locator locate, unsigned jobs)
    : RecordContext(records, config, lang, nullptr, jobs), locate_(std::move(locate)) {}

std::string CrossContext::written(std::size_t like, double value) const {
    Location l = locate_(like);
    std::u32string_view figure = l.doc->normalised().substr(l.begin, l.end - l.begin);
    return claimlint::written(quantity(like), written_form(quantity(like), figure), value);
}

void CrossContext::report_relation(const std::string& rule_id, std::size_t at, const std::vector<std::size_t>& others,
                                   std::map<std::string, std::string> values, std::vector<RecordFinding>& out,
                                   const std::string& variant) const {
    if (!enabled(rule_id)) return;
    values.merge(fields(at));
    RecordFinding f;
    f.rule = rule_id;
    f.severity = config().rule_severity(*find_rule(rule_id));
    f.message = text(rule_id, variant.empty() ? "message" : variant, values);
    f.at = at;
    for (std::size_t o : others) f.related.emplace_back(o, text(rule_id, "note", fields(o)));
    out.push_back(std::move(f));
}

namespace {

// The claim-key rules put a finding on the later of two figures. When that
// one's document is not reported (archived, or only compared with) and the
// earlier one's is, the finding is made again from the earlier figure: a
// draft hears of every published figure it contradicts, whether published
// before it or after (a draft dated earlier, or named after the archive's
// files on the same date, heard of none). One per figure and rule, and none
// where the figure has one of that rule already.
void reanchor(const RecordContext& ctx, std::vector<RecordFinding>& findings, const ReportedRecord& reported) {
    std::set<std::pair<std::string, std::size_t>> held;
    for (const RecordFinding& f : findings) {
        if (reported(f.at)) held.emplace(f.rule, f.at);
    }
    std::vector<RecordFinding> moved;
    for (const RecordFinding& f : findings) {
        if (reported(f.at) || f.related.size() != 1 || !find_rule(f.rule)->either_way) continue;
        const std::size_t other = f.related[0].first;
        if (reported(other) && held.emplace(f.rule, other).second) ctx.report(f.rule, other, f.at, moved);
    }
    findings.insert(findings.end(), std::make_move_iterator(moved.begin()), std::make_move_iterator(moved.end()));
}

}  // namespace

std::vector<Diagnostic> run_cross_checks(CrossFacts& facts, const Config& config, const std::string& lang,
                                         const std::vector<ClaimRecord>* archive, const std::vector<bool>* compared,
                                         const Locator& locate, std::vector<RecordRelation>* relations,
                                         unsigned jobs,
                                         const std::function<void(const std::vector<std::size_t>&)>& will_locate,
                                         const ReportedRecord& reported) {
    std::vector<RecordFinding> findings;
    const std::size_t gathered = facts.records.size();
    // Which records' findings are reported; the archive's never are.
    const ReportedRecord is_reported = [&](std::size_t i) { return i < gathered && (!reported || reported(i)); };
    {
        // Gone before the findings are located, which reads documents.
        CrossContext ctx(facts.records, config, lang, locate, jobs);
        check_percentage_point_mismatch(ctx, facts, findings);
        check_multiple_mismatch(ctx, facts, findings);
        check_rank_mismatch(ctx, facts, findings);
        check_streak_mismatch(ctx, facts, findings);
        if (relations) *relations = ctx.relations();
        if (!archive && !compared) {
            run_record_checks(ctx, findings);  // the same records: one context
            if (reported) reanchor(ctx, findings, is_reported);
        }
    }
    if (archive || compared) {
        // The claim-key rules also compare with the archive's records.
        std::vector<bool> mask;
        if (compared) mask = *compared;
        if (archive) {
            facts.records.insert(facts.records.end(), archive->begin(), archive->end());
            if (compared) mask.resize(facts.records.size(), true);
        }
        std::vector<RecordFinding> all;
        const RecordContext keyed(facts.records, config, lang, compared ? &mask : nullptr, jobs);
        run_record_checks(keyed, all);
        reanchor(keyed, all, is_reported);
        for (RecordFinding& f : all) {
            if (f.at < gathered) findings.push_back(std::move(f));  // in the archive: compared with, not reported
        }
    }
    if (will_locate) {
        std::vector<std::size_t> at;
        for (const RecordFinding& f : findings) {
            at.push_back(f.at);
            for (const auto& [i, message] : f.related) at.push_back(i);
        }
        std::sort(at.begin(), at.end());
        at.erase(std::unique(at.begin(), at.end()), at.end());
        will_locate(at);
    }
    // Locating a finding may read its document again: runs of findings on
    // several threads, each into its own place.
    std::vector<Diagnostic> out(findings.size());
    constexpr std::size_t kRun = 256;
    for_each_in_order(
        (findings.size() + kRun - 1) / kRun, jobs,
        [&](std::size_t run) {
            for (std::size_t i = run * kRun; i < std::min(findings.size(), (run + 1) * kRun); ++i) {
                out[i] = to_diagnostic(findings[i], facts.records, locate);
            }
        },
        [](std::size_t) {});
    return out;
}

}  // namespace claimlint
