// SARIF 2.1.0 for code scanning (GitHub) and SARIF viewers. Paths become URIs
// relative to %SRCROOT% (the working directory), columns are UTF-16 code
// units (columnKind utf16CodeUnits, what GitHub expects), and nothing depends
// on time or machine, so the same input gives the same bytes.
#include "src/json_writer.hpp"
#include "src/place.hpp"
#include "src/report.hpp"

#include <filesystem>
#include <nlohmann/json.hpp>

#ifndef CLAIMLINT_VERSION
#define CLAIMLINT_VERSION "0.0.0"
#endif
#ifndef CLAIMLINT_HOMEPAGE
#define CLAIMLINT_HOMEPAGE ""
#endif

namespace claimlint {
namespace {

namespace fs = std::filesystem;
using nlohmann::ordered_json;

const char* level_of(Severity s) {
    switch (s) {
        case Severity::error: return "error";
        case Severity::warning: return "warning";
        case Severity::note: return "note";
    }
    return "warning";
}

// cross-document-mismatch → CrossDocumentMismatch (SARIF's rule name style).
std::string pascal_case(const std::string& id) {
    std::string out;
    bool upper = true;
    for (char c : id) {
        if (c == '-') {
            upper = true;
            continue;
        }
        out += upper ? static_cast<char>(std::toupper(static_cast<unsigned char>(c))) : c;
        upper = false;
    }
    return out;
}

// RFC 3986: everything but unreserved characters and '/' is percent-encoded.
std::string percent_encode(const std::string& path) {
    static const char* hex = "0123456789ABCDEF";
    std::string out;
    for (unsigned char c : path) {
        if (std::isalnum(c) || c == '-' || c == '.' || c == '_' || c == '~' || c == '/') {
            out += static_cast<char>(c);
        } else {
            out += '%';
            out += hex[c >> 4];
            out += hex[c & 15];
        }
    }
    return out;
}

ordered_json artifact_location(const std::string& path) {
    fs::path p = fs::path(path).lexically_normal();
    if (p.is_absolute()) {
        std::error_code ec;
        fs::path rel = p.lexically_relative(fs::current_path(ec));
        if (ec || rel.empty() || *rel.begin() == "..") return {{"uri", "file://" + percent_encode(p.generic_string())}};
        p = rel;
    }
    return {{"uri", percent_encode(p.generic_string())}, {"uriBaseId", "%SRCROOT%"}};
}

ordered_json physical_location(const Location& l) {
    const Place& p = *l.place;
    const Columns &a = p.begin, &b = p.end;
    ordered_json region;
    region["startLine"] = a.line;
    region["startColumn"] = a.utf16;
    region["endLine"] = b.line;
    region["endColumn"] = b.utf16;
    region["snippet"] = {{"text", p.text}};
    ordered_json context;
    context["startLine"] = a.line;
    context["snippet"] = {{"text", p.line}};
    return {{"artifactLocation", artifact_location(*p.path)}, {"region", region}, {"contextRegion", context}};
}

// Message text escapes [ and ] (they delimit links).
std::string escape_brackets(const std::string& s) {
    std::string out;
    for (char c : s) {
        if (c == '[' || c == ']' || c == '\\') out += '\\';
        out += c;
    }
    return out;
}

// Links the mention of each related figure ("file:line", "line N", "第 N 行")
// to its relatedLocation; a figure the message does not mention is linked at
// the end.
std::string linked_message(const Diagnostic& d) {
    std::string text = escape_brackets(d.message);
    for (std::size_t i = 0; i < d.related.size(); ++i) {
        const Location& l = d.related[i].location;
        const std::string& path = *l.place->path;
        std::string line = std::to_string(l.place->begin.line);
        std::string id = std::to_string(i + 1);
        bool linked = false;
        for (const std::string& mention :
             {escape_brackets(path + ":" + line), "line " + line, "第 " + line + " 行"}) {
            std::size_t at = text.find(mention);
            if (at == std::string::npos) continue;
            text.replace(at, mention.size(), "[" + mention + "](" + id + ")");
            linked = true;
            break;
        }
        if (!linked) text += " ([" + escape_brackets(path + ":" + line) + "](" + id + "))";
    }
    return text;
}

ordered_json rule_json(const RuleInfo& r) {
    ordered_json j;
    j["id"] = r.id;
    j["name"] = pascal_case(r.id);
    j["shortDescription"] = {{"text", r.summary}};
    std::string flags, text, markdown;
    for (const auto& [section, body] : r.doc) {
        if (section == "flags") flags = body;
        std::string title = section_title(section, "en");
        text += (text.empty() ? "" : "\n\n") + title + ": " + body;
        markdown += (markdown.empty() ? "" : "\n\n") + ("**" + title + "**\n\n") + body;
    }
    j["fullDescription"] = {{"text", flags.empty() ? r.summary : flags}};
    j["help"] = {{"text", text}, {"markdown", markdown}};
    if (std::string home = CLAIMLINT_HOMEPAGE; !home.empty()) j["helpUri"] = home + "/blob/main/rules/" + r.id + ".toml";
    j["defaultConfiguration"] = {{"enabled", r.enabled}, {"level", level_of(r.severity)}};
    return j;
}

ordered_json result_json(const Diagnostic& d, std::size_t rule_index) {
    ordered_json r;
    r["ruleId"] = d.rule;
    r["ruleIndex"] = rule_index;
    r["level"] = level_of(d.severity);
    r["message"] = {{"text", linked_message(d)}};
    r["locations"] = ordered_json::array({{{"physicalLocation", physical_location(d.location)}}});
    if (!d.related.empty()) {
        ordered_json related = ordered_json::array();
        for (std::size_t i = 0; i < d.related.size(); ++i) {
            related.push_back({{"id", i + 1},
                               {"physicalLocation", physical_location(d.related[i].location)},
                               {"message", {{"text", escape_brackets(d.related[i].message)}}}});
        }
        r["relatedLocations"] = std::move(related);
    }
    r["partialFingerprints"] = {{"claimFingerprint/v1", d.fingerprint},
                                {"primaryLocationLineHash", d.location.place->line_hash}};
    if (d.suppression) {
        ordered_json s;
        s["kind"] = d.suppression->kind;
        s["status"] = "accepted";
        s["justification"] = d.suppression->reason;
        if (const Location& l = d.suppression->location; l.place && l.begin < l.end) {
            s["location"] = {{"physicalLocation", physical_location(l)}};
        }
        r["suppressions"] = ordered_json::array({s});
    }
    return r;
}

}  // namespace

// The run's results are written one at a time: as one tree, a million of
// them would take gigabytes. The rest is small and built whole.
void write_sarif_report(std::ostream& out, const std::vector<Diagnostic>& diags, const RunSummary& summary) {
    ordered_json driver;
    driver["name"] = "claimlint";
    driver["version"] = CLAIMLINT_VERSION;
    driver["semanticVersion"] = CLAIMLINT_VERSION;
    if (std::string home = CLAIMLINT_HOMEPAGE; !home.empty()) driver["informationUri"] = home;
    ordered_json rules = ordered_json::array();
    std::map<std::string, std::size_t> rule_index;
    for (const RuleInfo& r : rule_catalog()) {
        rule_index[r.id] = rules.size();
        rules.push_back(rule_json(r));
    }
    driver["rules"] = std::move(rules);

    ordered_json invocation;
    invocation["executionSuccessful"] = summary.exit_code != 2;
    invocation["exitCode"] = summary.exit_code;
    if (!summary.errors.empty()) {
        ordered_json notes = ordered_json::array();
        for (const std::string& e : summary.errors) notes.push_back({{"level", "error"}, {"message", {{"text", e}}}});
        invocation["toolExecutionNotifications"] = std::move(notes);
    }

    JsonWriter w(out, 2);
    w.begin_object();
    w.key("$schema").value("https://json.schemastore.org/sarif-2.1.0.json");
    w.key("version").value("2.1.0");
    w.key("runs").begin_array().begin_object();
    w.key("tool").value(ordered_json{{"driver", std::move(driver)}});
    w.key("invocations").value(ordered_json::array({std::move(invocation)}));
    w.key("columnKind").value("utf16CodeUnits");
    w.key("results").begin_array();
    for (const Diagnostic& d : diags) w.value(result_json(d, rule_index.at(d.rule)));
    w.end_array();
    w.end_object().end_array();
    w.end_object();
    w.newline();
}

}  // namespace claimlint
