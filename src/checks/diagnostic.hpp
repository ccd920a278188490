// What a check reports: a rule, a severity, a message at a figure, and notes
// at the related figures (other documents included). Emitters only format.
#pragma once

#include "src/document.hpp"
#include "src/rule_catalog.hpp"

#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace claimlint {

struct Place;  // src/place.hpp

struct Location {
    Location() = default;
    Location(const Document* d, std::size_t b, std::size_t e) : doc(d), begin(b), end(e) {}

    const Document* doc = nullptr;
    std::size_t begin = 0, end = 0;  // code points
    // What reports show, read from `doc` before it goes (the reports read
    // only this); `doc` is null once it is gone.
    std::shared_ptr<const Place> place;
};

struct Related {
    Location location;
    std::string message;
};

// Why a finding is not counted: a marker in the text (SARIF kind "inSource")
// or an entry of the configuration's accepted findings ("external").
struct Suppression {
    std::string kind;
    std::string reason;
    Location location;  // the marker or the configuration entry
};

struct Diagnostic {
    std::string rule;
    Severity severity = Severity::warning;
    std::string message;
    Location location;
    std::vector<Related> related;
    // What the finding is about, not where it is (src/fingerprint.hpp):
    // baselines and the configuration's accepted findings match on it.
    std::string fingerprint;
    std::optional<Suppression> suppression;
};

}  // namespace claimlint
