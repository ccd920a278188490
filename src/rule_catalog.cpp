// Loads rules/*.toml once; a malformed rule file is a build-time mistake and
// is reported with its position.
#include "src/rule_catalog.hpp"

#include <algorithm>
#include <stdexcept>
#include <toml++/toml.h>
#include <utility>

namespace claimlint {
namespace rules_data {
extern const std::pair<const char*, const char*> kRuleFiles[];
extern const int kRuleFileCount;
}  // namespace rules_data

std::string_view to_string(Severity s) {
    switch (s) {
        case Severity::note: return "note";
        case Severity::warning: return "warning";
        case Severity::error: return "error";
    }
    return "warning";
}

bool parse_severity(const std::string& s, Severity& out) {
    if (s == "note") out = Severity::note;
    else if (s == "warning") out = Severity::warning;
    else if (s == "error") out = Severity::error;
    else return false;
    return true;
}

namespace {

struct Catalog {
    std::vector<RuleInfo> rules;
    const char* profile = "";
};

const Catalog& catalog() {
    static const Catalog* c = [] {
        auto* cat = new Catalog();
        for (int i = 0; i < rules_data::kRuleFileCount; ++i) {
            auto [name, text] = rules_data::kRuleFiles[i];
            std::string file = name;
            if (file.ends_with("profile.toml")) {
                cat->profile = text;
                continue;
            }
            toml::table t;
            try {
                t = toml::parse(std::string_view(text), std::string_view(file));
            } catch (const toml::parse_error& e) {
                throw std::runtime_error(file + ":" + std::to_string(e.source().begin.line) + ": " +
                                         std::string(e.description()));
            }
            RuleInfo r;
            r.id = t["id"].value_or(std::string());
            if (r.id.empty() || !parse_severity(t["severity"].value_or(std::string()), r.severity)) {
                throw std::runtime_error(file + ": a rule needs an id and a severity (note, warning, error)");
            }
            r.enabled = t["enabled"].value_or(true);
            r.summary = t["summary"].value_or(std::string());
            r.either_way = t["either_way"].value_or(false);
            static const char* sections[] = {"flags", "why", "example", "instead", "options"};
            for (const char* sec : sections) {
                if (auto v = t["doc"][sec].value<std::string>()) r.doc.emplace_back(sec, *v);
            }
            if (const toml::table* m = t["message"].as_table()) {
                for (auto&& [k, v] : *m) r.messages[std::string(k.str())] = v.value_or(std::string());
            }
            cat->rules.push_back(std::move(r));
        }
        std::sort(cat->rules.begin(), cat->rules.end(), [](auto& a, auto& b) { return a.id < b.id; });
        return cat;
    }();
    return *c;
}

}  // namespace

const std::vector<RuleInfo>& rule_catalog() { return catalog().rules; }

std::string section_title(const std::string& section, const std::string& lang) {
    static const std::map<std::string, std::pair<const char*, const char*>> titles = {
        {"flags", {"What it flags", "检查什么"}},
        {"why", {"Why it matters", "为什么重要"}},
        {"example", {"Example", "示例"}},
        {"instead", {"What to write instead", "如何修改"}},
        {"options", {"Options", "选项"}},
    };
    auto it = titles.find(section);
    if (it == titles.end()) return section;
    return lang == "en" ? it->second.first : it->second.second;
}

const RuleInfo* find_rule(const std::string& id) {
    for (const RuleInfo& r : rule_catalog()) {
        if (r.id == id) return &r;
    }
    return nullptr;
}

const char* default_profile() { return catalog().profile; }

std::string render(const std::string& templ, const std::map<std::string, std::string>& values) {
    std::string out;
    for (std::size_t i = 0; i < templ.size();) {
        if (templ[i] == '{') {
            std::size_t close = templ.find('}', i);
            if (close != std::string::npos) {
                auto it = values.find(templ.substr(i + 1, close - i - 1));
                if (it != values.end()) {
                    out += it->second;
                    i = close + 1;
                    continue;
                }
            }
        }
        out += templ[i++];
    }
    return out;
}

}  // namespace claimlint
