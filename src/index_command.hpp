// `claimlint index --db FILE PATH…`: builds or updates the archive index
// (src/archive/archive.hpp) with the claims of every document under the
// PATHs, re-reading only files whose content changed.
#pragma once

#include <iosfwd>
#include <optional>
#include <string>
#include <vector>

namespace claimlint {

struct IndexOptions {
    std::string db;
    std::vector<std::string> paths;
    std::optional<std::string> config, date;
    unsigned jobs = 0;      // 0: every core
    bool progress = false;  // stderr is a terminal
};

// 0 on success, 2 when the index cannot be used or an input could not be read
// (the other files are indexed all the same).
int run_index(const IndexOptions& opts, std::ostream& err);

}  // namespace claimlint
