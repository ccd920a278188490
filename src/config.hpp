// .claimlint.toml: home region, document dates and home entities by glob,
// rule switches and severities, tolerances, extra subject synonyms.
#pragma once

#include "src/claims/claim.hpp"
#include "src/document.hpp"
#include "src/rule_catalog.hpp"

#include <filesystem>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace claimlint {

struct RuleSetting {
    std::optional<bool> enabled;
    std::optional<Severity> severity;
};

struct DocumentSetting {
    std::string glob;
    std::optional<std::string> date;
    std::optional<std::string> home;
};

// A finding accepted in the configuration ([[suppress]]): by fingerprint,
// with the reason it is accepted.
struct AcceptedFinding {
    std::string fingerprint;
    std::string reason;
    Position at;  // of the entry, in the configuration file
};

struct Config {
    std::string path;  // empty: no file
    std::shared_ptr<const Document> source;  // the file's text, for positions in it
    std::optional<std::string> home_region;
    std::vector<DocumentSetting> documents;
    std::map<std::string, RuleSetting> rules;
    std::int64_t about_percent = 5;
    std::int64_t nearly_percent = 10;
    Severity fail_on = Severity::warning;
    // 增长N倍: "standard" (×(N+1), the national standard), "loose" (×N), or
    // "either" (warn only when neither reading fits).
    std::string growth_times = "either";
    SubjectSynonyms synonyms = SubjectSynonyms::builtin();
    std::vector<AcceptedFinding> suppress;

    // Whether a rule runs, and at what severity, after the profile and this file.
    bool rule_enabled(const RuleInfo& r) const;
    Severity rule_severity(const RuleInfo& r) const;
    // The claim options for one document (date and home entity by glob).
    // `date` (the command line's --date) overrides every document's date.
    ClaimOptions options_for(const std::string& path, const std::optional<std::string>& date = std::nullopt) const;
};

// A config problem, with the position in the file (InputError's fields).
using ConfigError = InputError;

// Loads `path`, or the nearest .claimlint.toml from the working directory up
// (none: the defaults). Throws ConfigError.
Config load_config(const std::optional<std::string>& path);
// The same from TOML text (fixtures, tests); `name` is used in messages.
Config load_config_text(const std::string& toml, const std::string& name);

}  // namespace claimlint
