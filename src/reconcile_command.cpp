// The reduce step: claim records in, diagnostics out. Only the claim-key
// rules run here (run_record_checks); the sentence-level rules need the text
// and run where the text is (check). The files that findings point at are
// read back for the report's source lines and for suppression markers.
#include "src/reconcile_command.hpp"

#include "src/checks/record_diagnostics.hpp"
#include "src/claims_io.hpp"
#include "src/markers.hpp"
#include "src/suppressions.hpp"

#include <fstream>
#include <istream>
#include <set>

namespace claimlint {
namespace {

// Reads the records of one JSON Lines stream; false after printing the first
// malformed line as `name:line: error: …`.
bool read_records(std::istream& in, const std::string& name, std::vector<ClaimRecord>& records,
                  std::set<std::string>& files, RunSummary& summary, std::ostream& err) {
    std::string line;
    for (std::size_t n = 1; std::getline(in, line); ++n) {
        if (line.empty() || line == "\r") continue;
        try {
            ParsedRecord p = parse_record(line);
            if (p.quantity) {
                ++summary.claims;
                if (p.file) files.insert(std::move(*p.file));
            }
            if (p.claim) {
                ++summary.claims_compared;
                if (!records.empty()) p.claim->share_origin(records.back());
                records.push_back(std::move(*p.claim));
            }
        } catch (const nlohmann::json::exception& e) {
            err << name << ':' << n << ": error: not a JSON record: " << e.what() << '\n';
            return false;
        } catch (const RecordError& e) {
            err << name << ':' << n << ": error: not a claimlint extract record: " << e.what() << '\n';
            return false;
        }
    }
    if (in.bad()) {
        err << name << ": error: cannot read\n";
        return false;
    }
    return true;
}

}  // namespace

int run_reconcile(const CheckOptions& opts, std::istream& in, std::ostream& out, std::ostream& err) {
    Config config;
    if (!configure_run(opts, config, err)) return 2;

    std::vector<ClaimRecord> records;
    std::set<std::string> files;
    RunSummary summary;
    for (const std::string& path : opts.paths) {
        bool ok;
        if (path == "-") {
            ok = read_records(in, "<stdin>", records, files, summary, err);
        } else {
            std::ifstream file(path, std::ios::binary);
            if (!file) {
                err << path << ": error: cannot open file\n";
                return 2;
            }
            ok = read_records(file, path, records, files, summary, err);
        }
        if (!ok) return 2;
    }
    summary.files = files.size();

    SourceCache sources;
    std::vector<Diagnostic> diags;
    Corpus corpus;  // the documents read back, with their suppression markers
    try {
        for (const RecordFinding& f : run_record_checks(records, config, opts.lang)) {
            diags.push_back(to_diagnostic(f, records, [&](std::size_t i) { return sources.locate(records[i]); }));
        }
        corpus = read_back(sources);
    } catch (const InputError& e) {
        print_input_error(err, e);
        return 2;
    }
    // Markers and accepted findings apply as in check; whether one is unused
    // depends on rules that run elsewhere, so unused-suppression is not
    // reported here.
    Config quiet = config;
    quiet.rules["unused-suppression"].enabled = false;
    apply_suppressions(corpus, quiet, opts.lang, diags);
    sort_diagnostics(diags);
    return report_run(opts, config, diags, summary, out, err);
}

}  // namespace claimlint
