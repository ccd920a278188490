// A small RAII wrapper over the SQLite C API: a connection, prepared
// statements, and errors as exceptions carrying SQLite's message.
#pragma once

#include <cstdint>
#include <stdexcept>
#include <string>
#include <string_view>

struct sqlite3;
struct sqlite3_stmt;

namespace claimlint::sqlite {

class Error : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

class Statement {
public:
    Statement(sqlite3* db, std::string_view sql);
    ~Statement();
    Statement(Statement&& o) noexcept : db_(o.db_), stmt_(o.stmt_) { o.stmt_ = nullptr; }
    Statement(const Statement&) = delete;
    Statement& operator=(const Statement&) = delete;
    Statement& operator=(Statement&&) = delete;

    // Parameters are 1-based, as in SQL.
    Statement& bind(int i, std::int64_t v);
    Statement& bind(int i, std::string_view text);
    // True while there is a row; false when done.
    bool step();
    // Runs to completion (INSERT, DELETE, …) and resets for the next use.
    void run();
    void reset();
    std::int64_t integer(int column) const;
    std::string_view text(int column) const;

private:
    sqlite3* db_;
    sqlite3_stmt* stmt_ = nullptr;
};

class Database {
public:
    // Opens (and with `create`, creates) the database file.
    Database(const std::string& path, bool create);
    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    void exec(const std::string& sql);
    Statement prepare(std::string_view sql) { return Statement(db_, sql); }
    std::int64_t user_version();

private:
    sqlite3* db_ = nullptr;
};

// BEGIN IMMEDIATE (a writer) or BEGIN (a reader: one snapshot for all its
// queries) … COMMIT; rolled back when destroyed before commit().
class Transaction {
public:
    explicit Transaction(Database& db, bool write = true);
    ~Transaction();
    void commit();

private:
    Database& db_;
    bool open_ = true;
};

}  // namespace claimlint::sqlite
