// The JSON report: every diagnostic with byte and code point positions, its
// fingerprint and suppression, and a run summary (suppressed findings are
// listed but not counted by severity).
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
        j["fingerprint"] = d.fingerprint;
        if (d.suppression) {
            ordered_json sj;
            sj["kind"] = d.suppression->kind;
            sj["reason"] = d.suppression->reason;
            if (const Location& l = d.suppression->location; l.doc) {
                Position p = l.doc->position(l.begin);
                sj["file"] = l.doc->path();
                sj["line"] = p.line;
                sj["column"] = p.column;
            }
            j["suppression"] = std::move(sj);
        } else {
            j["suppression"] = nullptr;
        }
        list.push_back(std::move(j));
    }
    Totals totals = count_findings(diags);
    doc["diagnostics"] = std::move(list);
    doc["summary"] = {{"files", summary.files},
                      {"claims", summary.claims},
                      {"claims_compared", summary.claims_compared},
                      {"diagnostics", {{"error", totals.error}, {"warning", totals.warning}, {"note", totals.note}}},
                      {"suppressed", totals.suppressed}};
    if (summary.baseline) {
        doc["summary"]["baseline"] = {{"file", summary.baseline->path},
                                      {"matched", summary.baseline->matched},
                                      {"stale", summary.baseline->stale}};
    }
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
