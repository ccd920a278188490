// The rules that compare figures across documents, run on claim records and
// the facts gathered with them (src/checks/cross_facts.hpp), never on text:
// the claim-key rules (run_record_checks) and the sentence-level ones
// (percentage-point-mismatch, multiple-mismatch, rank-mismatch,
// streak-mismatch).
#pragma once

#include "src/checks/cross_facts.hpp"
#include "src/checks/record_context.hpp"
#include "src/checks/relation.hpp"

#include <functional>

namespace claimlint {

// A relation a sentence-level rule checked, between records.
struct RecordRelation {
    std::string rule;
    std::vector<std::size_t> figures;
    bool holds = true;
};

// Finds a record's figure in its document (read again when it was dropped).
using Locator = std::function<Location(std::size_t)>;

class CrossContext : public RecordContext {
public:
    CrossContext(const std::vector<ClaimRecord>& records, const Config& config, const std::string& lang,
                 Locator locate, unsigned jobs = 1);

    Range figure_range(std::size_t i) const { return claimlint::figure_range(config(), quantity(i)); }
    // A value written like record `like` (its document is read for how).
    std::string written(std::size_t like, double value) const;
    void relate(const std::string& rule, std::vector<std::size_t> figures, bool holds) const {
        relations_.push_back({rule, std::move(figures), holds});
    }
    const std::vector<RecordRelation>& relations() const { return relations_; }
    // A finding with notes at every other figure of the relation; `values`
    // fill the message, `variant` picks the message `<variant>_zh` / `_en`.
    void report_relation(const std::string& rule, std::size_t at, const std::vector<std::size_t>& others,
                         std::map<std::string, std::string> values, std::vector<RecordFinding>& out,
                         const std::string& variant = "") const;

private:
    Locator locate_;
    mutable std::vector<RecordRelation> relations_;
};

void check_percentage_point_mismatch(const CrossContext& ctx, const CrossFacts& facts,
                                     std::vector<RecordFinding>& out);
void check_multiple_mismatch(const CrossContext& ctx, const CrossFacts& facts, std::vector<RecordFinding>& out);
void check_rank_mismatch(const CrossContext& ctx, const CrossFacts& facts, std::vector<RecordFinding>& out);
void check_streak_mismatch(const CrossContext& ctx, const CrossFacts& facts, std::vector<RecordFinding>& out);

// Every rule that compares across documents, over the gathered facts and the
// archived records (compared with, never reported at; appended to
// facts.records). `compared`, when given, marks the gathered records the
// claim-key rules may look at. Findings come back as diagnostics located by
// `locate` (on up to `jobs` threads at once: it must be safe to call so);
// `relations`, when given, receives the relations checked. The claim-key
// rules check their groups on `jobs` threads; the result is the same for any.
// `will_locate`, when given, is told every record the findings point at
// (each once, in order) before they are located. `reported`, when given,
// tells the gathered records whose documents' findings are reported (check
// --against, --changed): a claim-key finding that would sit elsewhere, about
// one of their figures, is made from that figure instead (reanchor()); the
// archive's records are never reported.
using ReportedRecord = std::function<bool(std::size_t)>;
std::vector<Diagnostic> run_cross_checks(CrossFacts& facts, const Config& config, const std::string& lang,
                                         const std::vector<ClaimRecord>* archive, const std::vector<bool>* compared,
                                         const Locator& locate, std::vector<RecordRelation>* relations,
                                         unsigned jobs = 1,
                                         const std::function<void(const std::vector<std::size_t>&)>& will_locate = {},
                                         const ReportedRecord& reported = {});

}  // namespace claimlint
