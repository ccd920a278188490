// Emitters for `claimlint check`: compiler-style text and a JSON document.
// They only format what the checks decided.
#pragma once

#include "src/checks/corpus.hpp"

#include <map>
#include <ostream>
#include <string>

namespace claimlint {

struct RunSummary {
    std::size_t files = 0, claims = 0, claims_compared = 0;
    // Arithmetic relations per rule: how many were found among stated
    // figures, and how many of those hold.
    struct Tally {
        std::size_t found = 0, verified = 0;
    };
    std::map<std::string, Tally> relations;
};

// `--stats`: the run summary as text, after the diagnostics.
void write_stats(std::ostream& out, const RunSummary& summary);

// gcc/clang style: `file:line:col: warning: message [rule]`, the source line
// with a caret range aligned by display width, `note:` lines at related
// figures. `colour` adds ANSI colours.
void write_text_report(std::ostream& out, const std::vector<Diagnostic>& diags, bool colour);
void write_json_report(std::ostream& out, const std::vector<Diagnostic>& diags, const RunSummary& summary);

// Columns a code point takes in a terminal: 2 for East Asian wide and
// full-width characters, 0 for combining marks, else 1 (ICU properties).
int display_width(char32_t c);

}  // namespace claimlint
