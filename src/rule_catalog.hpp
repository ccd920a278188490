// The rule catalogue: every rule's metadata, documentation and messages, read
// from rules/*.toml (compiled into the binary).
#pragma once

#include <map>
#include <string>
#include <vector>

namespace claimlint {

enum class Severity { note, warning, error };
std::string_view to_string(Severity s);
bool parse_severity(const std::string& s, Severity& out);

struct RuleInfo {
    std::string id;
    Severity severity = Severity::warning;
    bool enabled = true;
    std::string summary;
    // The finding of two figures reads the same from either (a claim-key
    // conflict): it may sit on the earlier one when only that one is reported.
    bool either_way = false;
    std::vector<std::pair<std::string, std::string>> doc;  // (section, text) in order
    std::map<std::string, std::string> messages;           // zh, en, note_zh, note_en
};

// The heading of a doc section ("flags" → "What it flags" / "检查什么").
std::string section_title(const std::string& section, const std::string& lang);

// All rules, sorted by id.
const std::vector<RuleInfo>& rule_catalog();
const RuleInfo* find_rule(const std::string& id);

// The default profile (rules/profile.toml) as TOML text.
const char* default_profile();

// Replaces {name} placeholders.
std::string render(const std::string& templ, const std::map<std::string, std::string>& values);

}  // namespace claimlint
