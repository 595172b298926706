#include "common/reports/loader_sql.h"

#include "common/storage/record_row.h"

#include <cstdio>

namespace kxcti::reports::sql {

namespace {

constexpr int kRecordKind = static_cast<int>(smdr::LineKind::Record);
constexpr int kIncoming = static_cast<int>(smdr::Direction::In);

const std::string kSelect = std::string("SELECT j.link_id, r.journal_id, ") + storage::kRecordColumns +
                            " FROM smdr_record r JOIN journal j ON j.id = r.journal_id WHERE j.kind = " +
                            std::to_string(kRecordKind);

// The stored row back as the parser's record (record_row.h: NULL = unknown).
smdr::Record to_record(const storage::RecordRow& row) {
    smdr::Record r;
    r.layout = static_cast<smdr::Layout>(row.layout);
    if (row.call_date) {
        int y = 0, m = 0, d = 0;
        if (std::sscanf(row.call_date->c_str(), "%d-%d-%d", &y, &m, &d) == 3) r.date = smdr::CivilDate{y, m, d};
    }
    if (row.call_time) {
        int h = 0, mi = 0, s = 0;
        const int n = std::sscanf(row.call_time->c_str(), "%d:%d:%d", &h, &mi, &s);
        if (n >= 2) r.time = smdr::TimeOfDay{h, mi, n == 3 ? std::optional(s) : std::nullopt};
    }
    r.time_is_start = row.time_is_start != 0;
    r.ext = row.ext;
    r.co = row.co;
    r.direction = static_cast<smdr::Direction>(row.direction);
    r.caller = row.caller;
    r.did = row.did;
    r.dialed = row.dialed;
    r.transferred = row.transferred != 0;
    r.ring_s = row.ring_s;
    r.duration_s = row.duration_s;
    r.cost = row.cost;
    r.account = row.account;
    r.cd = row.cd;
    return r;
}

void read_into(storage::Statement& s, std::vector<LinkRecord>& out) {
    while (s.step()) {
        LinkRecord lr;
        lr.link_id = s.column_int64(0);
        lr.record.journal_id = s.column_int64(1);
        lr.record.record = to_record(storage::read_row(s, 2));
        out.push_back(std::move(lr));
    }
}

} // namespace

std::vector<LinkRecord> read_records(storage::Connection& db, const std::string& first_date,
                                     const std::string& last_date) {
    std::vector<LinkRecord> out;
    storage::Statement dated(db, kSelect + " AND r.call_date BETWEEN ?1 AND ?2 ORDER BY r.journal_id",
                             "reading the call records of a report's interval");
    dated.bind_text(1, first_date).bind_text(2, last_date);
    read_into(dated, out);
    if (out.empty()) return out;
    const auto lo = out.front().record.journal_id, hi = out.back().record.journal_id;
    std::vector<LinkRecord> undated;
    storage::Statement nodate(db, kSelect + " AND r.call_date IS NULL AND r.journal_id BETWEEN ?1 AND ?2 ORDER BY r.journal_id",
                              "reading undated call records of a report's interval");
    nodate.bind(1, lo).bind(2, hi);
    read_into(nodate, undated);
    if (undated.empty()) return out;
    std::vector<LinkRecord> merged;
    merged.reserve(out.size() + undated.size());
    std::size_t i = 0, j = 0;
    while (i < out.size() || j < undated.size()) {
        if (j == undated.size() || (i < out.size() && out[i].record.journal_id < undated[j].record.journal_id))
            merged.push_back(std::move(out[i++]));
        else
            merged.push_back(std::move(undated[j++]));
    }
    return merged;
}

std::unordered_set<std::string> read_callers_before(storage::Connection& db, const std::string& date) {
    std::unordered_set<std::string> out;
    storage::Statement s(db,
                         "SELECT DISTINCT caller FROM smdr_record WHERE call_date < ?1 AND direction = " +
                             std::to_string(kIncoming) + " AND caller IS NOT NULL",
                         "reading the callers seen before a report's interval");
    s.bind_text(1, date);
    while (s.step()) out.insert(std::string(s.column_text(0)));
    return out;
}

} // namespace kxcti::reports::sql
