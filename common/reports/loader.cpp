#include "common/reports/loader.h"

#include "common/reports/call_store.h"
#include "common/reports/call_view.h"
#include "common/reports/loader_sql.h"
#include "common/reports/reports.h"

#include <algorithm>
#include <map>

namespace kxcti::reports {

LoadedCalls load_calls(storage::Connection& db, calls::LocalSeconds from, calls::LocalSeconds to,
                       const calls::AssemblyOptions& options, std::uint32_t context_after_s,
                       bool read_callers_seen_before) {
    LoadedCalls out;
    const auto lead = static_cast<calls::LocalSeconds>(kLoadLeadHorizons) * options.open_horizon_s;
    const auto after = std::max<calls::LocalSeconds>(context_after_s, options.open_horizon_s);
    auto records = sql::read_records(db, date_text(from - lead), date_text(to + after));
    out.records = records.size();
    std::map<std::int64_t, std::vector<calls::JournalRecord>> by_link;
    for (auto& r : records) by_link[r.link_id].push_back(std::move(r.record));
    for (auto& [link, recs] : by_link) {
        auto calls = calls::assemble(recs, options);
        out.calls.insert(out.calls.end(), std::make_move_iterator(calls.begin()), std::make_move_iterator(calls.end()));
    }
    std::sort(out.calls.begin(), out.calls.end(), [](const calls::Call& a, const calls::Call& b) { return a.id < b.id; });
    if (read_callers_seen_before) {
        out.callers_seen_before = sql::read_callers_before(db, date_text(from - lead));
        out.callers_seen_before_read = true;
    }
    return out;
}

std::vector<calls::Call> stored_calls(storage::Connection& db, calls::LocalSeconds from, calls::LocalSeconds to,
                                      const calls::AssemblyOptions& options, std::uint32_t context_after_s) {
    const auto lead = static_cast<calls::LocalSeconds>(kLoadLeadHorizons) * options.open_horizon_s;
    const auto after = std::max<calls::LocalSeconds>(context_after_s, options.open_horizon_s);
    std::vector<calls::Call> out;
    for_each_stored_day(db, options, civil(from - lead).day_number, civil(to + after).day_number,
                        [&](std::vector<calls::Call>&& day) {
                            out.insert(out.end(), std::make_move_iterator(day.begin()), std::make_move_iterator(day.end()));
                        });
    // Days hold calls by arrival: a call that arrived late one day may have a smaller id than one
    // of the next morning (its first record printed after midnight).
    std::sort(out.begin(), out.end(), [](const calls::Call& a, const calls::Call& b) { return a.id < b.id; });
    return out;
}

Report report_from_database(storage::Connection& db, const ReportQuery& query, const SiteModel& site) {
    const ReportInfo* info = find_report(query.name);
    if (!info) return run_report({{}, site, query, nullptr});  // throws: unknown report
    const auto options = assembly_options(site);
    if (info->streams) {
        // Only calls that arrived in [from, to) count: the days holding them, one at a time.
        const CallBatches batches = [&](const CallBatch& batch) {
            for_each_stored_day(db, options, civil(query.from).day_number, civil(query.to - 1).day_number,
                                [&](std::vector<calls::Call>&& day) { batch(day); });
        };
        return run_report({{}, site, query, nullptr, &batches});
    }
    const auto calls = stored_calls(db, query.from, query.to, options, site.thresholds.callback_window_s);
    std::unordered_set<std::string> seen;
    if (info->needs_callers_seen_before) {
        const auto lead = static_cast<calls::LocalSeconds>(kLoadLeadHorizons) * options.open_horizon_s;
        seen = sql::read_callers_before(db, date_text(query.from - lead));
    }
    return run_report({calls, site, query, info->needs_callers_seen_before ? &seen : nullptr});
}

Report report_from_records(storage::Connection& db, const ReportQuery& query, const SiteModel& site) {
    const ReportInfo* info = find_report(query.name);
    if (!info) return run_report({{}, site, query, nullptr});  // throws: unknown report
    auto loaded = load_calls(db, query.from, query.to, assembly_options(site), site.thresholds.callback_window_s,
                             info->needs_callers_seen_before);
    return run_report({loaded.calls, site, query,
                       loaded.callers_seen_before_read ? &loaded.callers_seen_before : nullptr});
}

} // namespace kxcti::reports
