// Reading and validating .claimlint.toml. Every problem names its file, line
// and column; unknown keys are errors too, so a typo never goes unnoticed.
#include "src/config.hpp"

#include <algorithm>
#include <cctype>
#include <fnmatch.h>
#include <toml++/toml.h>

namespace claimlint {
namespace {

namespace fs = std::filesystem;

[[noreturn]] void fail(const std::string& file, const toml::source_region& at, const std::string& what) {
    throw ConfigError(file, Position{at.begin.line, at.begin.column}, what);
}

bool valid_date(const std::string& d) {
    return d.size() == 10 && d[4] == '-' && d[7] == '-' &&
           std::all_of(d.begin(), d.end(), [](char c) { return std::isdigit(static_cast<unsigned char>(c)) || c == '-'; });
}

std::string string_of(const std::string& file, const toml::node& n, const char* what) {
    auto v = n.value<std::string>();
    if (!v) fail(file, n.source(), std::string(what) + " must be a string");
    return *v;
}

std::int64_t percent_of(const std::string& file, const toml::node& n, const char* what) {
    auto v = n.value<std::int64_t>();
    if (!v || *v < 0 || *v > 100) fail(file, n.source(), std::string(what) + " must be an integer from 0 to 100");
    return *v;
}

void apply(Config& c, const toml::table& t, const std::string& file) {
    for (auto&& [key, node] : t) {
        std::string k(key.str());
        if (k == "home_region") {
            c.home_region = string_of(file, node, "home_region");
        } else if (k == "fail_on") {
            if (!parse_severity(string_of(file, node, "fail_on"), c.fail_on)) {
                fail(file, node.source(), "fail_on must be note, warning or error");
            }
        } else if (k == "tolerances") {
            const toml::table* tt = node.as_table();
            if (!tt) fail(file, node.source(), "[tolerances] must be a table");
            for (auto&& [tk, tn] : *tt) {
                if (tk.str() == "about_percent") c.about_percent = percent_of(file, tn, "about_percent");
                else if (tk.str() == "nearly_percent") c.nearly_percent = percent_of(file, tn, "nearly_percent");
                else fail(file, tn.source(), "unknown tolerance '" + std::string(tk.str()) + "'");
            }
        } else if (k == "conventions") {
            const toml::table* ct = node.as_table();
            if (!ct) fail(file, node.source(), "[conventions] must be a table");
            for (auto&& [ck, cn] : *ct) {
                if (ck.str() != "growth_times") fail(file, cn.source(), "unknown convention '" + std::string(ck.str()) + "'");
                c.growth_times = string_of(file, cn, "growth_times");
                if (c.growth_times != "standard" && c.growth_times != "loose" && c.growth_times != "either") {
                    fail(file, cn.source(), "growth_times must be standard, loose or either");
                }
            }
        } else if (k == "rules") {
            const toml::table* rt = node.as_table();
            if (!rt) fail(file, node.source(), "[rules] must be a table");
            for (auto&& [id, rn] : *rt) {
                if (!find_rule(std::string(id.str()))) {
                    fail(file, rn.source(), "unknown rule '" + std::string(id.str()) + "' (see claimlint rules)");
                }
                const toml::table* r = rn.as_table();
                if (!r) fail(file, rn.source(), "[rules." + std::string(id.str()) + "] must be a table");
                RuleSetting& s = c.rules[std::string(id.str())];
                for (auto&& [rk, rv] : *r) {
                    if (rk.str() == "enabled") {
                        auto b = rv.value<bool>();
                        if (!b) fail(file, rv.source(), "enabled must be true or false");
                        s.enabled = *b;
                    } else if (rk.str() == "severity") {
                        Severity sev;
                        if (!parse_severity(string_of(file, rv, "severity"), sev)) {
                            fail(file, rv.source(), "severity must be note, warning or error");
                        }
                        s.severity = sev;
                    } else {
                        fail(file, rv.source(), "unknown rule setting '" + std::string(rk.str()) + "'");
                    }
                }
            }
        } else if (k == "documents") {
            const toml::table* dt = node.as_table();
            if (!dt) fail(file, node.source(), "[documents] must be a table of glob = { date, home }");
            for (auto&& [glob, dn] : *dt) {
                const toml::table* d = dn.as_table();
                if (!d) fail(file, dn.source(), "a document setting must be a table: { date = \"2023-01-15\" }");
                DocumentSetting s;
                s.glob = std::string(glob.str());
                for (auto&& [dk, dv] : *d) {
                    if (dk.str() == "date") {
                        s.date = string_of(file, dv, "date");
                        if (!valid_date(*s.date)) fail(file, dv.source(), "date must be YYYY-MM-DD");
                    } else if (dk.str() == "home") {
                        s.home = string_of(file, dv, "home");
                    } else {
                        fail(file, dv.source(), "unknown document setting '" + std::string(dk.str()) + "'");
                    }
                }
                c.documents.push_back(std::move(s));
            }
        } else if (k == "subjects") {
            const toml::table* st = node.as_table();
            const toml::array* groups = st ? (*st)["groups"].as_array() : nullptr;
            if (!groups) fail(file, node.source(), "[subjects] needs groups = [[\"名称\", \"别名\"], …]");
            for (const toml::node& g : *groups) {
                const toml::array* words = g.as_array();
                if (!words) fail(file, g.source(), "each subject group must be an array of strings");
                std::vector<std::string> group;
                for (const toml::node& w : *words) group.push_back(string_of(file, w, "a subject"));
                c.synonyms.add_group(group);
            }
        } else if (k == "suppress") {
            const toml::array* list = node.as_array();
            if (!list) fail(file, node.source(), "suppress is a list: [[suppress]] fingerprint = \"…\" reason = \"…\"");
            for (const toml::node& e : *list) {
                const toml::table* et = e.as_table();
                if (!et) fail(file, e.source(), "a [[suppress]] entry is a table with fingerprint and reason");
                AcceptedFinding a;
                a.at = Position{e.source().begin.line, e.source().begin.column};
                for (auto&& [ek, ev] : *et) {
                    if (ek.str() == "fingerprint") {
                        a.fingerprint = string_of(file, ev, "fingerprint");
                        bool hex = a.fingerprint.size() == 16 && std::all_of(a.fingerprint.begin(), a.fingerprint.end(), [](char c) {
                                       return std::isdigit(static_cast<unsigned char>(c)) || (c >= 'a' && c <= 'f');
                                   });
                        if (!hex) fail(file, ev.source(), "fingerprint must be 16 lowercase hex digits, as claimlint prints them");
                    } else if (ek.str() == "reason") {
                        a.reason = string_of(file, ev, "reason");
                    } else {
                        fail(file, ev.source(), "unknown suppress setting '" + std::string(ek.str()) + "'");
                    }
                }
                if (a.fingerprint.empty()) fail(file, e.source(), "a [[suppress]] entry needs a fingerprint");
                if (a.reason.find_first_not_of(" \t") == std::string::npos) {
                    fail(file, e.source(), "a [[suppress]] entry needs a reason");
                }
                c.suppress.push_back(std::move(a));
            }
        } else {
            fail(file, node.source(), "unknown setting '" + k + "'");
        }
    }
}

}  // namespace

bool Config::rule_enabled(const RuleInfo& r) const {
    auto it = rules.find(r.id);
    return it != rules.end() && it->second.enabled ? *it->second.enabled : r.enabled;
}

Severity Config::rule_severity(const RuleInfo& r) const {
    auto it = rules.find(r.id);
    return it != rules.end() && it->second.severity ? *it->second.severity : r.severity;
}

ClaimOptions Config::options_for(const std::string& path, const std::optional<std::string>& date) const {
    ClaimOptions o;
    o.home_region = home_region;
    o.synonyms = &synonyms;
    std::string base = fs::path(path).filename().string();
    for (const DocumentSetting& d : documents) {
        if (fnmatch(d.glob.c_str(), path.c_str(), 0) == 0 || fnmatch(d.glob.c_str(), base.c_str(), 0) == 0) {
            if (d.date) o.date = d.date;
            if (d.home) o.home_region = d.home;
        }
    }
    if (date) o.date = date;
    return o;
}

static Config defaults() {
    Config c;
    toml::table profile = toml::parse(std::string_view(default_profile()), std::string_view("rules/profile.toml"));
    apply(c, profile, "rules/profile.toml");
    return c;
}

Config load_config_text(const std::string& text, const std::string& name) {
    Config c = defaults();
    toml::table t;
    try {
        t = toml::parse(std::string_view(text), std::string_view(name));
    } catch (const toml::parse_error& e) {
        throw ConfigError(name, Position{e.source().begin.line, e.source().begin.column}, std::string(e.description()));
    }
    apply(c, t, name);
    c.path = name;
    c.source = std::make_shared<const Document>(Document::from_bytes(name, text));
    return c;
}

Config load_config(const std::optional<std::string>& explicit_path) {
    Config c = defaults();
    std::string path;
    if (explicit_path) {
        path = *explicit_path;
        if (!fs::exists(path)) throw ConfigError(path, {0, 0}, "config file not found");
    } else {
        std::error_code ec;
        for (fs::path dir = fs::current_path(ec); !ec && !dir.empty(); dir = dir.parent_path()) {
            if (fs::exists(dir / ".claimlint.toml")) {
                path = (dir / ".claimlint.toml").string();
                break;
            }
            if (dir == dir.parent_path()) break;
        }
    }
    if (path.empty()) return c;
    Document doc = Document::load(path);  // the same UTF-8 checks as documents
    return load_config_text(doc.bytes(), path);
}

}  // namespace claimlint
