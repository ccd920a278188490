// Emitters for `claimlint check`: compiler-style text and a JSON document.
// They only format what the checks decided, and read the locations' places
// (src/place.hpp, with the format's detail_for), not their documents.
#pragma once

#include "src/checks/corpus.hpp"

#include <map>
#include <optional>
#include <ostream>
#include <string>
#include <vector>

namespace claimlint {

struct BaselineStats {
    std::string path;
    std::size_t matched = 0;  // findings left out because the baseline has them
    std::size_t stale = 0;    // baseline entries that no longer occur
};

struct RunSummary {
    std::size_t files = 0, claims = 0, claims_compared = 0;
    // Arithmetic relations per rule: how many were found among stated
    // figures, and how many of those hold.
    struct Tally {
        std::size_t found = 0, verified = 0;
    };
    std::map<std::string, Tally> relations;
    int exit_code = 0;
    std::optional<BaselineStats> baseline;
    std::vector<std::string> errors;  // input errors, as printed on stderr
};

// `--stats`: the run summary as text, after the diagnostics.
void write_stats(std::ostream& out, const RunSummary& summary);
// Counts of the findings that count (suppressed ones left out), by severity.
struct Totals {
    std::size_t error = 0, warning = 0, note = 0, suppressed = 0;
};
Totals count_findings(const std::vector<Diagnostic>& diags);

// gcc/clang style: `file:line:col: warning: message [rule]`, the source line
// with a caret range aligned by display width, `note:` lines at related
// figures. `colour` adds ANSI colours.
void write_text_report(std::ostream& out, const std::vector<Diagnostic>& diags, bool colour);
// `jobs`: threads that format the findings (0: every core); the bytes are the same for any.
void write_json_report(std::ostream& out, const std::vector<Diagnostic>& diags, const RunSummary& summary,
                       unsigned jobs = 1);
// SARIF 2.1.0 (src/report_sarif.cpp): suppressed findings kept with their
// suppression; columns in UTF-16 code units. Byte-for-byte deterministic.
void write_sarif_report(std::ostream& out, const std::vector<Diagnostic>& diags, const RunSummary& summary);
// GitHub Actions workflow commands, one annotation per finding, then totals.
void write_github_report(std::ostream& out, const std::vector<Diagnostic>& diags, const RunSummary& summary);
// reviewdog's rdjson (DiagnosticResult); columns in UTF-8 bytes.
void write_rdjson_report(std::ostream& out, const std::vector<Diagnostic>& diags);

// Columns a code point takes in a terminal: 2 for East Asian wide and
// full-width characters, 0 for combining marks, else 1 (ICU properties).
int display_width(char32_t c);

}  // namespace claimlint
