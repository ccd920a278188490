// The check command: configuration, documents, claims, checks, report.
#include "src/check_command.hpp"

#include "src/checks/corpus.hpp"
#include "src/inputs.hpp"
#include "src/report.hpp"

#include <fstream>
#include <ostream>

namespace claimlint {
namespace {

void print_input_error(std::ostream& err, const InputError& e) {
    err << e.path();
    if (e.position().line != 0) err << ':' << e.position().line << ':' << e.position().column;
    err << ": error: " << e.what() << '\n';
}

}  // namespace

int run_check(const CheckOptions& opts, std::ostream& out, std::ostream& err) {
    Config config;
    try {
        config = load_config(opts.config);
    } catch (const InputError& e) {
        print_input_error(err, e);
        return 2;
    }
    for (const auto& [ids, on] : {std::pair{&opts.enable, true}, std::pair{&opts.disable, false}}) {
        for (const std::string& id : *ids) {
            if (!find_rule(id)) {
                err << "claimlint: error: unknown rule '" << id << "' (see claimlint rules)\n";
                return 2;
            }
            config.rules[id].enabled = on;
        }
    }
    if (opts.fail_on && !parse_severity(*opts.fail_on, config.fail_on)) {
        err << "claimlint: error: --fail-on must be note, warning or error\n";
        return 2;
    }

    int status = 0;
    InputList inputs = expand_inputs(opts.paths);
    for (const std::string& e : inputs.errors) {
        err << "claimlint: error: " << e << '\n';
        status = 2;
    }
    Corpus corpus;
    for (const std::string& path : inputs.files) {
        try {
            auto doc = std::make_unique<Document>(Document::load(path));
            if (doc->is_binary()) {
                err << path << ": note: skipped binary file (contains NUL bytes)\n";
                continue;
            }
            ClaimOptions co = config.options_for(path);
            if (opts.date) co.date = opts.date;
            corpus.extractions.push_back(extract(*doc, co));
            corpus.docs.push_back(std::move(doc));
            corpus.extractions.back().doc = corpus.docs.back().get();
        } catch (const InputError& e) {
            print_input_error(err, e);
            status = 2;
        }
    }

    std::vector<Relation> relations;
    std::vector<Diagnostic> diags = run_checks(corpus, config, opts.lang, &relations);
    RunSummary summary;
    for (const Relation& r : relations) {
        ++summary.relations[r.rule].found;
        summary.relations[r.rule].verified += r.holds ? 1 : 0;
    }
    summary.files = corpus.docs.size();
    for (const Extraction& ex : corpus.extractions) {
        summary.claims += ex.claims.size();
        for (const Claim& c : ex.claims) summary.claims_compared += c.key.empty() ? 0 : 1;
    }

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
    if (opts.format == "json") write_json_report(*sink, diags, summary);
    else write_text_report(*sink, diags, opts.colour && !opts.output);
    if (opts.stats && opts.format != "json") write_stats(*sink, summary);
    sink->flush();

    if (status != 0) return status;
    for (const Diagnostic& d : diags) {
        if (d.severity >= config.fail_on) return 1;
    }
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
    static const std::map<std::string, std::pair<const char*, const char*>> titles = {
        {"flags", {"What it flags", "检查什么"}},
        {"why", {"Why it matters", "为什么重要"}},
        {"example", {"Example", "示例"}},
        {"instead", {"What to write instead", "如何修改"}},
        {"options", {"Options", "选项"}},
    };
    for (const auto& [section, text] : r->doc) {
        auto t = titles.at(section);
        out << '\n' << (lang == "en" ? t.first : t.second) << ":\n  " << text << '\n';
    }
    return 0;
}

}  // namespace claimlint
