#include "common/reports/reports.h"

#include <algorithm>

namespace kxcti::reports {

namespace {

using Fn = Report (*)(const ReportInput&);

struct Entry {
    ReportInfo info;
    Fn fn;
};

const std::vector<std::string> kFilterParams{"from", "to", "group", "operator", "channel", "interval"};

const std::vector<Entry>& entries() {
    static const std::vector<Entry> e{
        {{"summary", "Summary", kFilterParams, false, true}, summary_report},
        {{"groups", "ICD groups", kFilterParams, false, true}, groups_report},
        {{"operators", "Operators", kFilterParams, false, true}, operators_report},
        {{"hourly", "Hourly / weekday distribution", kFilterParams, false, true}, hourly_report},
        {{"busy-hour", "Busy hour and trunks", {"from", "to", "group", "operator", "channel"}, false}, busy_hour_report},
        {{"staffing", "Staffing (Erlang C)", kFilterParams, false}, staffing_report},
        {{"service-level", "Service level", kFilterParams, false, true}, service_level_report},
        {{"talk-buckets", "Talk length", kFilterParams, false, true}, talk_buckets_report},
        {{"lost-not-called-back", "Lost, not called back", {"from", "to", "group", "operator", "channel"}, false},
         lost_not_called_back_report},
        {{"repeat-callers", "Repeat callers", {"from", "to", "group", "operator", "channel"}, false},
         repeat_callers_report},
        {{"channels", "Advertising channels", kFilterParams, true}, channels_report},
        {{"calls", "Calls", {"from", "to", "group", "operator", "channel"}, false}, calls_report},
    };
    return e;
}

} // namespace

const std::vector<ReportInfo>& catalog() {
    static const std::vector<ReportInfo> c = [] {
        std::vector<ReportInfo> out;
        for (const auto& e : entries()) out.push_back(e.info);
        return out;
    }();
    return c;
}

const ReportInfo* find_report(std::string_view name) {
    for (const auto& info : catalog())
        if (info.name == name) return &info;
    return nullptr;
}

Report run_report(const ReportInput& in) {
    for (const auto& e : entries()) {
        if (e.info.name != in.query.name) continue;
        if (in.query.grouping.by != GroupBy::None &&
            std::find(e.info.params.begin(), e.info.params.end(), "interval") == e.info.params.end())
            throw QueryError("report " + e.info.name + " is not grouped by intervals: leave out interval");
        return e.fn(in);
    }
    std::string names;
    for (const auto& e : entries()) names += (names.empty() ? "" : ", ") + e.info.name;
    throw QueryError("unknown report '" + in.query.name + "': the reports are " + names);
}

calls::AssemblyOptions assembly_options(const SiteModel& site) {
    calls::AssemblyOptions o;
    for (const auto& g : site.groups) o.groups.push_back(g.number);
    o.short_abandon_s = static_cast<int>(site.thresholds.short_abandon_s);
    return o;
}

} // namespace kxcti::reports
