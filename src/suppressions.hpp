// Applying suppressions: inline markers (src/markers.hpp) and the
// configuration's accepted findings ([[suppress]] by fingerprint). A
// suppressed finding is kept, marked, and not counted; a suppression that
// matches nothing is itself a finding (unused-suppression).
#pragma once

#include "src/checks/corpus.hpp"

namespace claimlint {

// Needs fingerprints (assign_fingerprints) first. Adds the unused-suppression
// findings; the caller sorts.
void apply_suppressions(const Corpus& corpus, const Config& config, const std::string& lang,
                        std::vector<Diagnostic>& diags);

}  // namespace claimlint
