#pragma once
// Small helpers for the site tests: queries over a real database file and a full sample model.
#include "common/reports/settings.h"
#include "common/storage/sqlite.h"

#include <cstdint>
#include <string>

namespace kxcti::test {

inline std::int64_t query_int(storage::Connection& db, const std::string& sql) {
    storage::Statement s(db, sql, "test query");
    if (!s.step()) return -1;
    return s.column_int64(0);
}

inline std::string query_text(storage::Connection& db, const std::string& sql) {
    storage::Statement s(db, sql, "test query");
    if (!s.step() || s.is_null(0)) return "<null>";
    return std::string(s.column_text(0));
}

// Rows in every site_* table together.
inline std::int64_t site_rows(storage::Connection& db) {
    return query_int(db, "SELECT (SELECT COUNT(*) FROM site_operator) + (SELECT COUNT(*) FROM site_group) + "
                         "(SELECT COUNT(*) FROM site_group_member) + (SELECT COUNT(*) FROM site_channel) + "
                         "(SELECT COUNT(*) FROM site_setting)");
}

} // namespace kxcti::test
