// check --db: the archived claims a check of some drafts compares with.
#pragma once

#include "src/checks/corpus.hpp"

namespace claimlint {

// The claims of the index at `db` related to the drafts' keyed claims (same
// key, or group of an enabled rule), leaving out the `drafts` files: their
// current text is the one checked. Throws ArchiveError.
std::vector<ClaimRecord> archive_claims_for(const std::string& db, const std::vector<ClaimRecord>& claims,
                                            const std::vector<std::string>& drafts, const Config& config);

}  // namespace claimlint
