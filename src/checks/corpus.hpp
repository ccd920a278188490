// The documents of one run with their claims, and how checks address a claim.
#pragma once

#include "src/checks/claim_record.hpp"
#include "src/checks/diagnostic.hpp"
#include "src/checks/source_cache.hpp"
#include "src/config.hpp"
#include "src/extraction.hpp"

#include <memory>
#include <string_view>
#include <unordered_map>
#include <string>
#include <vector>

namespace claimlint {

struct Corpus {
    std::vector<std::unique_ptr<Document>> docs;
    std::vector<Extraction> extractions;  // one per document, same order
};

struct ClaimRef {
    std::size_t doc = 0, quantity = 0;
    friend bool operator==(const ClaimRef&, const ClaimRef&) = default;
};

// An arithmetic relation a rule found among stated figures, and whether some
// values inside their intervals satisfy it.
struct Relation {
    std::string rule;
    std::vector<ClaimRef> figures;
    bool holds = true;
};

// How a figure was written: 913亿元 is 913 × 10^8 in 亿元, no decimals.
struct WrittenForm {
    double scale = 1;
    std::string unit;  // what follows the number: 亿元, 万千瓦, %
    int decimals = 0;
};

// What every check receives.
class CheckContext {
public:
    // `focus`, when given, marks the documents being checked (an open draft,
    // the changed files): findings are looked for only where one of them is
    // involved, and the rest of the corpus is what they are compared with.
    CheckContext(const Corpus& corpus, const Config& config, std::string lang,
                 const std::vector<bool>* focus = nullptr);

    const Corpus& corpus() const { return corpus_; }
    const Config& config() const { return config_; }
    const Claim& claim(ClaimRef r) const { return corpus_.extractions[r.doc].claims[r.quantity]; }
    const grammar::Quantity& quantity(ClaimRef r) const {
        return corpus_.extractions[r.doc].scan.quantities[r.quantity];
    }
    const Document& doc(ClaimRef r) const { return *corpus_.docs[r.doc]; }
    // The interval with the configured tolerances.
    grammar::Interval interval(ClaimRef r) const;
    bool in_focus(std::size_t doc) const { return focus_.empty() || focus_[doc]; }
    Location location(ClaimRef r) const;
    // The figure as a claim record (what the claim-key rules compare),
    // sharing the origin of `like` (claim_record).
    ClaimRecord record(ClaimRef r, const ClaimRecord* like = nullptr) const;
    // Index of the sentence the figure is in, within its document.
    std::size_t sentence(ClaimRef r) const;
    // Placeholders for message templates: value, scope, subject, period, measure, unit, file, line.
    std::map<std::string, std::string> fields(ClaimRef r, const std::string& prefix = "") const;
    // Builds a diagnostic of `rule` at `at` with a note at `other`, unless the
    // rule is off; `extra` adds placeholders to the message and the note.
    void report(const std::string& rule, ClaimRef at, ClaimRef other, std::vector<Diagnostic>& out,
                const std::map<std::string, std::string>& extra = {}) const;
    // Whether a rule is on: checks that do work of their own ask first.
    bool enabled(const std::string& rule) const;
    // The rule's message `key` (message, or e.g. "grouping") in the output language.
    std::string text(const std::string& rule, const std::string& key,
                     const std::map<std::string, std::string>& values) const;
    // A diagnostic without a related note (number-style), unless the rule is off.
    void report_at(const std::string& rule, Location at, const std::map<std::string, std::string>& values,
                   std::vector<Diagnostic>& out) const;
    // Every claim with a key, in publication order; with a focus, those whose
    // subject a focus document states (nothing else can meet them in a rule).
    const std::vector<ClaimRef>& keyed_claims() const { return keyed_; }

    // Relation rules: the figures of each sentence (quantity indexes), the
    // text, a value written in a figure's own unit (1000万千瓦 for 1e7 kW),
    // the tally of relations found, and a diagnostic with notes at every
    // other figure of the relation. `values` fill the rule's message.
    const std::vector<std::vector<std::size_t>>& sentences_of(std::size_t doc) const { return sentences_[doc]; }
    std::u32string_view text(std::size_t doc) const;
    std::string written(ClaimRef like, double value) const;
    std::optional<WrittenForm> written_form(ClaimRef r) const;
    std::string source(ClaimRef r) const;
    void record(const std::string& rule, std::vector<ClaimRef> figures, bool holds) const;
    const std::vector<Relation>& relations() const { return relations_; }
    // `variant` picks the rule's message `<variant>_zh` / `<variant>_en` instead of `zh` / `en`.
    void report_relation(const std::string& rule, ClaimRef at, const std::vector<ClaimRef>& others,
                         std::map<std::string, std::string> values, std::vector<Diagnostic>& out,
                         const std::string& variant = "") const;
    bool zh() const { return lang_ != "en"; }

private:
    const Corpus& corpus_;
    const Config& config_;
    std::string lang_;
    std::vector<ClaimRef> keyed_;
    std::vector<bool> focus_;          // empty: every document
    std::vector<std::vector<std::vector<std::size_t>>> sentences_;
    mutable std::vector<Relation> relations_;
};

// The rules that read one document only (src/checks/*.cpp).
void check_number_style(const CheckContext& ctx, std::vector<Diagnostic>& out);
void check_share_mismatch(const CheckContext& ctx, std::vector<Diagnostic>& out);
void check_growth_mismatch(const CheckContext& ctx, std::vector<Diagnostic>& out);
void check_sum_exceeds_total(const CheckContext& ctx, std::vector<Diagnostic>& out);
void check_threshold_claim(const CheckContext& ctx, std::vector<Diagnostic>& out);
// All of them, on the documents in focus; their findings and notes are in
// the document they look at.
void run_document_rules(const CheckContext& ctx, std::vector<Diagnostic>& out);

// Claims of archived documents (check --db): the claim-key rules compare the
// corpus's figures with them, and `sources` reads their files back for the
// notes that point at them. Findings at archived figures are not reported.
struct ArchiveClaims {
    std::vector<ClaimRecord> records;
    SourceCache* sources = nullptr;
};

// Runs every enabled rule, fingerprints the findings and applies the
// suppressions; diagnostics sorted by file, position and rule. `relations`,
// when given, receives every arithmetic relation found; `focus` (one flag per
// document) limits the work to findings that involve a marked document.
std::vector<Diagnostic> run_checks(const Corpus& corpus, const Config& config, const std::string& lang,
                                   std::vector<Relation>* relations = nullptr, const ArchiveClaims* archive = nullptr,
                                   const std::vector<bool>* focus = nullptr);

// By file, position and rule (stable).
void sort_diagnostics(std::vector<Diagnostic>& diags);

// The documents `sources` read, handed over as a corpus with their
// suppression markers and no claims: what suppressions and reports need.
// The markers are looked for on `jobs` threads.
Corpus read_back(SourceCache& sources, unsigned jobs = 1);

}  // namespace claimlint
