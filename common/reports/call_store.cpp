#include "common/reports/call_store.h"

#include "common/calls/assembler.h"
#include "common/calls/call_codec.h"
#include "common/reports/call_view.h"
#include "common/reports/loader_sql.h"
#include "common/util/log.h"

#include <algorithm>
#include <map>

namespace kxcti::reports {

namespace {

constexpr calls::LocalSeconds kSecondsPerDay = 86400;

std::string day_text(std::int64_t day) { return date_text(day * kSecondsPerDay); }

std::int64_t day_of(calls::LocalSeconds t) { return civil(t).day_number; }

struct DayState {
    std::int64_t built_through = 0, generation = 0;
    std::string stamp;
};

// Builds days [a, b] from the records dated a-1..b+1: per link, as the loader assembles them.
std::vector<std::vector<calls::Call>> build(storage::Connection& db, const calls::AssemblyOptions& options,
                                            std::int64_t a, std::int64_t b, CallStoreStats& stats) {
    auto records = sql::read_records(db, day_text(a - 1), day_text(b + 1));
    stats.records += static_cast<std::int64_t>(records.size());
    std::map<std::int64_t, std::vector<calls::JournalRecord>> by_link;
    for (auto& r : records) by_link[r.link_id].push_back(std::move(r.record));
    records.clear();
    records.shrink_to_fit();
    std::vector<std::vector<calls::Call>> days(static_cast<std::size_t>(b - a + 1));
    for (auto& [link, recs] : by_link) {
        for (auto& c : calls::assemble(recs, options)) {
            const auto d = day_of(arrival(c));
            if (d >= a && d <= b) days[static_cast<std::size_t>(d - a)].push_back(std::move(c));
        }
        recs.clear();
        recs.shrink_to_fit();
    }
    if (by_link.size() > 1)
        for (auto& day : days)
            std::sort(day.begin(), day.end(), [](const calls::Call& x, const calls::Call& y) { return x.id < y.id; });
    return days;
}

void store(storage::Connection& db, std::int64_t a, const std::vector<std::vector<calls::Call>>& days,
           std::int64_t built_through, std::int64_t generation, const std::string& stamp) {
    try {
        storage::Transaction t(db);
        storage::Statement put(db,
                               "INSERT OR REPLACE INTO call_day(day, built_through, generation, stamp, calls, data) "
                               "VALUES(?1, ?2, ?3, ?4, ?5, ?6)",
                               "storing a day's assembled calls");
        std::string bytes;
        for (std::size_t i = 0; i < days.size(); ++i) {
            bytes.clear();
            calls::encode_calls(days[i], bytes);
            put.bind_text(1, day_text(a + static_cast<std::int64_t>(i)))
                .bind(2, built_through)
                .bind(3, generation)
                .bind_text(4, stamp)
                .bind(5, static_cast<std::int64_t>(days[i].size()))
                .bind_blob(6, bytes)
                .run();
        }
        t.commit();
    } catch (const storage::StorageError& e) {
        // A read-only or busy database: the report goes on with the calls just built.
        log::warn("reports", std::string("could not store assembled calls (they are rebuilt next time): ") + e.what());
    }
}

} // namespace

std::string call_store_stamp(const calls::AssemblyOptions& o) {
    std::string s = "calls " + std::to_string(calls::kCallCodecVersion) + "." + std::to_string(kCallStoreVersion) +
                    "; groups";
    auto groups = o.groups;
    std::sort(groups.begin(), groups.end());
    for (const auto& g : groups) s += " " + g;
    s += "; range " + std::to_string(o.group_first) + "-" + std::to_string(o.group_last) +
         "; S " + std::to_string(o.short_abandon_s) + "; gap " + std::to_string(o.chain_gap_s) +
         "; ring " + std::to_string(o.max_unprinted_ring_s) + "; horizon " + std::to_string(o.open_horizon_s);
    return s;
}

CallStoreStats for_each_stored_day(storage::Connection& db, const calls::AssemblyOptions& options,
                                   std::int64_t first_day, std::int64_t last_day, const StoredDayFn& fn) {
    CallStoreStats stats;
    if (last_day < first_day) return stats;
    const std::string stamp = call_store_stamp(options);
    std::int64_t generation = 0;
    {
        storage::Statement s(db, "SELECT generation FROM call_store_state WHERE id = 1", "reading the stored calls' generation");
        if (s.step()) generation = s.column_int64(0);
    }
    // The newest record of each day around the range: one index seek each (call_date, rowid).
    std::vector<std::int64_t> newest(static_cast<std::size_t>(last_day - first_day + 3));
    {
        storage::Statement s(db, "SELECT max(journal_id) FROM smdr_record WHERE call_date = ?1",
                             "finding a day's newest record");
        for (std::size_t i = 0; i < newest.size(); ++i) {
            const std::string date = day_text(first_day - 1 + static_cast<std::int64_t>(i));  // bound, not copied
            s.bind_text(1, date);
            if (s.step() && !s.is_null(0)) newest[i] = s.column_int64(0);
            s.reset();
        }
    }
    std::map<std::int64_t, DayState> stored;
    {
        storage::Statement s(db, "SELECT day, built_through, generation, stamp FROM call_day WHERE day BETWEEN ?1 AND ?2",
                             "reading which days have stored calls");
        const std::string from = day_text(first_day), to = day_text(last_day);  // bound, not copied
        s.bind_text(1, from).bind_text(2, to);
        while (s.step()) {
            const auto t = parse_local_time(s.column_text(0), false);
            if (!t) continue;
            stored[day_of(*t)] = DayState{s.column_int64(1), s.column_int64(2), std::string(s.column_text(3))};
        }
    }
    auto fresh = [&](std::int64_t d) {
        auto it = stored.find(d);
        if (it == stored.end() || it->second.generation != generation || it->second.stamp != stamp) return false;
        const auto i = static_cast<std::size_t>(d - first_day + 1);
        return std::max({newest[i - 1], newest[i], newest[i + 1]}) <= it->second.built_through;
    };

    storage::Statement read(db, "SELECT data FROM call_day WHERE day = ?1", "reading a day's stored calls");
    for (std::int64_t d = first_day; d <= last_day;) {
        if (fresh(d)) {
            const std::string date = day_text(d);  // bound, not copied: alive until the step
            read.bind_text(1, date);
            std::vector<calls::Call> day;
            if (read.step()) day = calls::decode_calls(read.column_blob(0));
            read.reset();
            ++stats.days;
            stats.calls += static_cast<std::int64_t>(day.size());
            fn(std::move(day));
            ++d;
            continue;
        }
        std::int64_t b = d;
        while (b < last_day && b - d + 1 < kCallStoreDaysPerBuild && !fresh(b + 1)) ++b;
        // Built from what the newest-record seeks saw (every row of those days, logins too): a
        // record journaled since has a higher id and makes the day stale next time.
        const auto i = static_cast<std::size_t>(d - first_day);
        const auto built_through = *std::max_element(newest.begin() + static_cast<std::ptrdiff_t>(i),
                                                     newest.begin() + static_cast<std::ptrdiff_t>(i + (b - d) + 3));
        auto days = build(db, options, d, b, stats);
        store(db, d, days, built_through, generation, stamp);
        for (auto& day : days) {
            ++stats.days;
            ++stats.days_built;
            stats.calls += static_cast<std::int64_t>(day.size());
            fn(std::move(day));
        }
        d = b + 1;
    }
    return stats;
}

} // namespace kxcti::reports
