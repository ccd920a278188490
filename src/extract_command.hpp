// `claimlint extract PATH…`: every numeric expression and period, as JSON
// Lines or text.
#pragma once

#include <iosfwd>
#include <optional>
#include <string>
#include <vector>

namespace claimlint {

struct ExtractOptions {
    std::vector<std::string> paths;
    std::string format = "jsonl";  // jsonl | text
    // Claims are read as check reads them: the same configuration and date.
    std::optional<std::string> config, date;
    unsigned jobs = 0;  // 0: every core
};

// Returns the exit code: 0, or 2 when an input could not be read.
int run_extract(const ExtractOptions& opts, std::ostream& out, std::ostream& err);

}  // namespace claimlint
