// Expanding the PATH arguments of a command into the documents to read.
#pragma once

#include <string>
#include <vector>

namespace claimlint {

struct InputList {
    std::vector<std::string> files;   // sorted, de-duplicated
    std::vector<std::string> errors;  // "PATH: no such file or directory"
};

// Files are taken as given (any extension); folders are walked recursively
// for .txt and .md files, skipping hidden entries.
InputList expand_inputs(const std::vector<std::string>& paths);

}  // namespace claimlint
