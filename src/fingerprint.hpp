// A finding's identity: what it is about, never where it is. Editing other
// text of the paragraph, moving it or re-wrapping its lines keeps the
// fingerprint; a different rule, claim or figure changes it.
#pragma once

#include "src/checks/corpus.hpp"

#include <cstdint>
#include <string>
#include <string_view>

namespace claimlint {

// A 64-bit FNV-1a hash: stable across runs and platforms.
std::uint64_t fnv1a(std::string_view text);
// Its 16 hex digits.
std::string stable_hash(std::string_view text);

// Sets each diagnostic's fingerprint from its rule and, for the primary and
// every related location, the claim at that figure (scope, subject, period,
// measure, direction, modality) and the figure as normalised (full-width
// digits folded). A location that is not a figure contributes its text.
// Diagnostics that have a fingerprint already keep it.
void assign_fingerprints(const Corpus& corpus, std::vector<Diagnostic>& diags);

// The fingerprint of a finding of `rule` about these figures (primary first;
// a null claim when a location is not a figure).
std::string fingerprint_of(const std::string& rule, const std::vector<std::pair<const Claim*, Location>>& figures);

}  // namespace claimlint
