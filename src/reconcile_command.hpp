// `claimlint reconcile CLAIMS.jsonl…`: the reduce step. Applies the
// claim-key rules to the claims that `extract --format jsonl` printed for any
// number of shards of documents, and prints what `check` would print for
// those rules.
#pragma once

#include "src/check_command.hpp"

namespace claimlint {

// opts.paths are JSON Lines files ("-": standard input). Exit code as check.
int run_reconcile(const CheckOptions& opts, std::istream& in, std::ostream& out, std::ostream& err);

}  // namespace claimlint
