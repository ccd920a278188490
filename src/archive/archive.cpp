#include "src/archive/archive.hpp"

#include "src/checks/record_context.hpp"
#include "src/claims_io.hpp"
#include "src/fingerprint.hpp"
#include "src/json_writer.hpp"

#include <filesystem>
#include <iterator>
#include <limits>
#include <optional>
#include <set>
#include <sstream>

namespace claimlint {
namespace {

constexpr const char* kSchema = R"sql(
CREATE TABLE files(
  id INTEGER PRIMARY KEY,
  path TEXT NOT NULL UNIQUE,
  name TEXT NOT NULL,
  hash TEXT NOT NULL);
CREATE INDEX files_by_name ON files(name);
CREATE TABLE claims(
  file_id INTEGER NOT NULL REFERENCES files(id),
  key_hash INTEGER NOT NULL,
  period_group_hash INTEGER NOT NULL,
  scope_group_hash INTEGER NOT NULL,
  goal_hash INTEGER NOT NULL,
  kind_hash INTEGER NOT NULL,
  date TEXT NOT NULL,
  record TEXT NOT NULL);
CREATE INDEX claims_by_file ON claims(file_id);
)sql";

// The lookup indexes: keyed by hashes, so rows land all over them. A first
// build loads the claims without them and sorts them in at the end.
constexpr const char* kLookupIndexes = R"sql(
CREATE INDEX IF NOT EXISTS claims_by_key ON claims(key_hash, kind_hash, date);
CREATE INDEX IF NOT EXISTS claims_by_period_group ON claims(period_group_hash, kind_hash, date);
CREATE INDEX IF NOT EXISTS claims_by_scope_group ON claims(scope_group_hash, kind_hash, date);
CREATE INDEX IF NOT EXISTS claims_by_goal ON claims(goal_hash);
)sql";
constexpr const char* kDropLookupIndexes = R"sql(
DROP INDEX IF EXISTS claims_by_key;
DROP INDEX IF EXISTS claims_by_period_group;
DROP INDEX IF EXISTS claims_by_scope_group;
DROP INDEX IF EXISTS claims_by_goal;
)sql";

// Lookup keys are 64-bit hashes of the group strings: small to index; a
// collision only fetches a record the rules then tell apart by its key.
std::int64_t hash64(const std::string& s) { return static_cast<std::int64_t>(fnv1a(s)); }

// The groups a claim is looked up by. Its kind (key and figure) is stored
// too, but only ever read back from the index, never asked for.
struct Lookups {
    std::int64_t key, period_group, scope_group, goal;
};

// A record is stored as the values of its JSON form in this order (the names
// would take as much room again); the file comes from the files table.
constexpr const char* kFields[] = {"date",     "sentence",  "line",    "column",   "start_byte", "end_byte",
                                   "text",     "digits",    "unit",    "dimension", "kind",      "qualifier",
                                   "interval", "exact",     "scope",   "subject",  "period",     "measure",
                                   "direction", "modality", "key"};

// Writes the values of kFields to `w`, as claim_record_to_json's array of
// them would dump (its "exact" object with its members in name order).
void encode(JsonWriter& w, const ClaimRecord& r) {
    const grammar::Quantity& q = r.quantity();
    const Claim& c = r.claim();
    auto text_or_null = [&](const std::optional<std::string>& v) {
        if (v) w.value(*v);
        else w.value(nullptr);
    };
    w.begin_array();
    if (r.date().empty()) w.value(nullptr);
    else w.value(r.date());
    w.value(std::uint64_t(r.sentence)).value(std::uint64_t(r.line)).value(std::uint64_t(r.column));
    w.value(std::uint64_t(r.start_byte)).value(std::uint64_t(r.end_byte));
    w.value(r.text).value(q.digits.view()).value(q.unit).value(q.dimension);
    w.value(grammar::to_string(q.kind)).value(grammar::to_string(q.qualifier)).value(q.interval.to_string());
    w.begin_object();
    w.key("inclusive_bound").value(q.inclusive_bound);
    w.key("place").value(q.place.to_string());
    w.key("value").value(q.value.to_string());
    w.key("value_high");
    text_or_null(q.value_high ? std::optional<std::string>(q.value_high->to_string()) : std::nullopt);
    w.end_object();
    for (const std::optional<std::string>* f : {&c.scope, &c.subject, &c.period, &c.measure, &c.direction, &c.modality}) {
        text_or_null(*f);
    }
    w.value(c.key);
    w.end_array();
}

