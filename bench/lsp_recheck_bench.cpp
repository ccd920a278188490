// Re-check latency of `claimlint lsp` after a one-character edit: the server
// core is driven in-process, the way the stdio loop drives it, and each
// sample is the time from the didChange to the published diagnostics (apply
// the edit, re-extract the draft, run the checks over the workspace, convert
// and write). See bench/README.md.
//
//   claimlint_lsp_bench WORKSPACE DRAFT [ITERATIONS]
//
// DRAFT is cut to its first 80 KB (at a line end) and opened as a buffer
// inside WORKSPACE; prints the median, 95th percentile and maximum.
#include "src/lsp/server.hpp"
#include "src/lsp/uri.hpp"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>
#include <vector>

namespace {

using nlohmann::json;
using Clock = std::chrono::steady_clock;

double ms(Clock::duration d) { return std::chrono::duration<double, std::milli>(d).count(); }

double percentile(std::vector<double> v, double p) {
    std::sort(v.begin(), v.end());
    std::size_t i = static_cast<std::size_t>(p * static_cast<double>(v.size() - 1) + 0.5);
    return v[i];
}

// A stream that throws away what the server writes, so that only the server is timed.
class NullBuffer : public std::streambuf {
protected:
    int overflow(int c) override { return c; }
    std::streamsize xsputn(const char*, std::streamsize n) override { return n; }
};

}  // namespace

int main(int argc, char** argv) {
    if (argc < 3) {
        std::cerr << "usage: claimlint_lsp_bench WORKSPACE DRAFT [ITERATIONS]\n";
        return 2;
    }
    namespace fs = std::filesystem;
    const fs::path root = fs::absolute(argv[1]);
    int iterations = argc > 3 ? std::atoi(argv[3]) : 200;
    if (iterations < 1) iterations = 200;
    std::ifstream in(argv[2], std::ios::binary);
    if (!in) {
        std::cerr << "claimlint_lsp_bench: cannot read " << argv[2] << "\n";
        return 2;
    }
    std::string draft((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    if (draft.size() > 80000) draft.resize(draft.rfind('\n', 80000) + 1);

    NullBuffer null;
    std::ostream sink(&null);
    claimlint::lsp::MessageWriter writer(sink);
    claimlint::lsp::Server server(writer);
    const std::string uri = claimlint::lsp::path_to_uri((root / "draft-under-edit.md").string());

    auto t0 = Clock::now();
    server.handle({{"jsonrpc", "2.0"}, {"id", 1}, {"method", "initialize"},
                   {"params", {{"rootUri", claimlint::lsp::path_to_uri(root.string())},
                               {"capabilities", {{"general", {{"positionEncodings", {"utf-16"}}}}}}}}});
    server.handle({{"jsonrpc", "2.0"}, {"method", "initialized"}, {"params", json::object()}});
    auto t1 = Clock::now();
    server.handle({{"jsonrpc", "2.0"}, {"method", "textDocument/didOpen"},
                   {"params", {{"textDocument", {{"uri", uri}, {"languageId", "markdown"}, {"version", 1}, {"text", draft}}}}}});
    auto t2 = Clock::now();

    std::size_t claims = 0;
    for (const auto& ex : server.workspace().corpus().extractions) claims += ex.claims.size();
    std::printf("workspace: %zu documents, %zu claims; draft %zu bytes\n", server.workspace().size(), claims,
                draft.size());
    std::printf("index at start-up: %.0f ms; first check of the draft: %.1f ms\n", ms(t1 - t0), ms(t2 - t1));

    // Edit the middle line back and forth: insert a character, then delete it.
    std::int64_t line = std::count(draft.begin(), draft.begin() + static_cast<std::ptrdiff_t>(draft.size() / 2), '\n');
    std::vector<double> samples;
    for (int i = 0; i < iterations; ++i) {
        json range = {{"start", {{"line", line}, {"character", 0}}},
                      {"end", {{"line", line}, {"character", i % 2 == 0 ? 0 : 1}}}};
        json change = {{"jsonrpc", "2.0"},
                       {"method", "textDocument/didChange"},
                       {"params", {{"textDocument", {{"uri", uri}, {"version", i + 2}}},
                                   {"contentChanges", {{{"range", range}, {"text", i % 2 == 0 ? "x" : ""}}}}}}};
        auto start = Clock::now();
        server.handle(change);
        server.flush();  // what the debounce timer runs once the typing pauses
        samples.push_back(ms(Clock::now() - start));
    }
    std::printf("re-check after a one-character edit, %d samples: median %.1f ms, p95 %.1f ms, max %.1f ms\n",
                iterations, percentile(samples, 0.5), percentile(samples, 0.95), percentile(samples, 1.0));
    return 0;
}
