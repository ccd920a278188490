// Helpers shared by the tests: paths and running the grammar on UTF-8 text.
#pragma once

#include "grammar/scanner.hpp"
#include "src/document.hpp"

#include <array>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <random>
#include <string>
#include <sys/wait.h>
#include <unistd.h>

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

// Runs claimlint with `args` in `dir`; stderr is dropped unless merged.
inline Run run_claimlint(const std::filesystem::path& dir, const std::string& args, bool merge_stderr = false) {
    return run_command("cd '" + dir.string() + "' && NO_COLOR=1 " + CLAIMLINT_BINARY + " " + args +
                       (merge_stderr ? " 2>&1" : " 2>/dev/null"));
}

inline std::string read_file(const std::filesystem::path& p) {
    std::ifstream in(p, std::ios::binary);
    return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

inline void write_file(const std::filesystem::path& p, const std::string& text) {
    std::ofstream(p, std::ios::binary) << text;
}

// Calls check(text, round) with `rounds` random texts of up to `longest`
// characters drawn from `alphabet`, the same ones every run: for comparing
// a fast scan with a plain loop.
template <std::size_t N, typename Check>
void for_random_texts(const char32_t (&alphabet)[N], std::size_t longest, int rounds, Check&& check) {
    std::mt19937 random(1);
    for (int round = 0; round < rounds; ++round) {
        std::u32string text(random() % longest, U' ');
        for (char32_t& c : text) c = alphabet[random() % N];
        check(text, round);
    }
}

// A fresh folder under the temporary directory, removed with the object.
class ScratchDir {
public:
    explicit ScratchDir(const std::string& name)
        : path_(std::filesystem::temp_directory_path() / ("claimlint_" + name + "_" + std::to_string(::getpid()))) {
        std::filesystem::remove_all(path_);
        std::filesystem::create_directories(path_);
    }
    ~ScratchDir() { std::filesystem::remove_all(path_); }
    ScratchDir(const ScratchDir&) = delete;
    ScratchDir& operator=(const ScratchDir&) = delete;
    const std::filesystem::path& path() const { return path_; }

private:
    std::filesystem::path path_;
};

}  // namespace claimlint::test
