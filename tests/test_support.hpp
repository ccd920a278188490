// Helpers shared by the tests: paths and running the grammar on UTF-8 text.
#pragma once

#include "grammar/scanner.hpp"
#include "src/document.hpp"

#include <array>
#include <cstdio>
#include <filesystem>
#include <string>
#include <sys/wait.h>

namespace claimlint::test {

inline std::filesystem::path source_dir() { return CLAIMLINT_SOURCE_DIR; }

// The shared corpus beside the repository, or empty when it is not there.
inline std::filesystem::path corpus_dir() {
    auto p = source_dir().parent_path() / "shared" / "corpus";
    return std::filesystem::exists(p / "seeds") ? p : std::filesystem::path();
}

// Scans UTF-8 text through the same normalisation as a document.
inline grammar::ScanResult scan_utf8(const std::string& text) {
    Document doc = Document::from_bytes("<test>", text);
    return grammar::scan(doc.normalised());
}

// The exit status and output of one run of the claimlint binary.
struct Run {
    int status = -1;
    std::string out;
};

// Runs a shell command line (the binary is CLAIMLINT_BINARY) and captures
// its standard output.
inline Run run_command(const std::string& cmd) {
    Run r;
    FILE* p = popen(cmd.c_str(), "r");
    if (!p) return r;
    std::array<char, 4096> buf;
    std::size_t n;
    while ((n = fread(buf.data(), 1, buf.size(), p)) > 0) r.out.append(buf.data(), n);
    int st = pclose(p);
    r.status = WIFEXITED(st) ? WEXITSTATUS(st) : -1;
    return r;
}

}  // namespace claimlint::test