std::optional<ClaimRecord> decode(std::string_view path, std::string_view text) {
    nlohmann::json values = nlohmann::json::parse(text);
    if (!values.is_array() || values.size() != std::size(kFields)) throw RecordError("not a stored claim record");
    nlohmann::json object = {{"type", "quantity"}, {"file", path}};
    for (std::size_t i = 0; i < std::size(kFields); ++i) object[kFields[i]] = std::move(values[i]);
    return claim_record_from_json(object);
}

// Claims of one kind compare alike under any configured tolerances: the key,
// and every field of the figure that the rules and configured_interval read.
std::string kind(const ClaimRecord& r) {
    const grammar::Quantity& q = r.quantity();
    std::string k = r.claim().key;
    auto field = [&](std::string_view v) { k.append(1, '\x1f').append(v); };
    field(q.dimension);
    field(q.unit);
    field(grammar::to_string(q.kind));
    field(grammar::to_string(q.qualifier));
    field(q.value.to_string());
    field(q.place.to_string());
    field(q.value_high ? q.value_high->to_string() : "-");
    field(q.inclusive_bound ? "1" : "0");
    field(q.interval.to_string());
    return k;
}

Lookups lookups(const ClaimRecord& r) {
    const Claim& c = r.claim();
    return {hash64(c.key), hash64(context_group(c, true)), hash64(context_group(c, false)), hash64(goal_key(c))};
}

}  // namespace

std::string content_hash(std::string_view bytes) { return stable_hash(bytes); }

