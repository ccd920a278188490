// The JSON report: every diagnostic with byte and code point positions, and a
// run summary.
#include "src/report.hpp"

#include <nlohmann/json.hpp>

namespace claimlint {
namespace {

using nlohmann::ordered_json;

void put_location(ordered_json& j, const Location& l) {
    Position a = l.doc->position(l.begin), b = l.doc->position(l.end);
    j["file"] = l.doc->path();
    j["line"] = a.line;
    j["column"] = a.column;
    j["end_line"] = b.line;
    j["end_column"] = b.column;
    j["start_byte"] = l.doc->byte_offset(l.begin);
    j["end_byte"] = l.doc->byte_offset(l.end);
    j["text"] = std::string(l.doc->source(l.begin, l.end));
}

}  // namespace

void write_json_report(std::ostream& out, const std::vector<Diagnostic>& diags, const RunSummary& summary) {
    ordered_json doc;
    ordered_json list = ordered_json::array();
    std::map<std::string, std::size_t> by_severity{{"error", 0}, {"warning", 0}, {"note", 0}};
    for (const Diagnostic& d : diags) {
        ordered_json j;
        j["rule"] = d.rule;
        j["severity"] = std::string(to_string(d.severity));
        j["message"] = d.message;
        put_location(j, d.location);
        ordered_json related = ordered_json::array();
        for (const Related& r : d.related) {
            ordered_json rj;
            put_location(rj, r.location);
            rj["message"] = r.message;
            related.push_back(std::move(rj));
        }
        j["related"] = std::move(related);
        ++by_severity[std::string(to_string(d.severity))];
        list.push_back(std::move(j));
    }
    doc["diagnostics"] = std::move(list);
    doc["summary"] = {{"files", summary.files},
                      {"claims", summary.claims},
                      {"claims_compared", summary.claims_compared},
                      {"diagnostics", {{"error", by_severity["error"]},
                                       {"warning", by_severity["warning"]},
                                       {"note", by_severity["note"]}}}};
    nlohmann::json relations = nlohmann::json::object();
    for (const auto& [rule, t] : summary.relations) relations[rule] = {{"found", t.found}, {"verified", t.verified}};
    doc["summary"]["relations"] = std::move(relations);
    out << doc.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) << '\n';
}

void write_stats(std::ostream& out, const RunSummary& summary) {
    out << "files " << summary.files << ", claims " << summary.claims << ", compared " << summary.claims_compared
        << '\n';
    for (const auto& [rule, t] : summary.relations) {
        out << rule << ": " << t.found << " relations found, " << t.verified << " verified\n";
    }
}

}  // namespace claimlint
