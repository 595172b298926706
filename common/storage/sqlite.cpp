#include "common/storage/sqlite.h"

#include <sqlite3.h>

#include <utility>

namespace kxcti::storage {

bool StorageError::busy() const noexcept {
    return code_ == SQLITE_BUSY || code_ == SQLITE_LOCKED;
}

Connection::Connection(const std::filesystem::path& path, bool read_only) : path_(path) {
    int flags = read_only ? SQLITE_OPEN_READONLY : (SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE);
    // NOMUTEX: every connection is used by one thread at a time (the writer owns its own).
    flags |= SQLITE_OPEN_NOMUTEX;
    int rc = sqlite3_open_v2(path.string().c_str(), &db_, flags, nullptr);
    if (rc != SQLITE_OK) {
        std::string msg = db_ ? sqlite3_errmsg(db_) : sqlite3_errstr(rc);
        sqlite3_close(db_);
        db_ = nullptr;
        throw StorageError("cannot open database " + path.string() + ": " + msg +
                               " (check that the directory exists and is writable)",
                           rc & 0xff);
    }
    sqlite3_extended_result_codes(db_, 0);
    set_busy_timeout(kBusyTimeout);
}

Connection::~Connection() {
    if (db_) sqlite3_close_v2(db_);
}

Connection::Connection(Connection&& other) noexcept
    : db_(std::exchange(other.db_, nullptr)), path_(std::move(other.path_)) {}

Connection& Connection::operator=(Connection&& other) noexcept {
    if (this != &other) {
        if (db_) sqlite3_close_v2(db_);
        db_ = std::exchange(other.db_, nullptr);
        path_ = std::move(other.path_);
    }
    return *this;
}

void Connection::fail(int code, std::string_view purpose) const {
    throw StorageError(std::string(purpose) + ": " + sqlite3_errmsg(db_) + " (database " + path_.string() + ")",
                       code & 0xff);
}

void Connection::exec(std::string_view sql, std::string_view purpose) {
    std::string text(sql);
    int rc = sqlite3_exec(db_, text.c_str(), nullptr, nullptr, nullptr);
    if (rc != SQLITE_OK) fail(rc, purpose);
}

void Connection::set_busy_timeout(std::chrono::milliseconds timeout) {
    sqlite3_busy_timeout(db_, static_cast<int>(timeout.count()));
}

std::int64_t Connection::last_insert_rowid() const noexcept { return sqlite3_last_insert_rowid(db_); }
int Connection::changes() const noexcept { return sqlite3_changes(db_); }

Statement::Statement(Connection& db, std::string_view sql, std::string purpose)
    : db_(&db), purpose_(std::move(purpose)) {
    int rc = sqlite3_prepare_v3(db.handle(), sql.data(), static_cast<int>(sql.size()), SQLITE_PREPARE_PERSISTENT,
                                &stmt_, nullptr);
    if (rc != SQLITE_OK) db.fail(rc, "preparing: " + purpose_);
}

Statement::~Statement() {
    if (stmt_) sqlite3_finalize(stmt_);
}

Statement::Statement(Statement&& other) noexcept
    : db_(other.db_), stmt_(std::exchange(other.stmt_, nullptr)), purpose_(std::move(other.purpose_)) {}

Statement& Statement::bind(int index, std::int64_t value) {
    int rc = sqlite3_bind_int64(stmt_, index, value);
    if (rc != SQLITE_OK) db_->fail(rc, purpose_);
    return *this;
}

Statement& Statement::bind_text(int index, std::string_view text) {
    int rc = sqlite3_bind_text64(stmt_, index, text.data(), text.size(), SQLITE_STATIC, SQLITE_UTF8);
    if (rc != SQLITE_OK) db_->fail(rc, purpose_);
    return *this;
}

Statement& Statement::bind_blob(int index, std::string_view bytes) {
    // A zero-length blob must still be a blob, not NULL: SQLite turns a null pointer into NULL.
    static const char empty = 0;
    const char* data = bytes.empty() ? &empty : bytes.data();
    int rc = sqlite3_bind_blob64(stmt_, index, data, bytes.size(), SQLITE_STATIC);
    if (rc != SQLITE_OK) db_->fail(rc, purpose_);
    return *this;
}

Statement& Statement::bind_null(int index) {
    int rc = sqlite3_bind_null(stmt_, index);
    if (rc != SQLITE_OK) db_->fail(rc, purpose_);
    return *this;
}

bool Statement::step() {
    int rc = sqlite3_step(stmt_);
    if (rc == SQLITE_ROW) return true;
    if (rc == SQLITE_DONE) return false;
    sqlite3_reset(stmt_);
    db_->fail(rc, purpose_);
}

void Statement::run() {
    step();
    reset();
}

void Statement::reset() noexcept {
    sqlite3_reset(stmt_);
    sqlite3_clear_bindings(stmt_);
}

bool Statement::is_null(int column) const { return sqlite3_column_type(stmt_, column) == SQLITE_NULL; }

std::int64_t Statement::column_int64(int column) const { return sqlite3_column_int64(stmt_, column); }

std::string_view Statement::column_text(int column) const {
    auto* p = reinterpret_cast<const char*>(sqlite3_column_text(stmt_, column));
    int n = sqlite3_column_bytes(stmt_, column);
    return p ? std::string_view(p, static_cast<std::size_t>(n)) : std::string_view{};
}

std::string_view Statement::column_blob(int column) const {
    auto* p = static_cast<const char*>(sqlite3_column_blob(stmt_, column));
    int n = sqlite3_column_bytes(stmt_, column);
    return p ? std::string_view(p, static_cast<std::size_t>(n)) : std::string_view{};
}

std::optional<std::string> Statement::column_optional_text(int column) const {
    if (is_null(column)) return std::nullopt;
    return std::string(column_text(column));
}

std::optional<int> Statement::column_optional_int(int column) const {
    if (is_null(column)) return std::nullopt;
    return column_int(column);
}

Transaction::Transaction(Connection& db) : db_(db) { db_.exec("BEGIN IMMEDIATE", "starting a write transaction"); }

Transaction::~Transaction() {
    if (open_) sqlite3_exec(db_.handle(), "ROLLBACK", nullptr, nullptr, nullptr);
}

void Transaction::commit() {
    db_.exec("COMMIT", "committing a write transaction");
    open_ = false;
}

} // namespace kxcti::storage
