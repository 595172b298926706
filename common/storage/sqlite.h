#pragma once
// A small RAII layer over the SQLite C API: a connection, prepared statements that are reused
// (bind / step / column / reset), and a transaction guard that rolls back unless committed.
// Every failure throws StorageError carrying SQLite's message and what we were trying to do.
#include <chrono>
#include <cstdint>
#include <filesystem>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>

struct sqlite3;
struct sqlite3_stmt;

namespace kxcti::storage {

struct StorageError : std::runtime_error {
    StorageError(const std::string& what, int code) : std::runtime_error(what), code_(code) {}
    int code() const noexcept { return code_; }  // SQLite's primary result code (SQLITE_BUSY...)
    bool busy() const noexcept;                  // SQLITE_BUSY or SQLITE_LOCKED: retry later

private:
    int code_;
};

// How long a statement waits for another connection's write lock before failing with BUSY.
// Long enough to ride out a concurrent `import` or `reprocess` transaction (each commits every
// few hundred milliseconds); short enough that the ingest writer notices a stalled disk and logs.
inline constexpr std::chrono::milliseconds kBusyTimeout{5000};

class Connection {
public:
    // Opens (creating if missing) the file. No schema work: see schema.h open_database().
    explicit Connection(const std::filesystem::path& path, bool read_only = false);
    ~Connection();
    Connection(Connection&& other) noexcept;
    Connection& operator=(Connection&& other) noexcept;
    Connection(const Connection&) = delete;
    Connection& operator=(const Connection&) = delete;

    // Runs one or more statements without results. `purpose` names the step in errors.
    void exec(std::string_view sql, std::string_view purpose);
    void set_busy_timeout(std::chrono::milliseconds timeout);
    std::int64_t last_insert_rowid() const noexcept;
    int changes() const noexcept;
    const std::filesystem::path& path() const noexcept { return path_; }
    sqlite3* handle() const noexcept { return db_; }

    [[noreturn]] void fail(int code, std::string_view purpose) const;

private:
    sqlite3* db_ = nullptr;
    std::filesystem::path path_;
};

class Statement {
public:
    Statement(Connection& db, std::string_view sql, std::string purpose);
    ~Statement();
    Statement(Statement&& other) noexcept;
    Statement& operator=(Statement&&) = delete;
    Statement(const Statement&) = delete;
    Statement& operator=(const Statement&) = delete;

    // Parameters are 1-based, as in SQLite. Text and blobs are copied by SQLite only when the
    // statement would outlive them: callers keep the bytes alive until step() returns.
    Statement& bind(int index, std::int64_t value);
    Statement& bind(int index, int value) { return bind(index, static_cast<std::int64_t>(value)); }
    Statement& bind_text(int index, std::string_view text);
    Statement& bind_blob(int index, std::string_view bytes);
    Statement& bind_null(int index);
    Statement& bind(int index, const std::optional<std::string>& text) {
        return text ? bind_text(index, *text) : bind_null(index);
    }
    Statement& bind(int index, const std::optional<int>& value) {
        return value ? bind(index, *value) : bind_null(index);
    }

    bool step();       // true: a row is ready; false: done. Throws on error.
    void run();        // step() for statements without rows, then reset()
    void reset() noexcept;  // ready to bind again; bindings are cleared too

    bool is_null(int column) const;
    std::int64_t column_int64(int column) const;
    int column_int(int column) const { return static_cast<int>(column_int64(column)); }
    std::string_view column_text(int column) const;   // valid until the next step/reset
    std::string_view column_blob(int column) const;   // valid until the next step/reset
    std::optional<std::string> column_optional_text(int column) const;
    std::optional<int> column_optional_int(int column) const;

private:
    Connection* db_;
    sqlite3_stmt* stmt_ = nullptr;
    std::string purpose_;
};

// BEGIN IMMEDIATE on construction (a writer takes the write lock up front, so it never has to
// upgrade a read lock and fail with BUSY mid-transaction); ROLLBACK in the destructor unless
// commit() ran, so an exception leaves nothing of a half-written batch.
class Transaction {
public:
    explicit Transaction(Connection& db);
    ~Transaction();
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;
    void commit();

private:
    Connection& db_;
    bool open_ = true;
};

} // namespace kxcti::storage
