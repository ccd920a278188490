// The documents of one run with their claims, and how checks address a claim.
#pragma once

#include "src/checks/diagnostic.hpp"
#include "src/config.hpp"
#include "src/extraction.hpp"

#include <memory>
#include <string>
#include <vector>

namespace claimlint {

struct Corpus {
    std::vector<std::unique_ptr<Document>> docs;
    std::vector<Extraction> extractions;  // one per document, same order
};

struct ClaimRef {
    std::size_t doc = 0, quantity = 0;
};

// What every check receives.
class CheckContext {
public:
    CheckContext(const Corpus& corpus, const Config& config, std::string lang);

    const Corpus& corpus() const { return corpus_; }
    const Config& config() const { return config_; }
    const Claim& claim(ClaimRef r) const { return corpus_.extractions[r.doc].claims[r.quantity]; }
    const grammar::Quantity& quantity(ClaimRef r) const {
        return corpus_.extractions[r.doc].scan.quantities[r.quantity];
    }
    const Document& doc(ClaimRef r) const { return *corpus_.docs[r.doc]; }
    // The interval with the configured tolerances.
    grammar::Interval interval(ClaimRef r) const;
    // Documents in publication order (date, then path): the later one carries a diagnostic.
    bool earlier(ClaimRef a, ClaimRef b) const;
    Location location(ClaimRef r) const;
    // Index of the sentence the figure is in, within its document.
    std::size_t sentence(ClaimRef r) const;
    // Placeholders for message templates: value, scope, subject, period, measure, unit, file, line.
    std::map<std::string, std::string> fields(ClaimRef r, const std::string& prefix = "") const;
    // Builds a diagnostic of `rule` at `at` with a note at `other`, unless the rule is off.
    void report(const std::string& rule, ClaimRef at, ClaimRef other, std::vector<Diagnostic>& out) const;
    // Every claim with a key, in publication order.
    const std::vector<ClaimRef>& keyed_claims() const { return keyed_; }

private:
    const Corpus& corpus_;
    const Config& config_;
    std::string lang_;
    std::vector<ClaimRef> keyed_;
};

// The check kinds (src/checks/*.cpp).
void check_key_conflicts(const CheckContext& ctx, std::vector<Diagnostic>& out);
void check_context_differs(const CheckContext& ctx, std::vector<Diagnostic>& out);

// Runs every enabled rule, fingerprints the findings and applies the
// suppressions; diagnostics sorted by file, position and rule.
std::vector<Diagnostic> run_checks(const Corpus& corpus, const Config& config, const std::string& lang);

}  // namespace claimlint
