// reviewdog's Diagnostic Format, rdjson (a DiagnosticResult): 1-based lines,
// columns in UTF-8 bytes and ranges with an exclusive end, as its
// reviewdog.proto says. Suppressed findings are left out: reviewdog would
// comment on them.
#include "src/json_writer.hpp"
#include "src/place.hpp"
#include "src/report.hpp"

namespace claimlint {
namespace {

using nlohmann::ordered_json;

ordered_json location_json(const Location& l) {
    const Columns &a = l.place->begin, &b = l.place->end;
    return {{"path", *l.place->path},
            {"range", {{"start", {{"line", a.line}, {"column", a.utf8}}}, {"end", {{"line", b.line}, {"column", b.utf8}}}}}};
}

const char* severity_of(Severity s) {
    switch (s) {
        case Severity::error: return "ERROR";
        case Severity::warning: return "WARNING";
        case Severity::note: return "INFO";
    }
    return "WARNING";
}

}  // namespace

// Each finding is built and written on its own, not all of them as one tree.
void write_rdjson_report(std::ostream& out, const std::vector<Diagnostic>& diags) {
    JsonWriter w(out, 2);
    w.begin_object();
    w.key("source").value(ordered_json{{"name", "claimlint"}});
    w.key("diagnostics").begin_array();
    for (const Diagnostic& d : diags) {
        if (d.suppression) continue;
        ordered_json j;
        j["message"] = d.message;
        j["location"] = location_json(d.location);
        j["severity"] = severity_of(d.severity);
        j["code"] = {{"value", d.rule}};
        if (!d.related.empty()) {
            ordered_json related = ordered_json::array();
            for (const Related& r : d.related) related.push_back({{"message", r.message}, {"location", location_json(r.location)}});
            j["related_locations"] = std::move(related);
        }
        w.value(j);
    }
    w.end_array();
    w.end_object();
    w.newline();
}

}  // namespace claimlint
