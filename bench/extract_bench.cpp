// Extraction throughput: decode + normalise, and decode + normalise + grammar
// scan, single thread, over a corpus loaded into memory before timing.
//
//   CLAIMLINT_BENCH_CORPUS=build/bench-corpus build/bench/claimlint_bench
//
// The corpus is every *.txt file under $CLAIMLINT_BENCH_CORPUS (recursively,
// in path order); bench/gen_corpus.py writes one. See bench/README.md.

#include "grammar/scanner.hpp"
#include "src/extraction.hpp"
#include "src/claims/claim.hpp"
#include "src/claims/regions.hpp"
#include "src/document.hpp"

#include <benchmark/benchmark.h>

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>
#include <system_error>
#include <utility>
#include <vector>

namespace {

namespace fs = std::filesystem;

struct CorpusFile {
    std::string path;
    std::string bytes;
};

struct Corpus {
    std::string dir;
    std::vector<CorpusFile> files;
    std::int64_t bytes = 0;
    std::string error;  // why the benchmarks cannot run; empty when the corpus is usable
};

constexpr const char* kHowTo =
    "generate a corpus with `python3 bench/gen_corpus.py --seed 1 --size 100MB --out build/bench-corpus` "
    "and run with CLAIMLINT_BENCH_CORPUS=build/bench-corpus (bench/run.sh does both)";

bool read_file(const fs::path& path, std::string& out) {
    std::ifstream in(path, std::ios::binary);
    if (!in) return false;
    in.seekg(0, std::ios::end);
    const std::streamoff size = in.tellg();
    if (size < 0) return false;
    in.seekg(0, std::ios::beg);
    out.resize(static_cast<std::size_t>(size));
    if (size > 0 && !in.read(out.data(), size)) return false;
    return true;
}

Corpus load_corpus() {
    Corpus c;
    const char* env = std::getenv("CLAIMLINT_BENCH_CORPUS");
    if (env == nullptr || *env == '\0') {
        c.error = std::string("CLAIMLINT_BENCH_CORPUS is not set: ") + kHowTo;
        return c;
    }
    c.dir = env;

    std::error_code ec;
    if (!fs::is_directory(c.dir, ec)) {
        c.error = "CLAIMLINT_BENCH_CORPUS=" + c.dir + " is not a directory: " + kHowTo;
        return c;
    }
    std::vector<fs::path> paths;
    fs::recursive_directory_iterator it(c.dir, fs::directory_options::skip_permission_denied, ec);
    const fs::recursive_directory_iterator end{};
    for (; !ec && it != end; it.increment(ec)) {
        std::error_code type_ec;
        if (it->path().extension() == ".txt" && it->is_regular_file(type_ec)) paths.push_back(it->path());
    }
    if (ec) {
        c.error = "cannot list " + c.dir + ": " + ec.message();
        return c;
    }
    std::sort(paths.begin(), paths.end());

    c.files.reserve(paths.size());
    for (const fs::path& p : paths) {
        CorpusFile f{p.string(), {}};
        if (!read_file(p, f.bytes)) {
            c.error = "cannot read " + f.path;
            return c;
        }
        c.bytes += static_cast<std::int64_t>(f.bytes.size());
        c.files.push_back(std::move(f));
    }
    if (c.files.empty()) c.error = "no .txt files under " + c.dir + ": " + kHowTo;
    return c;
}

// Loaded once, before the first timed loop (main() forces it).
const Corpus& corpus() {
    static const Corpus c = load_corpus();
    return c;
}

void report(benchmark::State& state, const Corpus& c, std::int64_t rejected, std::int64_t binary) {
    const auto passes = static_cast<std::int64_t>(state.iterations());
    state.SetBytesProcessed(passes * c.bytes);
    state.SetItemsProcessed(passes * static_cast<std::int64_t>(c.files.size()));  // documents/s
    state.counters["docs"] = benchmark::Counter(static_cast<double>(c.files.size()));
    if (rejected > 0)
        state.counters["rejected"] = benchmark::Counter(static_cast<double>(rejected), benchmark::Counter::kAvgIterations);
    if (binary > 0)
        state.counters["binary"] = benchmark::Counter(static_cast<double>(binary), benchmark::Counter::kAvgIterations);
}

// Calls `f` with each decodable, non-binary document of the corpus, counting
// the others.
template <typename F>
void for_each_document(const Corpus& c, std::int64_t& rejected, std::int64_t& binary, F&& f) {
    for (const CorpusFile& file : c.files) {
        try {
            claimlint::Document doc = claimlint::Document::from_bytes(file.path, file.bytes);
            if (doc.is_binary()) {
                ++binary;
                continue;
            }
            f(doc);
        } catch (const claimlint::InputError&) {
            ++rejected;
        }
    }
}

// (a) Document::from_bytes: UTF-8 validation and decoding, normalisation, the
// offset and line maps. The copy of path and bytes into the call is included
// (a memcpy, small next to decoding).
void BM_Document(benchmark::State& state) {
    const Corpus& c = corpus();
    if (!c.error.empty()) {
        state.SkipWithError(c.error.c_str());
        return;
    }
    std::int64_t rejected = 0, binary = 0;
    std::size_t code_points = 0;
    for (auto _ : state) {
        for (const CorpusFile& f : c.files) {
            try {
                claimlint::Document doc = claimlint::Document::from_bytes(f.path, f.bytes);
                if (doc.is_binary()) ++binary;
                code_points += doc.size();
            } catch (const claimlint::InputError&) {
                ++rejected;
            }
        }
        benchmark::DoNotOptimize(code_points);
    }
    report(state, c, rejected, binary);
}

// (b) from_bytes followed by grammar::scan over the normalised text.
void BM_DocumentScan(benchmark::State& state) {
    const Corpus& c = corpus();
    if (!c.error.empty()) {
        state.SkipWithError(c.error.c_str());
        return;
    }
    std::int64_t rejected = 0, binary = 0, quantities = 0, periods = 0;
    for (auto _ : state) {
        for_each_document(c, rejected, binary, [&](const claimlint::Document& doc) {
            claimlint::grammar::ScanResult r = claimlint::grammar::scan(doc.normalised());
            quantities += static_cast<std::int64_t>(r.quantities.size());
            periods += static_cast<std::int64_t>(r.periods.size());
        });
        benchmark::DoNotOptimize(quantities);
        benchmark::DoNotOptimize(periods);
    }
    report(state, c, rejected, binary);
    // Per pass over the corpus, and per second.
    state.counters["quantities"] = benchmark::Counter(static_cast<double>(quantities), benchmark::Counter::kAvgIterations);
    state.counters["periods"] = benchmark::Counter(static_cast<double>(periods), benchmark::Counter::kAvgIterations);
    state.counters["quantities/s"] = benchmark::Counter(static_cast<double>(quantities), benchmark::Counter::kIsRate);
}

// (b') The passes over the whole normalised text that find where sentences,
// words and place mentions start, on documents decoded before timing. Their
// branches depend on the text and mispredict, which instruction counts do not
// show: this times them apart.
void BM_TextPasses(benchmark::State& state) {
    const Corpus& c = corpus();
    if (!c.error.empty()) {
        state.SkipWithError(c.error.c_str());
        return;
    }
    std::int64_t rejected = 0, binary = 0;
    static const std::vector<claimlint::Document> docs = [&] {
        std::vector<claimlint::Document> d;
        for_each_document(c, rejected, binary, [&](const claimlint::Document& doc) { d.push_back(doc); });
        return d;
    }();
    std::size_t found = 0;
    for (auto _ : state) {
        for (const claimlint::Document& doc : docs) {
            const claimlint::WordStarts starts = claimlint::word_starts(doc.normalised());
            const std::vector<claimlint::RegionMention> regions = claimlint::find_regions(doc.normalised(), starts.places);
            found += starts.sentences.size() + starts.words.size() + starts.homes.size() + regions.size();
        }
        benchmark::DoNotOptimize(found);
    }
    report(state, c, rejected, binary);
}

// (c) The whole of `claimlint extract` without output: document, grammar,
// sentences, document facts and a claim for every figure.
void BM_Extract(benchmark::State& state) {
    const Corpus& c = corpus();
    if (!c.error.empty()) {
        state.SkipWithError(c.error.c_str());
        return;
    }
    std::int64_t rejected = 0, binary = 0, keyed = 0;
    for (auto _ : state) {
        for_each_document(c, rejected, binary, [&](const claimlint::Document& doc) {
            claimlint::Extraction ex = claimlint::extract(doc);
            for (const claimlint::Claim& cl : ex.claims) keyed += cl.key.empty() ? 0 : 1;
        });
        benchmark::DoNotOptimize(keyed);
    }
    report(state, c, rejected, binary);
    state.counters["claims_keyed"] = benchmark::Counter(static_cast<double>(keyed), benchmark::Counter::kAvgIterations);
}

// One iteration is one pass over the whole corpus (about a second for 100 MB).
BENCHMARK(BM_Document)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_DocumentScan)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_TextPasses)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_Extract)->Unit(benchmark::kMillisecond);

}  // namespace

int main(int argc, char** argv) {
    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv)) return 1;

    const Corpus& c = corpus();  // load outside any timing
    if (c.error.empty()) {
        std::fprintf(stderr, "claimlint_bench: corpus %s: %zu files, %.1f MB\n", c.dir.c_str(), c.files.size(),
                     static_cast<double>(c.bytes) / 1e6);
        benchmark::AddCustomContext("corpus", c.dir);
        benchmark::AddCustomContext("corpus_files", std::to_string(c.files.size()));
        benchmark::AddCustomContext("corpus_bytes", std::to_string(c.bytes));
    } else {
        std::fprintf(stderr, "claimlint_bench: %s\n", c.error.c_str());
    }

    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
