// The JSON report: every diagnostic with byte and code point positions, its
// fingerprint and suppression, and a run summary (suppressed findings are
// listed but not counted by severity). Written finding by finding: a tree of
// a million findings would take gigabytes.
#include "src/json_writer.hpp"
#include "src/parallel_extract.hpp"
#include "src/place.hpp"
#include "src/report.hpp"

#include <algorithm>
#include <sstream>

namespace claimlint {
namespace {

void put_location(JsonWriter& w, const Location& l) {
    const Place& p = *l.place;
    w.key("file").value(*p.path);
    w.key("line").value(p.begin.line);
    w.key("column").value(p.begin.code_point);
    w.key("end_line").value(p.end.line);
    w.key("end_column").value(p.end.code_point);
    w.key("start_byte").value(p.begin_byte);
    w.key("end_byte").value(p.end_byte);
    w.key("text").value(p.text);
}

void put_diagnostic(JsonWriter& w, const Diagnostic& d) {
    w.begin_object();
    w.key("rule").value(d.rule);
    w.key("severity").value(to_string(d.severity));
    w.key("message").value(d.message);
    put_location(w, d.location);
    w.key("related").begin_array();
    for (const Related& r : d.related) {
        w.begin_object();
        put_location(w, r.location);
        w.key("message").value(r.message);
        w.end_object();
    }
    w.end_array();
    w.key("fingerprint").value(d.fingerprint);
    w.key("suppression");
    if (d.suppression) {
        w.begin_object();
        w.key("kind").value(d.suppression->kind);
        w.key("reason").value(d.suppression->reason);
        if (const Place* p = d.suppression->location.place.get()) {
            w.key("file").value(*p->path);
            w.key("line").value(p->begin.line);
            w.key("column").value(p->begin.code_point);
        }
        w.end_object();
    } else {
        w.value(nullptr);
    }
    w.end_object();
}

void put_summary(JsonWriter& w, const std::vector<Diagnostic>& diags, const RunSummary& summary) {
    Totals totals = count_findings(diags);
    w.begin_object();
    w.key("files").value(summary.files);
    w.key("claims").value(summary.claims);
    w.key("claims_compared").value(summary.claims_compared);
    w.key("diagnostics").begin_object();
    w.key("error").value(totals.error);
    w.key("warning").value(totals.warning);
    w.key("note").value(totals.note);
    w.end_object();
    w.key("suppressed").value(totals.suppressed);
    if (summary.baseline) {
        w.key("baseline").begin_object();
        w.key("file").value(summary.baseline->path);
        w.key("matched").value(summary.baseline->matched);
        w.key("stale").value(summary.baseline->stale);
        w.end_object();
    }
    w.key("relations").begin_object();
    for (const auto& [rule, t] : summary.relations) {
        w.key(rule).begin_object();
        w.key("found").value(t.found);
        w.key("verified").value(t.verified);
        w.end_object();
    }
    w.end_object();
    w.end_object();
}

// The findings, formatted in slices on `jobs` threads and written in order:
// at a million findings, formatting them was seconds of the run's serial end.
void put_diagnostics(std::ostream& out, const std::vector<Diagnostic>& diags, unsigned jobs) {
    constexpr std::size_t kSlice = 2048;
    const std::size_t slices = (diags.size() + kSlice - 1) / kSlice;
    std::vector<std::string> text(slices);
    for_each_in_order(
        slices, jobs,
        [&](std::size_t i) {
            std::ostringstream s;
            {
                JsonWriter w(s, 2, 2, i * kSlice);  // in the top-level object's "diagnostics" array
                for (std::size_t k = i * kSlice; k < std::min(diags.size(), (i + 1) * kSlice); ++k) {
                    put_diagnostic(w, diags[k]);
                }
            }
            text[i] = std::move(s).str();
        },
        [&](std::size_t i) {
            out.write(text[i].data(), static_cast<std::streamsize>(text[i].size()));
            std::string().swap(text[i]);
        });
}

}  // namespace

void write_json_report(std::ostream& out, const std::vector<Diagnostic>& diags, const RunSummary& summary,
                       unsigned jobs) {
    JsonWriter w(out, 2);
    w.begin_object();
    w.key("diagnostics").begin_array();
    w.flush();
    put_diagnostics(out, diags, jobs);
    w.written_elsewhere(diags.size());
    w.end_array();
    w.key("summary");
    put_summary(w, diags, summary);
    w.end_object();
    w.newline();
}

void write_stats(std::ostream& out, const RunSummary& summary) {
    out << "files " << summary.files << ", claims " << summary.claims << ", compared " << summary.claims_compared
        << '\n';
    for (const auto& [rule, t] : summary.relations) {
        out << rule << ": " << t.found << " relations found, " << t.verified << " verified\n";
    }
}

}  // namespace claimlint
