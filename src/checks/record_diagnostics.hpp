// A claim-key finding as a diagnostic: located in documents, fingerprinted
// from the claims of its figures (the same fingerprint `check` gives it).
#pragma once

#include "src/checks/claim_record.hpp"

#include <functional>

namespace claimlint {

Diagnostic to_diagnostic(const RecordFinding& f, const std::vector<ClaimRecord>& records,
                         const std::function<Location(std::size_t)>& locate);

}  // namespace claimlint
