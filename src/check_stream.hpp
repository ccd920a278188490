// `check` one document at a time: each document is checked by the rules that
// read it alone as soon as it is extracted, and only what the cross-document
// rules need is kept (src/checks/cross_facts.hpp); the documents are read
// again at the end, one at a time, to place the findings that point into
// them (src/place.hpp). The diagnostics are those run_checks gives on the
// whole corpus, in memory that grows with the claims, not with the text.
#pragma once

#include "src/checks/cross_facts.hpp"
#include "src/checks/figure_pool.hpp"
#include "src/place.hpp"
#include "src/report.hpp"

#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <unordered_set>
#include <vector>

namespace claimlint {

class CheckStream {
    // Findings of the one-document rules, their documents detached: read
    // back by path, and compared by a hash of their bytes.
    struct Found {
        std::string path;
        std::size_t hash = 0;
        std::vector<Diagnostic> diags;
    };

public:
    // Counts files, claims and relations into `summary`. `finish` runs on
    // `jobs` threads (the same result for any number). `expected`: about how
    // many documents will be added (room for their records is made ahead).
    CheckStream(const Config& config, std::string lang, RunSummary& summary, unsigned jobs = 1,
                std::size_t expected = 0);

    // One document checked on its own, and what it keeps for the
    // cross-document rules; the document and its extraction are gone.
    class Checked {
        friend class CheckStream;

    public:
        const std::string& path() const { return path_; }
        std::size_t bytes() const { return bytes_; }

    private:
        std::string path_;
        std::size_t bytes_ = 0, claims_ = 0, keyed_ = 0;
        bool marked_ = false;
        bool focus_ = true;
        CrossFacts facts_;
        std::vector<std::pair<std::string, bool>> relations_;  // rule, holds
        std::optional<Found> found_;
    };
    // Checks a document on its own; safe on several threads at once (they
    // share the pool of figures under a lock). `focus`: its findings are
    // looked for (the others are only compared with).
    Checked check(std::unique_ptr<Document> doc, Extraction ex, bool focus);
    // Keeps the facts of a checked document; documents are added in the
    // order of the run, which the output follows.
    void add(Checked checked);
    // The keyed claims of every document added (what check --db looks up).
    std::vector<ClaimRecord> keyed_records() const;
    // Runs the cross-document rules (with the archive's records, if any),
    // reads back the documents the findings point at, one at a time, to place
    // them (src/place.hpp) with `detail`, applies suppressions and sorts.
    // Throws InputError when a file changed since it was read. Locations in
    // the archive's documents are left to place.
    std::vector<Diagnostic> finish(const ArchiveClaims* archive, PlaceDetail detail);

private:
    // A figure a cross-document finding points at, placed, or why it cannot be.
    struct Located {
        Location at;
        std::optional<InputError> error;
    };
    // A document read back for the report, and what points into it.
    struct PlacedFile {
        std::string path;
        std::optional<std::size_t> hash;           // of the text its positions are in (require_unchanged)
        std::vector<Diagnostic>* found = nullptr;  // the one-document findings
        std::vector<std::size_t> records;          // the figures of cross-document findings in it
        std::vector<std::pair<std::size_t, Located>> located;
        bool markers = false;                      // it has suppression markers
        std::vector<Diagnostic*> diags;            // every finding whose figure is in it
        std::vector<Diagnostic> unused;            // its unused markers
        std::optional<InputError> error, marker_error;
    };
    // Reads `f` (or takes it from `sources`), places its one-document
    // findings and locates and places its `records`; the document goes.
    void read_back(PlacedFile& f, SourceCache& sources, PlaceDetail detail) const;
    // Reads a file with markers again to apply them to its `diags`.
    void apply_markers(PlacedFile& f, PlaceDetail detail) const;
    // Makes room for `more` records.
    void reserve_records(std::size_t more);
    // Throws InputError when `doc` is not the text f's positions are in.
    static void require_unchanged(PlacedFile& f, const Document& doc);

    const Config& config_;
    std::string lang_;
    RunSummary& summary_;
    unsigned jobs_;
    std::size_t expected_ = 0, added_ = 0;  // documents
    CrossFacts facts_;
    // Records refer to pooled copies of their figures, shared by every
    // record that states the same.
    // A pointer: the pool holds locks and cannot be moved or reassigned.
    std::unique_ptr<FigurePool> pool_ = std::make_unique<FigurePool>();
    std::vector<Found> found_;
    std::vector<std::string> marked_;  // documents with suppression markers
    std::unordered_set<std::string> unreported_;  // documents only compared with (check --against, --changed)
};

}  // namespace claimlint
