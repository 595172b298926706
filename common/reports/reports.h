#pragma once
// The reports engine: every figure of kpi.md for an interval, as pure functions of assembled
// calls, the site model and the query. The calls may reach beyond [from, to): reports select the
// ones that arrived in the interval and use the others as context (call-backs and repeat calls
// within W after a call, callers seen before). The loader (loader.h) reads and assembles them.
#include "common/calls/assembler.h"
#include "common/calls/call.h"
#include "common/reports/query.h"
#include "common/reports/report.h"
#include "common/reports/settings.h"

#include <functional>
#include <span>
#include <string>
#include <unordered_set>
#include <vector>

namespace kxcti::reports {

// Calls handed over a batch at a time (a stored day each: common/reports/call_store.h), so a
// year's report never holds a year of calls. Only reports whose figures do not depend on the
// order of the calls take them this way (ReportInfo::streams).
using CallBatch = std::function<void(std::span<const calls::Call>)>;
using CallBatches = std::function<void(const CallBatch&)>;

struct ReportInput {
    std::span<const calls::Call> calls;
    const SiteModel& site;
    const ReportQuery& query;
    // Callers seen before query.from (for "new callers"); null: only the calls given are looked at.
    const std::unordered_set<std::string>* callers_seen_before = nullptr;
    // When set, the calls come from here instead of `calls` (streaming reports only).
    const CallBatches* batches = nullptr;
};

// Every call of the input, from `batches` when set, else from `calls`.
template <class Fn>
void for_each_call(const ReportInput& in, Fn&& fn) {
    if (!in.batches) {
        for (const auto& c : in.calls) fn(c);
        return;
    }
    (*in.batches)([&](std::span<const calls::Call> batch) {
        for (const auto& c : batch) fn(c);
    });
}

// One entry per report: what the catalog shows and what the loader must read around the interval.
struct ReportInfo {
    std::string name;
    std::string title;
    std::vector<std::string> params;  // parameter keys it takes
    bool needs_callers_seen_before = false;
    // Its figures are sums over calls in any order: it can take them in batches (for_each_call).
    bool streams = false;
};
const std::vector<ReportInfo>& catalog();
const ReportInfo* find_report(std::string_view name);

// Runs query.name; throws QueryError for an unknown name or a grouping the report cannot use.
Report run_report(const ReportInput& in);

Report summary_report(const ReportInput& in);        // totals, rows per bucket when grouped
Report hourly_report(const ReportInput& in);         // summary per time-of-day slot (default 60 min)
Report groups_report(const ReportInput& in);         // per ICD group (per stage)
Report operators_report(const ReportInput& in);      // per extension
Report busy_hour_report(const ReportInput& in);      // per day: busy hour, trunk Erlangs, Erlang B
Report staffing_report(const ReportInput& in);       // per interval: Erlang C required vs present
Report service_level_report(const ReportInput& in);  // the three abandon policies + short abandons
Report talk_buckets_report(const ReportInput& in);   // short / medium / long talk per operator
Report lost_not_called_back_report(const ReportInput& in);  // list of lost calls nobody returned
Report repeat_callers_report(const ReportInput& in);        // callers who called again within W
Report channels_report(const ReportInput& in);       // per advertising channel (DID)
Report calls_report(const ReportInput& in);          // list of calls with their legs

// Assembly options that match the site: its ICD groups (besides the default 6xx range) and its
// short-abandon threshold, so the calls' own outcome agrees with the reports'.
calls::AssemblyOptions assembly_options(const SiteModel& site);

} // namespace kxcti::reports
