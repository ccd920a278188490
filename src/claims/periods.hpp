// Turning the grammar's period notation (relative years, unstated years)
// into the absolute notation of claims, given the context's year.
#pragma once

#include "src/claims/claim.hpp"

#include <optional>
#include <string>

namespace claimlint {

// `value` is grammar notation ("?-01..?-11", "Y[-1]", "last:5y", "plan:14");
// `context_year` stands for "?". Nullopt when the period cannot be told or is
// not a period of the figure (streaks).
std::optional<std::string> resolve_period(const std::string& value, int context_year, const DocumentFacts& facts);

// Whether `value` is absolute already: resolve_period() returns it as it is.
bool is_absolute(const std::string& value);

// The first year in an absolute period ("2023-01..2023-11" → 2023; "end:2022" → 2022), or 0.
int year_of(const std::string& period);
// The last year ("2018..2022" → 2022), or 0.
int last_year_of(const std::string& period);

}  // namespace claimlint