Archive::Archive(const std::string& path, bool create) {
    std::error_code ec;
    cwd_ = std::filesystem::current_path(ec);
    if (!ec) root_ = std::filesystem::absolute(path, ec).lexically_normal().parent_path();
    if (ec) throw ArchiveError("cannot tell where the index is: " + ec.message());
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
            db_->exec(kLookupIndexes);
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

std::string Archive::stored(const std::string& path) const {
    return (cwd_ / path).lexically_normal().lexically_proximate(root_).string();
}

std::string Archive::located(const std::string& stored) const {
    // Relative, like the paths a user names drafts by (../drafts/a.txt).
    return (root_ / stored).lexically_normal().lexically_proximate(cwd_).string();
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

void Archive::begin_bulk_load() {
    sqlite::Transaction t(*db_);
    sqlite::Statement any = db_->prepare("SELECT 1 FROM claims LIMIT 1");
    bool empty = !any.step();
    any.reset();
    if (empty) db_->exec(kDropLookupIndexes);
    t.commit();
}

void Archive::finish_bulk_load() {
    sqlite::Transaction t(*db_);
    db_->exec(kLookupIndexes);
    t.commit();
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

std::vector<ArchiveRow> Archive::rows(const std::vector<ClaimRecord>& records) {
    std::vector<ArchiveRow> out;
    out.reserve(records.size());
    std::ostringstream encoded;
    JsonWriter w(encoded);
    for (const ClaimRecord& r : records) {
        Lookups l = lookups(r);
        encode(w, r);
        w.flush();
        out.push_back({l.key, l.period_group, l.scope_group, l.goal, hash64(kind(r)), r.date(), encoded.str()});
        encoded.str("");
    }
    return out;
}

void Archive::put(const std::string& path, const std::string& hash, const std::vector<ArchiveRow>& rows) {
    remove(path);
    statement(2, "INSERT INTO files(path, name, hash) VALUES(?, ?, ?)")
        .bind(1, path)
        .bind(2, std::filesystem::path(path).filename().string())
        .bind(3, hash)
        .run();
    sqlite::Statement& id = statement(3, "SELECT id FROM files WHERE path = ?");
    id.bind(1, path);
    if (!id.step()) throw sqlite::Error("file row missing after insert");
    std::int64_t file_id = id.integer(0);
    id.reset();
    sqlite::Statement& insert = statement(4, "INSERT INTO claims VALUES(?, ?, ?, ?, ?, ?, ?, ?)");
    for (const ArchiveRow& r : rows) {
        insert.bind(1, file_id).bind(2, r.key).bind(3, r.period_group).bind(4, r.scope_group).bind(5, r.goal);
        insert.bind(6, r.kind).bind(7, r.date).bind(8, r.record);
        insert.run();
    }
}

std::vector<std::pair<std::int64_t, std::string>> Archive::files_named(const std::string& name) {
    std::vector<std::pair<std::int64_t, std::string>> out;
    sqlite::Statement s = db_->prepare("SELECT id, path FROM files WHERE name = ?");
    s.bind(1, name);
    while (s.step()) out.emplace_back(s.integer(0), std::string(s.text(1)));
    return out;
}

std::vector<ClaimRecord> Archive::related_claims(const std::vector<ClaimRecord>& records, Groups groups,
                                                 const std::set<std::int64_t>& left_out) {
    std::set<std::int64_t> keys, period_groups, scope_groups, goals;
    for (const ClaimRecord& r : records) {
        if (r.claim().key.empty()) continue;
        Lookups l = lookups(r);
        keys.insert(l.key);
        if (groups.period) period_groups.insert(l.period_group);
        if (groups.scope) scope_groups.insert(l.scope_group);
        if (groups.goal) goals.insert(l.goal);
    }
    std::vector<ClaimRecord> out;
    std::set<std::int64_t> seen;  // rowids: a claim found by two lookups is read once
    // Reads the rows of `s` (rowid, file id, date, path, record) that are not
    // left out; with `first_date`, only those of the earliest date.
    auto read = [&](sqlite::Statement& s, bool first_date) {
        std::optional<std::string> date;
        while (s.step()) {
            if (left_out.count(s.integer(1))) continue;
            if (first_date && date && *date != s.text(2)) break;
            if (!date) date = std::string(s.text(2));
            if (!seen.insert(s.integer(0)).second) continue;
            try {
                if (auto r = decode(located(std::string(s.text(3))), s.text(4))) out.push_back(std::move(*r));
            } catch (const std::exception& e) {
                throw ArchiveError("damaged claim record in the archive index (row " + std::to_string(s.integer(0)) +
                                   ", " + std::string(s.text(3)) + "): " + e.what());
            }
        }
        s.reset();
    };
    constexpr const char* kRows = "SELECT c.rowid, c.file_id, c.date, f.path, c.record FROM claims c JOIN files f ON f.id = c.file_id WHERE c.";
    sqlite::Transaction snapshot(*db_, false);
    for (auto [column, values] : {std::pair{"key_hash", &keys}, std::pair{"period_group_hash", &period_groups},
                                  std::pair{"scope_group_hash", &scope_groups}, std::pair{"goal_hash", &goals}}) {
        if (values->empty()) continue;
        const std::string col = column;
        if (!groups.first_of_kind || col == "goal_hash") {
            sqlite::Statement s = db_->prepare(kRows + col + " = ?");
            for (std::int64_t v : *values) read(s.bind(1, v), false);
            continue;
        }
        // Each kind's earliest rows, found by seeking the (lookup, kind, date)
        // index: a fact restated a thousand times costs one seek, not a
        // thousand decoded records.
        sqlite::Statement next_kind =
            db_->prepare("SELECT kind_hash FROM claims WHERE " + col + " = ?1 AND kind_hash >= ?2 ORDER BY kind_hash LIMIT 1");
        sqlite::Statement rows = db_->prepare(kRows + col + " = ?1 AND c.kind_hash = ?2 ORDER BY c.date");
        for (std::int64_t v : *values) {
            std::int64_t from = std::numeric_limits<std::int64_t>::min();
            while (true) {
                next_kind.bind(1, v).bind(2, from);
                bool found = next_kind.step();
                std::int64_t k = found ? next_kind.integer(0) : 0;
                next_kind.reset();
                if (!found) break;
                read(rows.bind(1, v).bind(2, k), true);
                if (k == std::numeric_limits<std::int64_t>::max()) break;
                from = k + 1;
            }
        }
    }
    snapshot.commit();
    return out;
}

}  // namespace claimlint
