#include "src/checks/record_diagnostics.hpp"

#include "src/fingerprint.hpp"

namespace claimlint {

Diagnostic to_diagnostic(const RecordFinding& f, const std::vector<ClaimRecord>& records,
                         const std::function<Location(std::size_t)>& locate) {
    Diagnostic d;
    d.rule = f.rule;
    d.severity = f.severity;
    d.message = f.message;
    d.location = locate(f.at);
    std::vector<std::pair<const Claim*, Location>> figures{{&records[f.at].claim(), d.location}};
    for (const auto& [i, message] : f.related) {
        d.related.push_back({locate(i), message});
        figures.emplace_back(&records[i].claim(), d.related.back().location);
    }
    d.fingerprint = fingerprint_of(d.rule, figures);
    return d;
}

}  // namespace claimlint
