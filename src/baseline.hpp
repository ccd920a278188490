// Baselines: today's findings, written once (`claimlint baseline write`), so
// that `check --baseline FILE` reports only new ones. A finding matches an
// entry with the same file and fingerprint; each entry matches one finding.
#pragma once

#include "src/checks/diagnostic.hpp"

#include <iosfwd>
#include <string>
#include <vector>

namespace claimlint {

struct BaselineEntry {
    std::string file, rule, fingerprint;
};

// Reads a baseline file. Throws InputError with the position of a mistake.
std::vector<BaselineEntry> load_baseline(const std::string& path);

// Writes the findings that count (suppressed ones are not recorded), with
// their line and message for a reader; only file, rule and fingerprint are
// matched.
void write_baseline(std::ostream& out, const std::vector<Diagnostic>& diags);

struct BaselineResult {
    std::size_t matched = 0, stale = 0;
};

// Removes the findings the baseline records; suppressed findings stay.
BaselineResult apply_baseline(const std::vector<BaselineEntry>& baseline, std::vector<Diagnostic>& diags);

}  // namespace claimlint
