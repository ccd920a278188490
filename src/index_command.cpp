// Indexing: files are extracted in parallel and written in input order, in
// batches of one transaction each. A run killed at any point leaves the
// index as the last committed batch left it, and the next run re-reads the
// files whose stored hash is missing or different, so it completes the work.
#include "src/index_command.hpp"

#include "src/archive/archive.hpp"
#include "src/check_command.hpp"
#include "src/claims_io.hpp"
#include "src/inputs.hpp"
#include "src/parallel_extract.hpp"
#include "src/progress.hpp"

#include <chrono>
#include <filesystem>
#include <optional>
#include <ostream>
#include <set>

namespace claimlint {
namespace {

constexpr std::size_t kBatchFiles = 256;
constexpr auto kBatchTime = std::chrono::seconds(1);

}  // namespace

int run_index(const IndexOptions& opts, std::ostream& err) {
    int status = 0;
    Config config;
    try {
        config = load_config(opts.config);
    } catch (const InputError& e) {
        print_input_error(err, e);
        return 2;
    }
    try {
        Archive archive(opts.db, true);
        const std::map<std::string, std::string> stored = archive.file_hashes();
        InputList inputs = expand_inputs(opts.paths);
        for (const std::string& e : inputs.errors) {
            err << "claimlint: error: " << e << '\n';
            status = 2;
        }
        auto options_for = [&](const std::string& path) { return config.options_for(path, opts.date); };
        auto unchanged = [&](const Document& doc) {
            auto it = stored.find(archive.stored(doc.path()));
            return it != stored.end() && it->second == content_hash(doc.bytes());
        };
        std::size_t changed = 0, kept = 0, removed = 0, claims = 0;
        std::size_t in_batch = 0;
        auto batch_start = std::chrono::steady_clock::now();
        archive.begin_bulk_load();
        archive.begin();
        {
            Progress progress(err, "indexed", inputs.files.size(), opts.progress);
            // Each file is read, extracted and turned into rows on the worker
            // threads; the rows are written here, in the order of the files.
            struct Slot {
                ExtractedFile file;
                std::string hash;
                std::vector<ArchiveRow> rows;
            };
            const std::vector<std::string>& files = inputs.files;
            std::vector<std::optional<Slot>> slots(files.size());
            auto write = [&](Slot& s) {
                const ExtractedFile& f = s.file;
                if (f.error) {
                    print_input_error(err, *f.error);
                    status = 2;
                    // Its claims as indexed before no longer stand for the file.
                    if (stored.count(archive.stored(f.path))) archive.remove(archive.stored(f.path));
                    return;
                }
                if (f.skipped) {
                    ++kept;
                    return;
                }
                claims += s.rows.size();
                archive.put(archive.stored(f.path), s.hash, s.rows);
                ++changed;
                if (++in_batch >= kBatchFiles || std::chrono::steady_clock::now() - batch_start > kBatchTime) {
                    archive.commit();
                    archive.begin();
                    in_batch = 0;
                    batch_start = std::chrono::steady_clock::now();
                }
            };
            for_each_in_order(files.size(), opts.jobs, [&](std::size_t i) {
                Slot s{extract_file(files[i], options_for, unchanged), {}, {}};
                const ExtractedFile& f = s.file;
                if (!f.error && !f.skipped) {
                    s.hash = content_hash(f.doc->bytes());
                    if (!f.binary()) s.rows = Archive::rows(keyed_records(f.extraction));
                }
                slots[i] = std::move(s);
            }, [&](std::size_t i) {
                Slot s = std::move(*slots[i]);
                slots[i].reset();
                write(s);
                progress.advance(s.file.doc ? s.file.doc->bytes().size() : 0);
            });
        }
        // Files indexed before that no longer exist.
        std::set<std::string> named;
        for (const std::string& f : inputs.files) named.insert(archive.stored(f));
        for (const auto& [path, hash] : stored) {
            std::error_code ec;
            if (!named.count(path) && !std::filesystem::exists(archive.located(path), ec)) {
                archive.remove(path);
                ++removed;
            }
        }
        archive.commit();
        archive.finish_bulk_load();
        err << "claimlint: " << opts.db << ": " << changed << " files indexed (" << claims << " claims), " << kept
            << " unchanged, " << removed << " removed; " << archive.claim_count() << " claims in the index\n";
    } catch (const ArchiveError& e) {
        err << opts.db << ": error: " << e.what() << '\n';
        return 2;
    } catch (const sqlite::Error& e) {
        err << opts.db << ": error: " << e.what() << '\n';
        return 2;
    }
    return status;
}

}  // namespace claimlint
