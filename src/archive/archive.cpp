#include "src/archive/archive.hpp"

#include "src/checks/record_context.hpp"
#include "src/claims_io.hpp"
#include "src/fingerprint.hpp"

#include <iterator>
#include <optional>
#include <set>

namespace claimlint {
namespace {

constexpr const char* kSchema = R"sql(
CREATE TABLE files(
  id INTEGER PRIMARY KEY,
  path TEXT NOT NULL UNIQUE,
  hash TEXT NOT NULL);
CREATE TABLE claims(
  file_id INTEGER NOT NULL REFERENCES files(id),
  key_hash INTEGER NOT NULL,
  period_group_hash INTEGER NOT NULL,
  scope_group_hash INTEGER NOT NULL,
  goal_hash INTEGER NOT NULL,
  record TEXT NOT NULL);
CREATE INDEX claims_by_file ON claims(file_id);
CREATE INDEX claims_by_key ON claims(key_hash);
CREATE INDEX claims_by_period_group ON claims(period_group_hash);
CREATE INDEX claims_by_scope_group ON claims(scope_group_hash);
CREATE INDEX claims_by_goal ON claims(goal_hash);
)sql";

// Lookup keys are 64-bit hashes of the group strings: small to index; a
// collision only fetches a record the rules then tell apart by its key.
std::int64_t hash64(const std::string& s) { return static_cast<std::int64_t>(std::stoull(stable_hash(s), nullptr, 16)); }

struct Lookups {
    std::int64_t key, period_group, scope_group, goal;
};

// A record is stored as the values of its JSON form in this order (the names
// would take as much room again); the file comes from the files table.
constexpr const char* kFields[] = {"date",     "sentence",  "line",    "column",   "start_byte", "end_byte",
                                   "text",     "digits",    "unit",    "dimension", "kind",      "qualifier",
                                   "interval", "exact",     "scope",   "subject",  "period",     "measure",
                                   "direction", "modality", "key"};

std::string encode(const ClaimRecord& r) {
    nlohmann::json object = claim_record_to_json(r);
    nlohmann::json values = nlohmann::json::array();
    for (const char* f : kFields) values.push_back(std::move(object.at(f)));
    return values.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

std::optional<ClaimRecord> decode(std::string_view path, std::string_view text) {
    nlohmann::json values = nlohmann::json::parse(text);
    if (!values.is_array() || values.size() != std::size(kFields)) throw RecordError("not a stored claim record");
    nlohmann::json object = {{"type", "quantity"}, {"file", path}};
    for (std::size_t i = 0; i < std::size(kFields); ++i) object[kFields[i]] = std::move(values[i]);
    return claim_record_from_json(object);
}

Lookups lookups(const Claim& c) {
    return {hash64(c.key), hash64(context_group(c, true)), hash64(context_group(c, false)), hash64(goal_key(c))};
}

}  // namespace

std::string content_hash(std::string_view bytes) { return stable_hash(bytes); }

Archive::Archive(const std::string& path, bool create) {
    try {
        db_ = std::make_unique<sqlite::Database>(path, create);
        // Readers see the last committed state while a writer works.
        db_->exec("PRAGMA journal_mode = WAL");
        db_->exec("PRAGMA synchronous = NORMAL");
        // The lookup indexes are keyed by hashes, so inserts land all over
        // them: a larger page cache keeps their pages in memory (64 MB).
        db_->exec("PRAGMA cache_size = -65536");
        std::int64_t version = db_->user_version();
        if (version == 0) {
            sqlite::Statement tables = db_->prepare("SELECT count(*) FROM sqlite_master");
            bool empty = tables.step() && tables.integer(0) == 0;
            tables.reset();
            if (!empty) throw ArchiveError("not a claimlint archive index (a database with other tables)");
            if (!create) throw ArchiveError("not a claimlint archive index (empty); build one with claimlint index --db");
            sqlite::Transaction t(*db_);
            db_->exec(kSchema);
            db_->exec("PRAGMA user_version = " + std::to_string(kSchemaVersion));
            t.commit();
        } else if (version != kSchemaVersion) {
            throw ArchiveError("archive index schema version " + std::to_string(version) + ", this claimlint reads version " +
                               std::to_string(kSchemaVersion) + "; build a new index with claimlint index --db");
        }
    } catch (const sqlite::Error& e) {
        throw ArchiveError(std::string("not a usable archive index: ") + e.what());
    }
}

std::map<std::string, std::string> Archive::file_hashes() {
    std::map<std::string, std::string> out;
    sqlite::Statement s = db_->prepare("SELECT path, hash FROM files");
    while (s.step()) out.emplace(s.text(0), s.text(1));
    return out;
}

std::int64_t Archive::claim_count() {
    sqlite::Statement s = db_->prepare("SELECT count(*) FROM claims");
    return s.step() ? s.integer(0) : 0;
}

void Archive::begin() { batch_ = std::make_unique<sqlite::Transaction>(*db_); }

void Archive::commit() {
    batch_->commit();
    batch_.reset();
}

sqlite::Statement& Archive::statement(std::size_t which, const char* sql) {
    if (!statements_[which]) statements_[which] = std::make_unique<sqlite::Statement>(db_->prepare(sql));
    return *statements_[which];
}

void Archive::remove(const std::string& path) {
    statement(0, "DELETE FROM claims WHERE file_id = (SELECT id FROM files WHERE path = ?)").bind(1, path).run();
    statement(1, "DELETE FROM files WHERE path = ?").bind(1, path).run();
}

void Archive::put(const std::string& path, const std::string& hash, const std::vector<ClaimRecord>& records) {
    remove(path);
    statement(2, "INSERT INTO files(path, hash) VALUES(?, ?)").bind(1, path).bind(2, hash).run();
    sqlite::Statement& id = statement(3, "SELECT id FROM files WHERE path = ?");
    id.bind(1, path);
    if (!id.step()) throw sqlite::Error("file row missing after insert");
    std::int64_t file_id = id.integer(0);
    id.reset();
    sqlite::Statement& insert = statement(4, "INSERT INTO claims VALUES(?, ?, ?, ?, ?, ?)");
    for (const ClaimRecord& r : records) {
        Lookups l = lookups(r.claim());
        insert.bind(1, file_id).bind(2, l.key).bind(3, l.period_group).bind(4, l.scope_group).bind(5, l.goal);
        insert.bind(6, encode(r));
        insert.run();
    }
}

std::vector<ClaimRecord> Archive::related_claims(const std::vector<ClaimRecord>& records, Groups groups) {
    std::set<std::int64_t> keys, period_groups, scope_groups, goals;
    for (const ClaimRecord& r : records) {
        if (r.claim().key.empty()) continue;
        Lookups l = lookups(r.claim());
        keys.insert(l.key);
        if (groups.period) period_groups.insert(l.period_group);
        if (groups.scope) scope_groups.insert(l.scope_group);
        if (groups.goal) goals.insert(l.goal);
    }
    std::vector<ClaimRecord> out;
    std::set<std::int64_t> seen;  // rowids: a claim found by two lookups is read once
    sqlite::Transaction snapshot(*db_, false);
    for (auto [column, values] : {std::pair{"key_hash", &keys}, std::pair{"period_group_hash", &period_groups},
                                  std::pair{"scope_group_hash", &scope_groups}, std::pair{"goal_hash", &goals}}) {
        sqlite::Statement s = db_->prepare(std::string("SELECT c.rowid, f.path, c.record FROM claims c JOIN files f ON "
                                                       "f.id = c.file_id WHERE c.") + column + " = ?");
        for (std::int64_t v : *values) {
            s.bind(1, v);
            while (s.step()) {
                if (!seen.insert(s.integer(0)).second) continue;
                try {
                    if (auto r = decode(s.text(1), s.text(2))) out.push_back(std::move(*r));
                } catch (const std::exception& e) {
                    throw ArchiveError(std::string("damaged claim record in the archive index: ") + e.what());
                }
            }
            s.reset();
        }
    }
    snapshot.commit();
    return out;
}

}  // namespace claimlint
