#include "common/storage/deferred_indexes.h"

#include "common/storage/schema.h"
#include "common/util/log.h"

#include <string>
#include <vector>

namespace kxcti::storage {
namespace {

// The tables whose secondary indexes a bulk import sets aside: the one it fills with a row per
// record. journal has none (it is read by id only).
constexpr std::string_view kDeferredTable = "smdr_record";

struct Index {
    std::string name, sql;
};

std::vector<Index> secondary_indexes(Connection& db) {
    std::vector<Index> out;
    Statement s(db, "SELECT name, sql FROM sqlite_schema WHERE type = 'index' AND tbl_name = ?1 AND sql IS NOT NULL "
                    "ORDER BY name",
                "listing indexes");
    s.bind_text(1, kDeferredTable);
    while (s.step()) out.push_back({std::string(s.column_text(0)), std::string(s.column_text(1))});
    return out;
}

bool index_exists(Connection& db, const std::string& name) {
    Statement s(db, "SELECT 1 FROM sqlite_schema WHERE type = 'index' AND name = ?1", "looking for an index");
    s.bind_text(1, name);
    return s.step();
}

// An index name as SQL: sqlite_schema holds names exactly as created; quoting keeps any name safe.
std::string quoted(const std::string& name) {
    std::string q = "\"";
    for (char c : name) q += c == '"' ? std::string("\"\"") : std::string(1, c);
    return q + "\"";
}

} // namespace

int defer_indexes(Connection& db) {
    const std::vector<Index> indexes = secondary_indexes(db);
    if (indexes.empty()) return 0;
    std::string record = get_setting(db, kSettingDeferredIndexes).value_or("");
    for (const Index& i : indexes) {
        // Entries "name TAB sql", each ended by 0x1E (ASCII record separator): index SQL may
        // hold newlines and semicolons, never that byte.
        record += i.name + '\t' + i.sql + '\x1e';
        db.exec("DROP INDEX " + quoted(i.name), "setting an index aside for a bulk import");
    }
    set_setting(db, kSettingDeferredIndexes, record);
    return static_cast<int>(indexes.size());
}

int restore_deferred_indexes(Connection& db) {
    const auto record = get_setting(db, kSettingDeferredIndexes);
    if (!record) return 0;
    Transaction t(db);
    int built = 0;
    std::string_view rest = *record;
    while (!rest.empty()) {
        const std::size_t end = rest.find('\x1e');
        const std::string_view entry = rest.substr(0, end);
        rest = end == std::string_view::npos ? std::string_view{} : rest.substr(end + 1);
        const std::size_t tab = entry.find('\t');
        if (tab == std::string_view::npos) continue;  // damaged: nothing to build from it
        const std::string name(entry.substr(0, tab));
        if (index_exists(db, name)) continue;
        db.exec(entry.substr(tab + 1), "building an index set aside by a bulk import");
        ++built;
    }
    db.exec("DELETE FROM settings WHERE key = '" + std::string(kSettingDeferredIndexes) + "'",
            "forgetting the indexes set aside");
    t.commit();
    return built;
}

} // namespace kxcti::storage
