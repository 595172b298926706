// staffing: per interval of the day (each day separately), the operators Erlang C requires for
// the service-level target against the operators measured on the phones, with a verdict.
#include "common/reports/erlang.h"
#include "common/reports/report_util.h"

#include <algorithm>
#include <map>
#include <set>

namespace kxcti::reports {

using namespace detail;

namespace {

constexpr int kDefaultStaffingMinutes = 60;

// When a leg kept its extension busy or ringing: [start, end] as far as printed.
std::optional<std::pair<calls::LocalSeconds, calls::LocalSeconds>> leg_span(const calls::Leg& l) {
    if (!l.end) return std::nullopt;
    calls::LocalSeconds b = l.end->earliest;
    if (l.began) b = l.began->earliest;
    else if (l.connected) b = l.connected->earliest;
    else if (l.duration_s) b = l.end->earliest - *l.duration_s;
    return std::pair{std::min(b, l.end->earliest), l.end->earliest};
}

bool staffs(const calls::Leg& l) {
    return l.kind == calls::LegKind::Operator || l.kind == calls::LegKind::Transfer ||
           l.kind == calls::LegKind::Outgoing;
}

struct Slot {
    Figures fig;
    std::set<std::string> present;
};

} // namespace

Report staffing_report(const ReportInput& in) {
    ReportQuery q = in.query;
    if (q.grouping.by == GroupBy::None) q.grouping = {GroupBy::Minutes, kDefaultStaffingMinutes};
    if (q.grouping.by != GroupBy::Minutes)
        throw QueryError("staffing needs an interval in minutes (15, 30, 60...): Erlang C holds for short intervals, "
                         "not for a whole " + grouping_text(q.grouping));
    const ReportInput in2{in.calls, in.site, q, in.callers_seen_before};
    Report r = start_report(in2, "staffing", "Staffing: operators required by Erlang C against operators present");
    const auto& t = in.site.thresholds;
    const auto slot_s = static_cast<calls::LocalSeconds>(q.grouping.minutes) * 60;
    auto& d = r.definitions;
    d.emplace_back("traffic_erlangs", "A = offered x AHT / interval length; AHT = mean talk of the interval's answered "
                                      "calls (the whole selection's when the interval has none; hold and wrap-up are "
                                      "not printed by the PBX)");
    d.emplace_back("required_agents", "smallest N with Erlang C service level (T = " + std::to_string(t.service_level_s) +
                                          " s) >= target; scheduled_agents = required / (1 - shrinkage)");
    d.emplace_back("present_agents", "operators (extensions that rang or answered for the selected calls, or the "
                                     "group's members when configured) with a call, a ring or an outgoing call in the "
                                     "interval: SMDR has no log-in state, so an idle operator is not seen");
    d.emplace_back("predicted_service_level", "Erlang C service level with present_agents; measured_service_level "
                                              "from the calls (see the summary's service_level)");
    d.emplace_back("verdict", "enough: present >= required; short by N; no calls; unknown when no talk time is known");
    r.columns = {{"interval_start", Kind::DateTime}, {"offered", Kind::Integer},
                 {"answered", Kind::Integer},        {"lost", Kind::Integer},
                 {"aht_s", Kind::Seconds},           {"traffic_erlangs", Kind::Decimal},
                 {"required_agents", Kind::Integer}, {"scheduled_agents", Kind::Integer},
                 {"present_agents", Kind::Integer},  {"occupancy_at_present", Kind::Ratio},
                 {"predicted_service_level", Kind::Ratio}, {"measured_service_level", Kind::Ratio},
                 {"verdict", Kind::Text}};

    // Who the operators are.
    std::set<std::string> operators;
    bool from_site = false;
    if (q.group)
        for (const auto& g : in.site.groups)
            if (g.number == *q.group && !g.members.empty()) {
                operators.insert(g.members.begin(), g.members.end());
                from_site = true;
            }
    std::map<calls::LocalSeconds, Slot> slots;  // slot start -> figures, present operators
    Figures all;
    auto slot_of = [&](calls::LocalSeconds at) {
        const auto day = day_start(at);
        return day + (at - day) / slot_s * slot_s;
    };
    for (const auto& c : in.calls) {
        if (!is_incoming(c) || !selected(c, q, in.site)) continue;
        const Fate f = fate(c, t);
        slots[slot_of(arrival(c))].fig.add(c, f, t);
        all.add(c, f, t);
        if (!from_site)
            for (const auto& l : c.legs)
                if ((l.kind == calls::LegKind::Operator && rang(c, l)) || l.kind == calls::LegKind::Transfer)
                    operators.insert(l.ext);
    }
    if (q.operator_ext) operators = {*q.operator_ext};
    for (const auto& c : in.calls) {
        for (const auto& l : c.legs) {
            if (!staffs(l) || !operators.count(l.ext)) continue;
            const auto span = leg_span(l);
            if (!span) continue;
            // [first, second): a leg that ended at 11:00:00 was not on the phone in the 11:00 slot.
            const auto last = span->second > span->first ? span->second - 1 : span->second;
            const auto lo = std::max(span->first, q.from), hi = std::min(last, q.to - 1);
            for (auto s = slot_of(lo); s <= hi; s += slot_s) slots[s].present.insert(l.ext);
        }
    }
    const std::optional<double> period_aht =
        all.talk_known ? std::optional(static_cast<double>(all.talk_sum) / static_cast<double>(all.talk_known)) : std::nullopt;
    for (const auto& [start, s] : slots) {
        const auto& f = s.fig;
        const std::optional<double> aht = f.talk_known ? std::optional(static_cast<double>(f.talk_sum) /
                                                                       static_cast<double>(f.talk_known))
                                                       : period_aht;
        const int present = static_cast<int>(s.present.size());
        std::optional<double> a;
        if (aht && *aht > 0) a = offered_traffic(static_cast<double>(f.offered), static_cast<double>(slot_s), *aht);
        else if (f.offered == 0) a = 0.0;
        Value required = null(), scheduled = null(), predicted = null(), occupancy = null();
        std::string verdict;
        if (f.offered == 0) {
            required = integer(0);
            scheduled = integer(0);
            verdict = "no calls";
        } else if (!a) {
            verdict = "unknown (no talk time known)";
        } else {
            const int n = agents_needed(*a, *aht, t.service_level_s, t.service_level_target);
            required = integer(n);
            scheduled = integer(scheduled_agents(n, t.shrinkage));
            predicted = decimal(erlang_c(*a, present, *aht, t.service_level_s).service_level);
            if (present > 0) occupancy = decimal(std::min(1.0, *a / present));
            verdict = present >= n ? "enough" : "short by " + std::to_string(n - present);
        }
        RowBuilder row(r.columns, q.group.value_or(""));
        row.set("interval_start", minute_text(start)).set("offered", integer(f.offered));
        row.set("answered", integer(f.answered)).set("lost", integer(f.lost));
        row.set("aht_s", decimal(aht)).set("traffic_erlangs", decimal(a));
        row.set("required_agents", required).set("scheduled_agents", scheduled);
        row.set("present_agents", integer(present)).set("occupancy_at_present", occupancy);
        row.set("predicted_service_level", predicted);
        row.set("measured_service_level", f.service_level(t.abandon_policy));
        row.set("verdict", verdict);
        r.rows.push_back(row.done());
    }
    r.totals = figure_totals(all, t);
    r.totals.push_back({"aht_s", Kind::Seconds, decimal(period_aht)});
    r.totals.push_back({"intervals", Kind::Integer, integer(static_cast<std::int64_t>(r.rows.size()))});
    std::int64_t short_intervals = 0;
    for (const auto& row : r.rows)
        if (as_text(row.cells.back()).value_or("").rfind("short", 0) == 0) ++short_intervals;
    r.totals.push_back({"intervals_short", Kind::Integer, integer(short_intervals)});
    return r;
}

} // namespace kxcti::reports
