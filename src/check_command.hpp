// `claimlint check PATH…` and `claimlint rules` / `claimlint explain ID`.
#pragma once

#include "src/report.hpp"

#include <iosfwd>
#include <optional>
#include <string>
#include <vector>

namespace claimlint {

struct CheckOptions {
    std::vector<std::string> paths;
    std::string format = "text";  // text | json | sarif | github | rdjson
    std::optional<std::string> config;
    std::optional<std::string> fail_on;
    std::string lang = "zh";
    std::optional<std::string> date;
    std::vector<std::string> enable, disable;
    std::optional<std::string> output;
    bool colour = false;
    bool stats = false;  // print the run summary with the relation counts
    std::optional<std::string> baseline;  // report only findings not in it
    // Changed-files mode: every document is checked, but only findings in
    // `changed` are reported. With `against` (and no `changed`), the PATHs are
    // reported and the documents under `against` only compared with.
    std::vector<std::string> changed, against;
    std::optional<std::string> db;  // an archive index (claimlint index) to check the PATHs against
    unsigned jobs = 0;      // extraction threads; 0: every core
    bool progress = false;  // a progress line on stderr (when it is a terminal)
};

// Loads the configuration and applies --enable, --disable and --fail-on;
// false (after printing why) on bad usage or a broken configuration.
bool configure_run(const CheckOptions& opts, Config& config, std::ostream& err);
// Applies the baseline and prints the report in the chosen format; returns the
// exit code (summary.errors, if any, make it 2).
int report_run(const CheckOptions& opts, const Config& config, std::vector<Diagnostic>& diags, RunSummary& summary,
               std::ostream& out, std::ostream& err);
// `file:line:col: error: message`.
void print_input_error(std::ostream& err, const InputError& e);

// Exit code: 0 clean, 1 findings at or above the fail level, 2 bad usage,
// config or input.
int run_check(const CheckOptions& opts, std::ostream& out, std::ostream& err);

// `claimlint baseline write FILE PATH…`: records today's findings in FILE.
int run_baseline_write(const CheckOptions& opts, const std::string& file, std::ostream& err);

int run_rules(std::ostream& out);
int run_explain(const std::string& id, const std::string& lang, std::ostream& out, std::ostream& err);

}  // namespace claimlint
