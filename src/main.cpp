// claimlint's command line.
#include "src/check_command.hpp"
#include "src/extract_command.hpp"
#include "src/index_command.hpp"
#include "src/lsp/server.hpp"
#include "src/reconcile_command.hpp"

#include <CLI/CLI.hpp>
#include <csignal>
#include <cstdlib>
#include <iostream>
#include <unistd.h>

#ifndef CLAIMLINT_VERSION
#define CLAIMLINT_VERSION "0.0.0"
#endif

int main(int argc, char** argv) {
    std::ios::sync_with_stdio(false);
    CLI::App app{"claimlint: finds numeric statements in Chinese documents that cannot all be true"};
    app.set_version_flag("--version", std::string("claimlint ") + CLAIMLINT_VERSION);
    app.require_subcommand(1);

    claimlint::ExtractOptions extract;
    CLI::App* ex = app.add_subcommand("extract", "Print every numeric expression and period (JSON Lines or text)");
    ex->add_option("paths", extract.paths, "Files or folders (.txt, .md)")->required();
    ex->add_option("--format", extract.format, "Output format")
        ->check(CLI::IsMember({"jsonl", "text"}))
        ->capture_default_str();
    ex->add_option("--config", extract.config, "Configuration file (default: nearest .claimlint.toml)");
    ex->add_option("--date", extract.date, "Publication date of every document (YYYY-MM-DD)");
    ex->add_option("--jobs,-j", extract.jobs, "Threads that read and extract documents (default: every core)");

    // The options of a check run, shared by `check` and `baseline write`.
    auto run_options = [](CLI::App* cmd, claimlint::CheckOptions& o) {
        cmd->add_option("--config", o.config, "Configuration file (default: nearest .claimlint.toml)");
        cmd->add_option("--lang", o.lang, "Message language")->check(CLI::IsMember({"zh", "en"}))->capture_default_str();
        cmd->add_option("--date", o.date, "Publication date of every document (YYYY-MM-DD)");
        cmd->add_option("--enable", o.enable, "Turn a rule on (repeatable)")->allow_extra_args(false);
        cmd->add_option("--disable", o.disable, "Turn a rule off (repeatable)")->allow_extra_args(false);
        cmd->add_option("--changed", o.changed,
                        "Report only findings in this file, still checking it against every document (repeatable)")
            ->allow_extra_args(false);
        cmd->add_option("--against", o.against,
                        "Compare the PATHs with the documents under this path, reporting only the PATHs' findings "
                        "(repeatable)")
            ->allow_extra_args(false);
        cmd->add_option("--jobs,-j", o.jobs, "Threads that read, extract and check documents (default: every core)");
        o.progress = isatty(STDERR_FILENO) != 0;
    };

    claimlint::CheckOptions check;
    CLI::App* ck = app.add_subcommand("check", "Report figures that contradict each other across the documents");
    ck->add_option("paths", check.paths, "Files or folders (.txt, .md), checked together")->required();
    ck->add_option("--format", check.format, "Output format")
        ->check(CLI::IsMember({"text", "json", "sarif", "github", "rdjson"}))
        ->capture_default_str();
    ck->add_option("--fail-on", check.fail_on, "Lowest severity that fails the run: note, warning, error");
    ck->add_option("--output,-o", check.output, "Write the report to a file");
    ck->add_flag("--stats", check.stats, "Print the run summary: claims compared, arithmetic relations found and verified");
    ck->add_option("--baseline", check.baseline, "Report only findings not recorded in this baseline file");
    ck->add_option("--db", check.db,
                   "Archive index (claimlint index): check the PATHs against every claim in it and each other");
    run_options(ck, check);

    claimlint::CheckOptions base;
    std::string baseline_file;
    CLI::App* bl = app.add_subcommand("baseline", "Record today's findings so that later checks report only new ones");
    bl->require_subcommand(1);
    CLI::App* bw = bl->add_subcommand("write", "Write the findings of PATH… to FILE");
    bw->add_option("file", baseline_file, "Baseline file to write")->required();
    bw->add_option("paths", base.paths, "Files or folders (.txt, .md), checked together")->required();
    run_options(bw, base);

    claimlint::IndexOptions index;
    CLI::App* ix = app.add_subcommand("index", "Build or update an archive index of every claim (for check --db)");
    ix->add_option("--db", index.db, "Index file (SQLite; created when missing)")->required();
    ix->add_option("paths", index.paths, "Files or folders (.txt, .md)")->required();
    ix->add_option("--config", index.config, "Configuration file (default: nearest .claimlint.toml)");
    ix->add_option("--date", index.date, "Publication date of every document (YYYY-MM-DD)");
    ix->add_option("--jobs,-j", index.jobs, "Threads that read, extract and encode documents (default: every core)");

    claimlint::CheckOptions reconcile;
    CLI::App* rc = app.add_subcommand(
        "reconcile", "Apply the claim-key rules to claims printed by extract --format jsonl (the reduce step)");
    rc->add_option("claims", reconcile.paths, "JSON Lines files from claimlint extract (- for standard input)")
        ->required();
    rc->add_option("--format", reconcile.format, "Output format")
        ->check(CLI::IsMember({"text", "json", "sarif", "github", "rdjson"}))
        ->capture_default_str();
    rc->add_option("--fail-on", reconcile.fail_on, "Lowest severity that fails the run: note, warning, error");
    rc->add_option("--output,-o", reconcile.output, "Write the report to a file");
    rc->add_option("--baseline", reconcile.baseline, "Report only findings not recorded in this baseline file");
    rc->add_option("--config", reconcile.config, "Configuration file (default: nearest .claimlint.toml)");
    rc->add_option("--lang", reconcile.lang, "Message language")->check(CLI::IsMember({"zh", "en"}))->capture_default_str();
    rc->add_option("--enable", reconcile.enable, "Turn a rule on (repeatable)")->allow_extra_args(false);
    rc->add_option("--disable", reconcile.disable, "Turn a rule off (repeatable)")->allow_extra_args(false);

    CLI::App* rules = app.add_subcommand("rules", "List every rule");
    std::string explain_id, explain_lang = "zh";
    CLI::App* explain = app.add_subcommand("explain", "Print one rule's documentation");
    explain->add_option("id", explain_id, "Rule id")->required();
    explain->add_option("--lang", explain_lang, "Language")->check(CLI::IsMember({"zh", "en"}));

    claimlint::lsp::ServerOptions lsp;
    CLI::App* ls = app.add_subcommand("lsp", "Run the language server (LSP 3.17 over stdio) for editors");
    bool lsp_stdio = true;  // accepted because client libraries (vscode-languageclient) pass it
    ls->add_flag("--stdio", lsp_stdio, "Talk over standard input and output (the default and only transport)");
    ls->add_option("--lang", lsp.lang, "Message language")->check(CLI::IsMember({"zh", "en"}))->capture_default_str();

    try {
        app.parse(argc, argv);
    } catch (const CLI::ParseError& e) {
        int rc = app.exit(e);
        return rc == 0 ? 0 : 2;
    }
    if (ex->parsed()) return claimlint::run_extract(extract, std::cout, std::cerr);
    if (ck->parsed()) {
        check.colour = isatty(STDOUT_FILENO) && std::getenv("NO_COLOR") == nullptr;
        return claimlint::run_check(check, std::cout, std::cerr);
    }
    if (ix->parsed()) {
        index.progress = isatty(STDERR_FILENO) != 0;
        return claimlint::run_index(index, std::cerr);
    }
    if (rc->parsed()) {
        reconcile.colour = isatty(STDOUT_FILENO) && std::getenv("NO_COLOR") == nullptr;
        return claimlint::run_reconcile(reconcile, std::cin, std::cout, std::cerr);
    }
    if (bw->parsed()) return claimlint::run_baseline_write(base, baseline_file, std::cerr);
    if (ls->parsed()) {
        std::signal(SIGPIPE, SIG_IGN);  // a client that went away is an end of input, not a crash
        std::cin.tie(nullptr);  // reads happen on another thread than writes: no implicit flush of cout
        return claimlint::lsp::run_server(std::cin, std::cout, lsp, /*detach_reader=*/true);
    }
    if (rules->parsed()) return claimlint::run_rules(std::cout);
    if (explain->parsed()) return claimlint::run_explain(explain_id, explain_lang, std::cout, std::cerr);
    return 2;
}
