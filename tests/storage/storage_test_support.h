#pragma once
// Helpers for the storage tests: a temporary directory removed at the end of the test, a file
// writer and small queries over a real database file.
#include "common/storage/sqlite.h"

#include <filesystem>
#include <cstdint>
#include <fstream>
#include <random>
#include <string>
#include <vector>

namespace kxcti::test {

class TempDir {
public:
    TempDir() {
        std::random_device rd;
        path_ = std::filesystem::temp_directory_path() /
                ("kxcti-storage-" + std::to_string(rd()) + "-" + std::to_string(rd()));
        std::filesystem::create_directories(path_);
    }
    ~TempDir() {
        std::error_code ec;
        std::filesystem::remove_all(path_, ec);
    }
    TempDir(const TempDir&) = delete;
    TempDir& operator=(const TempDir&) = delete;
    const std::filesystem::path& path() const { return path_; }
    std::filesystem::path operator/(const std::string& name) const { return path_ / name; }

private:
    std::filesystem::path path_;
};

inline void write_file(const std::filesystem::path& p, const std::string& bytes, bool append = false) {
    std::ofstream out(p, std::ios::binary | (append ? std::ios::app : std::ios::trunc));
    out << bytes;
}

inline std::int64_t query_int(storage::Connection& db, const std::string& sql) {
    storage::Statement s(db, sql, "test query");
    s.step();
    return s.column_int64(0);
}

inline std::string query_text(storage::Connection& db, const std::string& sql) {
    storage::Statement s(db, sql, "test query");
    if (!s.step() || s.is_null(0)) return "<null>";
    return std::string(s.column_text(0));
}

// Every journal row's raw bytes, in id order.
inline std::vector<std::string> journal_raw(storage::Connection& db) {
    std::vector<std::string> out;
    storage::Statement s(db, "SELECT raw FROM journal ORDER BY id", "test query");
    while (s.step()) out.emplace_back(s.column_blob(0));
    return out;
}

// The SMDR lines of tests/data/storage/costa_pattern_b.txt (a copy of the shared corpus file;
// its "# source:" line dropped): a real pattern-B capture with headers, form feeds, NA, TR, FW.
inline std::vector<std::string> costa_lines() {
    std::filesystem::path path = KXCTI_TEST_DATA_DIR;
    path /= "storage";
    path /= "costa_pattern_b.txt";
    std::ifstream in(path, std::ios::binary);
    std::vector<std::string> lines;
    std::string line;
    while (std::getline(in, line)) {
        if (!line.empty() && line.back() == '\r') line.pop_back();
        if (line.rfind("# source:", 0) == 0) continue;
        lines.push_back(line);
    }
    return lines;
}

} // namespace kxcti::test
