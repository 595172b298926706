#pragma once
// The figures of kpi.md's per-group / per-operator / per-DID table, accumulated call by call for
// one row (a group, an operator, a channel, a time bucket or the whole selection) and written
// into the row's columns. Calls whose wait or talk the PBX did not print are counted as such
// (wait_unknown, talk_unknown) and left out of the averages, maxima and service level: never 0.
#include "common/calls/call.h"
#include "common/reports/call_view.h"
#include "common/reports/report.h"
#include "common/reports/settings.h"

#include <cstdint>
#include <optional>
#include <vector>

namespace kxcti::reports {

struct Figures {
    std::int64_t offered = 0, answered = 0, lost = 0, lost_in_queue = 0, lost_at_operator = 0,
                 short_abandons = 0, forwarded_out = 0, overflowed = 0, unknown = 0, transferred = 0;
    // Waits (queue + ring), known ones only.
    std::int64_t answered_wait_known = 0, answered_wait_sum = 0;
    std::optional<int> max_wait_answered;
    std::int64_t lost_wait_known = 0, lost_wait_sum = 0;  // short abandons excluded
    std::optional<int> max_wait_lost;
    std::int64_t wait_unknown = 0;  // answered or lost calls whose wait was not printed
    // Service level: calls with a known wait, short abandons excluded.
    std::int64_t answered_within_t = 0, answered_after_t = 0, abandoned_within_t = 0, abandoned_after_t = 0;
    // Talk of answered calls.
    std::int64_t talk_known = 0, talk_sum = 0, talk_unknown = 0;
    std::optional<int> max_talk;
    std::int64_t talk_short = 0, talk_medium = 0, talk_long = 0;

    // Counts one incoming call with the fate it has in this row (a group row passes the stage's
    // fate: Overflow when the call left that group). `talk` is the talk this row is credited
    // with (the call's, or an operator's own legs').
    // `stage`: the row is one group stage of the call (overflowed counts Fate::Overflow only);
    // otherwise the row is about whole calls and overflowed counts calls that reached two groups.
    void add(const calls::Call& c, Fate f, const std::optional<int>& talk, const Thresholds& t, bool stage = false);
    void add(const calls::Call& c, Fate f, const Thresholds& t) { add(c, f, c.talk_s, t); }
    Figures& operator+=(const Figures& o);

    // Service level under a policy; null when no call with a known wait counts.
    Value service_level(AbandonPolicy policy) const;
};

// The columns figure rows carry, in order, and the values of a Figures for them.
const std::vector<Column>& figure_columns();
void put_figures(RowBuilder& row, const Figures& f, const Thresholds& t);
std::vector<Figure> figure_totals(const Figures& f, const Thresholds& t);

// The shared definitions and thresholds every figure report states.
void state_figure_definitions(Report& r, const Thresholds& t);
void state_query(Report& r, const ReportQuery& q, const SiteModel& site);

} // namespace kxcti::reports
