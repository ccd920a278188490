// What a check reports: a rule, a severity, a message at a figure, and notes
// at the related figures (other documents included). Emitters only format.
#pragma once

#include "src/document.hpp"
#include "src/rule_catalog.hpp"

#include <string>
#include <vector>

namespace claimlint {

struct Location {
    const Document* doc = nullptr;
    std::size_t begin = 0, end = 0;  // code points
};

struct Related {
    Location location;
    std::string message;
};

struct Diagnostic {
    std::string rule;
    Severity severity = Severity::warning;
    std::string message;
    Location location;
    std::vector<Related> related;
};

}  // namespace claimlint
