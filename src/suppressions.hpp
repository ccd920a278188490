// Applying suppressions: inline markers (src/markers.hpp) and the
// configuration's accepted findings ([[suppress]] by fingerprint). A
// suppressed finding is kept, marked, and not counted; a suppression that
// matches nothing is itself a finding (unused-suppression).
#pragma once

#include "src/checks/corpus.hpp"

namespace claimlint {

// Needs fingerprints (assign_fingerprints) first. Adds the unused-suppression
// findings; the caller sorts. The same as apply_markers on each document,
// then apply_accepted.
void apply_suppressions(const Corpus& corpus, const Config& config, const std::string& lang,
                        std::vector<Diagnostic>& diags);

// The markers of one document, `doc`, on the findings whose figure is in it
// (`diags`); an unused-suppression finding for each marker that covers none
// goes into `unused`. Each document on its own, so `check` can read them one
// at a time.
void apply_markers(const std::vector<SuppressionMarker>& markers, const Document& doc,
                   const std::vector<Diagnostic*>& diags, const Config& config, const std::string& lang,
                   std::vector<Diagnostic>& unused);
// The configuration's accepted findings, on every finding, after the markers.
void apply_accepted(const Config& config, const std::string& lang, std::vector<Diagnostic>& diags);

}  // namespace claimlint
