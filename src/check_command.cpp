// The check command: configuration, documents, claims, checks, report; and
// writing a baseline from the same run.
#include "src/check_command.hpp"

#include "src/archive/archive.hpp"
#include "src/archive/archive_claims.hpp"
#include "src/baseline.hpp"
#include "src/check_stream.hpp"
#include "src/inputs.hpp"
#include "src/parallel_extract.hpp"
#include "src/place.hpp"
#include "src/progress.hpp"
#include "src/report.hpp"

#include <filesystem>
#include <fstream>
#include <ostream>
#include <set>

namespace claimlint {
namespace {

namespace fs = std::filesystem;

// file:line:col, or the file alone when the position is unknown.
std::string where(const InputError& e) {
    std::string s = e.path();
    if (e.position().line != 0) {
        // Appended piece by piece: GCC 12 -O3 warns falsely (-Wrestrict) on ":" + to_string.
        s.append(1, ':').append(std::to_string(e.position().line));
        s.append(1, ':').append(std::to_string(e.position().column));
    }
    return s;
}

}  // namespace

void print_input_error(std::ostream& err, const InputError& e) { err << where(e) << ": error: " << e.what() << '\n'; }

namespace {

std::string same_file_key(const std::string& path) {
    std::error_code ec;
    fs::path p = fs::weakly_canonical(path, ec);
    return (ec ? fs::path(path).lexically_normal() : p).string();
}

// One run of the checks, shared by `check` and `baseline write`.
struct CheckRun {
    Config config;
    std::vector<Diagnostic> diags;
    RunSummary summary;
    bool usage_error = false;  // nothing ran
    std::unique_ptr<SourceCache> archived = std::make_unique<SourceCache>();  // --db: files notes point at
};

CheckRun run(const CheckOptions& opts, std::ostream& err) {
    CheckRun r;
    r.usage_error = !configure_run(opts, r.config, err);
    if (r.usage_error) return r;

    // A changed file that no longer exists (deleted in the change) has no findings.
    std::vector<std::string> changed;
    for (const std::string& c : opts.changed) {
        if (fs::exists(c)) changed.push_back(c);
        else err << c << ": note: changed file does not exist (deleted?), skipped\n";
    }
    std::vector<std::string> named = opts.paths;
    named.insert(named.end(), changed.begin(), changed.end());
    std::optional<std::set<std::string>> reported;
    if (!opts.changed.empty() || !opts.against.empty()) {
        reported.emplace();
        for (const std::string& f : expand_inputs(opts.changed.empty() ? opts.paths : changed).files) {
            reported->insert(same_file_key(f));
        }
    }

    // Each document once, under the name the user gave it: `--against .`
    // finds the named files again as ./name.
    std::vector<std::string> files;
    std::set<std::string> seen;
    for (bool walked : {false, true}) {
        InputList inputs = expand_inputs(walked ? opts.against : named);
        for (const std::string& e : inputs.errors) {
            err << "claimlint: error: " << e << '\n';
            r.summary.errors.push_back(e);
        }
        for (const std::string& f : inputs.files) {
            // ./archive/a.txt reads better as archive/a.txt in messages.
            std::string name = walked ? fs::path(f).lexically_normal().string() : f;
            if (seen.insert(same_file_key(name)).second) files.push_back(name);
        }
    }
    Progress progress(err, "checked", files.size(), opts.progress);
    auto options_for = [&](const std::string& path) { return r.config.options_for(path, opts.date); };
    // Only the reported documents' findings are kept: the rest is compared with.
    CheckStream stream(r.config, opts.lang, r.summary, opts.jobs, files.size());
    std::vector<std::string> checked;
    // Each document is read, extracted and checked on its own on the worker
    // threads; what it keeps is added here, in the order of `files`.
    struct Slot {
        ExtractedFile file;
        std::optional<CheckStream::Checked> checked;
    };
    std::vector<std::optional<Slot>> slots(files.size());
    try {
        for_each_in_order(files.size(), opts.jobs, [&](std::size_t i) {
            Slot s{extract_file(files[i], options_for), std::nullopt};
            ExtractedFile& f = s.file;
            if (!f.error && !f.binary()) {
                bool focus = !reported || reported->count(same_file_key(f.doc->path())) != 0;
                s.checked = stream.check(std::move(f.doc), std::move(f.extraction), focus);
            }
            slots[i] = std::move(s);
        }, [&](std::size_t i) {
            Slot s = std::move(*slots[i]);
            slots[i].reset();
            const ExtractedFile& f = s.file;
            std::size_t bytes = 0;
            if (f.error) {
                print_input_error(err, *f.error);
                r.summary.errors.push_back(where(*f.error) + ": " + f.error->what());
            } else if (f.binary()) {
                err << f.path << ": note: skipped binary file (contains NUL bytes)\n";
                bytes = f.doc->bytes().size();
            } else {
                checked.push_back(s.checked->path());
                bytes = s.checked->bytes();
                stream.add(std::move(*s.checked));
            }
            progress.advance(bytes);
        });
        std::optional<ArchiveClaims> archive;
        if (opts.db) {
            archive = ArchiveClaims{archive_claims_for(*opts.db, stream.keyed_records(), checked, r.config),
                                    r.archived.get()};
        }
        r.diags = stream.finish(archive ? &*archive : nullptr, detail_for(opts.format));
    } catch (const ArchiveError& e) {
        err << *opts.db << ": error: " << e.what() << '\n';
        r.usage_error = true;
        return r;
    } catch (const InputError& e) {  // a file that is gone or changed since it was read
        print_input_error(err, e);
        r.usage_error = true;
        return r;
    }
    if (reported) {
        std::erase_if(r.diags, [&](const Diagnostic& d) { return !reported->count(same_file_key(path_of(d.location))); });
    }
    return r;
}

}  // namespace

bool configure_run(const CheckOptions& opts, Config& config, std::ostream& err) {
    try {
        config = load_config(opts.config);
    } catch (const InputError& e) {
        print_input_error(err, e);
        return false;
    }
    for (const auto& [ids, on] : {std::pair{&opts.enable, true}, std::pair{&opts.disable, false}}) {
        for (const std::string& id : *ids) {
            if (!find_rule(id)) {
                err << "claimlint: error: unknown rule '" << id << "' (see claimlint rules)\n";
                return false;
            }
            config.rules[id].enabled = on;
        }
    }
    if (opts.fail_on && !parse_severity(*opts.fail_on, config.fail_on)) {
        err << "claimlint: error: --fail-on must be note, warning or error\n";
        return false;
    }
    return true;
}

int report_run(const CheckOptions& opts, const Config& config, std::vector<Diagnostic>& diags, RunSummary& summary,
               std::ostream& out, std::ostream& err) {
    place_all(diags, detail_for(opts.format));  // what the documents still held point at
    if (opts.baseline) {
        try {
            BaselineResult b = apply_baseline(load_baseline(*opts.baseline), diags);
            summary.baseline = BaselineStats{*opts.baseline, b.matched, b.stale};
            err << "claimlint: baseline " << *opts.baseline << ": " << b.matched << " findings matched, " << b.stale
                << " entries no longer occur\n";
        } catch (const InputError& e) {
            print_input_error(err, e);
            return 2;
        }
    }

    int status = summary.errors.empty() ? 0 : 2;
    for (const Diagnostic& d : diags) {
        if (status == 0 && !d.suppression && d.severity >= config.fail_on) status = 1;
    }
    summary.exit_code = status;

    std::ofstream file;
    std::ostream* sink = &out;
    if (opts.output) {
        file.open(*opts.output, std::ios::binary);
        if (!file) {
            err << "claimlint: error: cannot write " << *opts.output << '\n';
            return 2;
        }
        sink = &file;
    }
    if (opts.format == "json") write_json_report(*sink, diags, summary, opts.jobs);
    else if (opts.format == "sarif") write_sarif_report(*sink, diags, summary);
    else if (opts.format == "github") write_github_report(*sink, diags, summary);
    else if (opts.format == "rdjson") write_rdjson_report(*sink, diags);
    else write_text_report(*sink, diags, opts.colour && !opts.output);
    if (opts.stats && (opts.format == "text")) write_stats(*sink, summary);
    sink->flush();
    if (opts.format == "text") {
        if (std::size_t n = count_findings(diags).suppressed) err << "claimlint: " << n << " findings suppressed\n";
    }
    return status;
}

int run_check(const CheckOptions& opts, std::ostream& out, std::ostream& err) {
    CheckRun r = run(opts, err);
    if (r.usage_error) return 2;
    return report_run(opts, r.config, r.diags, r.summary, out, err);
}

int run_baseline_write(const CheckOptions& opts, const std::string& path, std::ostream& err) {
    CheckRun r = run(opts, err);
    if (r.usage_error || !r.summary.errors.empty()) return 2;
    std::ofstream file(path, std::ios::binary);
    if (!file) {
        err << "claimlint: error: cannot write " << path << '\n';
        return 2;
    }
    place_all(r.diags, PlaceDetail{});
    write_baseline(file, r.diags);
    file.flush();
    if (!file) {
        err << "claimlint: error: cannot write " << path << '\n';
        return 2;
    }
    std::size_t n = r.diags.size() - count_findings(r.diags).suppressed;
    err << "claimlint: wrote " << n << " findings to " << path << '\n';
    return 0;
}

int run_rules(std::ostream& out) {
    for (const RuleInfo& r : rule_catalog()) {
        out << r.id << "  " << to_string(r.severity) << (r.enabled ? "" : " (off by default)") << "  " << r.summary
            << '\n';
    }
    return 0;
}

int run_explain(const std::string& id, const std::string& lang, std::ostream& out, std::ostream& err) {
    const RuleInfo* r = find_rule(id);
    if (!r) {
        err << "claimlint: error: unknown rule '" << id << "' (see claimlint rules)\n";
        return 2;
    }
    out << r->id << " (" << to_string(r->severity) << (r->enabled ? "" : ", off by default") << ")\n\n"
        << r->summary << "\n";
    for (const auto& [section, text] : r->doc) out << '\n' << section_title(section, lang) << ":\n  " << text << '\n';
    return 0;
}

}  // namespace claimlint
