// The archive index: every keyed claim of every indexed file, in SQLite, so
// that a draft can be checked against years of published documents without
// reading them. One row per file (path, content hash) and one per claim
// (the claim record as JSON, with hashed lookup keys for each group a
// claim-key rule compares within, and for its kind: key and figure). Schema versioned by PRAGMA user_version.
// Paths are stored relative to the folder the index file is in (version 3;
// version 2 stored them relative to the folder `index` ran in), so that the
// index answers from any working directory and moves with its archive.
#pragma once

#include "src/archive/sqlite.hpp"
#include "src/checks/claim_record.hpp"

#include <filesystem>
#include <map>
#include <memory>
#include <set>
#include <stdexcept>
#include <string>
#include <vector>

namespace claimlint {

// A problem with the index file, worded for the user (without the path).
class ArchiveError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

// A keyed claim as the index stores it: its lookup hashes, its document's
// date and its record.
struct ArchiveRow {
    std::int64_t key, period_group, scope_group, goal, kind;
    std::string date, record;
};

class Archive {
public:
    static constexpr int kSchemaVersion = 3;

    // Opens the index at `path`; `create` makes a new one when there is none.
    // Throws ArchiveError for a file that is not an index of this version.
    Archive(const std::string& path, bool create);

    // A path as named from the working directory, as the index stores it,
    // and back. Every other path this class takes or gives is as stored.
    std::string stored(const std::string& path) const;
    std::string located(const std::string& stored) const;

    // The content hash of every indexed file, by stored path.
    std::map<std::string, std::string> file_hashes();
    std::int64_t claim_count();

    // An index run starts with begin_bulk_load(), which drops the lookup
    // indexes of an index without claims (a first build), and ends with
    // finish_bulk_load(), which builds any that are missing. Inserting into
    // them row by row costs several times more than building them at once.
    // Until then lookups still answer, by reading the whole table.
    void begin_bulk_load();
    void finish_bulk_load();
    // Writes go in batches: begin(), any number of put()/remove(), commit().
    // A batch is one transaction: interrupted, it leaves the previous state.
    void begin();
    void commit();
    // The rows of a file's keyed records. It touches no database, so an
    // index run makes them on the extraction threads: encoding and hashing
    // are most of the work of a write.
    static std::vector<ArchiveRow> rows(const std::vector<ClaimRecord>& records);
    // Replaces the claims of `path`.
    void put(const std::string& path, const std::string& hash, const std::vector<ArchiveRow>& rows);
    void remove(const std::string& path);

    // Which groups related_claims looks up besides the key: only those of
    // rules that run (the period and scope groups are large).
    // With first_of_kind, of the claims of one kind (same key and figure) a
    // lookup finds, only those of the earliest date: enough when the rules
    // point only to the first figure published that qualifies (not
    // target-vs-actual, whose goal lookup always reads all).
    struct Groups {
        bool period = false, scope = false, goal = false;
        bool first_of_kind = false;
    };
    // The indexed claims a claim-key rule could compare with any of
    // `records`: the same key, and the same period group, scope group or goal
    // as asked, except those of the files `left_out` (ids). Read in one
    // transaction: a consistent state while another process writes. Their
    // files are named from the working directory (located()).
    std::vector<ClaimRecord> related_claims(const std::vector<ClaimRecord>& records, Groups groups,
                                            const std::set<std::int64_t>& left_out);
    // Indexed files by file name (without folders): id and stored path.
    std::vector<std::pair<std::int64_t, std::string>> files_named(const std::string& name);

private:
    // Prepared once, reused for every file.
    sqlite::Statement& statement(std::size_t which, const char* sql);

    std::filesystem::path root_;  // the index file's folder, absolute
    std::filesystem::path cwd_;   // the working directory when opened
    std::unique_ptr<sqlite::Database> db_;
    std::unique_ptr<sqlite::Transaction> batch_;
    std::unique_ptr<sqlite::Statement> statements_[5];
};

// The content hash the index compares to see whether a file changed.
std::string content_hash(std::string_view bytes);

}  // namespace claimlint
