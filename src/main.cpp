// claimlint's command line.
#include "src/extract_command.hpp"

#include <CLI/CLI.hpp>
#include <iostream>

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

    try {
        app.parse(argc, argv);
    } catch (const CLI::ParseError& e) {
        int rc = app.exit(e);
        return rc == 0 ? 0 : 2;
    }
    if (ex->parsed()) return claimlint::run_extract(extract, std::cout, std::cerr);
    return 2;
}
