// busy-hour (trunks: traffic per 60-minute window on 15-minute steps, Erlang B) and staffing
// (operators: Erlang C per interval against the operators measured on the phones).
#include "common/reports/erlang.h"
#include "common/reports/report_util.h"

#include <algorithm>
#include <array>
#include <cstdio>
#include <map>
#include <set>

namespace kxcti::reports {

using namespace detail;

namespace {

constexpr calls::LocalSeconds kSecondsPerDay = 86400;
// kpi.md: the busy hour is the 60-minute window, on 15-minute steps, with the most trunk traffic.
constexpr calls::LocalSeconds kStepS = 15 * 60;
constexpr int kStepsPerHour = 4;
constexpr int kStepsPerDay = 96;
constexpr double kSecondsPerHour = 3600.0;

struct Segment {
    calls::LocalSeconds begin = 0, end = 0;  // [begin, end): a trunk held
};

// How long a call held its trunk (a queued caller holds one): wait + talk when both were printed
// (exact, whereas subtracting the minute-stamped ends of different legs is not), else from
// arrival to departure, and never less than the printed talk.
calls::LocalSeconds holding(const calls::Call& c) {
    const bool lost = c.outcome == calls::Outcome::LostInQueue || c.outcome == calls::Outcome::LostAtOperator ||
                      c.outcome == calls::Outcome::ShortAbandon;
    if (c.direction == calls::CallDirection::In && c.wait_s && (c.talk_s || lost))
        return *c.wait_s + c.talk_s.value_or(0);
    if (c.direction == calls::CallDirection::Out && c.talk_s) return *c.talk_s;
    return std::max<calls::LocalSeconds>(departure(c) - arrival(c), c.talk_s.value_or(0));
}

// Trunks a call held: one from its arrival for its holding time, and for a forwarded call a
// second one for the forward leg.
void trunk_segments(const calls::Call& c, std::vector<Segment>& out) {
    if (c.direction == calls::CallDirection::Intercom) return;
    const auto a = arrival(c);
    out.push_back({a, a + holding(c)});
    for (const auto& l : c.legs) {
        if (l.kind != calls::LegKind::Forward || !l.end || !l.duration_s) continue;
        out.push_back({l.end->earliest - *l.duration_s, l.end->earliest});
    }
}

std::string hhmm(int seconds_of_day) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%02d:%02d", seconds_of_day / 3600, seconds_of_day / 60 % 60);
    return buf;
}

// Most trunks held at once within [lo, hi); calls of zero length hold none.
std::pair<int, calls::LocalSeconds> peak(const std::vector<Segment>& segs, calls::LocalSeconds lo, calls::LocalSeconds hi) {
    std::vector<std::pair<calls::LocalSeconds, int>> ev;
    for (const auto& s : segs) {
        const auto b = std::max(s.begin, lo), e = std::min(s.end, hi);
        if (b >= e) continue;
        ev.push_back({b, +1});
        ev.push_back({e, -1});
    }
    std::sort(ev.begin(), ev.end());  // at one instant, releases (-1) before seizures (+1)
    int now = 0, best = 0;
    calls::LocalSeconds at = lo;
    for (const auto& [t, d] : ev) {
        now += d;
        if (now > best) {
            best = now;
            at = t;
        }
    }
    return {best, at};
}

} // namespace

Report busy_hour_report(const ReportInput& in) {
    Report r = start_report(in, "busy-hour", "Busy hour and trunks: traffic, Erlang B blocking, trunks needed");
    const auto& t = in.site.thresholds;
    auto& d = r.definitions;
    d.emplace_back("trunk traffic", "Erlangs = trunk-seconds held in the window / 3600; a call holds a trunk from "
                                    "its arrival for wait + talk (ring + queue + talk; outgoing: talk), a forwarded "
                                    "call a second one for the forward leg. Without Ring (pattern B) the time from "
                                    "arrival to the last leg's end is used: a lower bound");
    d.emplace_back("busy_hour", "per day, the 60-minute window on 15-minute steps (00:00..23:00 starts) with the "
                                "most traffic; the earliest on ties");
    d.emplace_back("blocking", "Erlang B at the installed trunk count (null when the trunk count is not configured)");
    d.emplace_back("trunks_needed", "smallest N with Erlang B <= " + std::to_string(t.trunk_blocking_target));
    d.emplace_back("peak_simultaneous", "most trunks held at the same second, measured from the calls");
    d.emplace_back("average", "totals: mean busy-hour traffic over the days with traffic; consistent busy hour: "
                              "the window of the day with the highest mean traffic over those days");
    r.columns = {{"date", Kind::Text},
                 {"busy_hour_start", Kind::Text},
                 {"busy_hour_erlangs", Kind::Decimal},
                 {"busy_hour_calls", Kind::Integer},
                 {"day_erlang_hours", Kind::Decimal},
                 {"calls", Kind::Integer},
                 {"peak_simultaneous", Kind::Integer},
                 {"peak_at", Kind::Text},
                 {"trunks_installed", Kind::Integer},
                 {"blocking", Kind::Ratio},
                 {"trunks_needed", Kind::Integer},
                 {"trunks_sufficient", Kind::Flag}};

    std::vector<Segment> segs;
    std::map<std::int64_t, std::array<std::int64_t, kStepsPerDay>> occupancy;  // day -> trunk-seconds per step
    std::map<std::int64_t, std::array<std::int64_t, kStepsPerDay>> arrivals;   // day -> calls arriving per step
    for (const auto& c : in.calls) {
        if (c.direction == calls::CallDirection::Intercom || !selected(c, in.query, in.site)) continue;
        const std::size_t first = segs.size();
        trunk_segments(c, segs);
        const auto a = arrival(c);
        const auto day = civil(a).day_number;
        ++arrivals[day][static_cast<std::size_t>((a - day * kSecondsPerDay) / kStepS)];
        for (std::size_t i = first; i < segs.size(); ++i) {
            const auto b = std::max(segs[i].begin, in.query.from), e = std::min(segs[i].end, in.query.to);
            for (auto s = b - ((b % kStepS) + kStepS) % kStepS; s < e; s += kStepS) {
                const auto lo = std::max(s, b), hi = std::min(s + kStepS, e);
                if (hi <= lo) continue;
                const auto dn = civil(s).day_number;
                occupancy[dn][static_cast<std::size_t>((s - dn * kSecondsPerDay) / kStepS)] += hi - lo;
            }
        }
    }
    const auto trunks = in.site.trunk_count;
    auto needed = [&](double a) { return a > 0 ? lines_needed(a, t.trunk_blocking_target) : 0; };
    double sum_busy = 0;
    int days = 0, max_peak = 0;
    std::array<double, kStepsPerDay> window_sum{};
    for (const auto& [day, occ] : occupancy) {
        const auto day_lo = day * kSecondsPerDay;
        int best = 0;
        std::int64_t best_sum = -1, total = 0;
        for (int s = 0; s + kStepsPerHour <= kStepsPerDay; ++s) {
            std::int64_t w = 0;
            for (int k = 0; k < kStepsPerHour; ++k) w += occ[static_cast<std::size_t>(s + k)];
            window_sum[static_cast<std::size_t>(s)] += static_cast<double>(w) / kSecondsPerHour;
            if (w > best_sum) {
                best_sum = w;
                best = s;
            }
        }
        for (auto v : occ) total += v;
        std::int64_t busy_calls = 0, calls_today = 0;
        if (auto it = arrivals.find(day); it != arrivals.end()) {
            for (int k = 0; k < kStepsPerHour; ++k) busy_calls += it->second[static_cast<std::size_t>(best + k)];
            for (auto v : it->second) calls_today += v;
        }
        const double a = static_cast<double>(best_sum) / kSecondsPerHour;
        const auto [pk, pk_at] = peak(segs, std::max(day_lo, in.query.from), std::min(day_lo + kSecondsPerDay, in.query.to));
        sum_busy += a;
        ++days;
        max_peak = std::max(max_peak, pk);
        RowBuilder row(r.columns, in.query.group.value_or(""));
        row.set("date", date_text(day_lo)).set("busy_hour_start", hhmm(best * static_cast<int>(kStepS)));
        row.set("busy_hour_erlangs", decimal(a)).set("busy_hour_calls", integer(busy_calls));
        row.set("day_erlang_hours", decimal(static_cast<double>(total) / kSecondsPerHour));
        row.set("calls", integer(calls_today));
        row.set("peak_simultaneous", integer(pk)).set("peak_at", pk ? text(minute_text(pk_at)) : null());
        row.set("trunks_installed", trunks ? integer(static_cast<std::int64_t>(*trunks)) : null());
        row.set("blocking", trunks ? decimal(erlang_b(a, static_cast<int>(*trunks))) : null());
        row.set("trunks_needed", integer(needed(a)));
        row.set("trunks_sufficient", trunks ? integer(*trunks >= static_cast<std::uint32_t>(needed(a)) ? 1 : 0) : null());
        r.rows.push_back(row.done());
    }
    const double avg = days ? sum_busy / days : 0.0;  // used only when days > 0
    int consistent = 0;
    for (int s = 1; s < kStepsPerDay; ++s)
        if (window_sum[static_cast<std::size_t>(s)] > window_sum[static_cast<std::size_t>(consistent)]) consistent = s;
    r.totals = {{"days", Kind::Integer, integer(days)},
                {"avg_busy_hour_erlangs", Kind::Decimal, days ? decimal(avg) : null()},
                {"consistent_busy_hour_start", Kind::Text, days ? text(hhmm(consistent * static_cast<int>(kStepS))) : null()},
                {"consistent_busy_hour_erlangs", Kind::Decimal,
                 days ? decimal(window_sum[static_cast<std::size_t>(consistent)] / days) : null()},
                {"trunks_installed", Kind::Integer, trunks ? integer(static_cast<std::int64_t>(*trunks)) : null()},
                {"blocking_at_avg", Kind::Ratio, trunks && days ? decimal(erlang_b(avg, static_cast<int>(*trunks))) : null()},
                {"trunks_needed_at_avg", Kind::Integer, days ? integer(needed(avg)) : null()},
                {"max_peak_simultaneous", Kind::Integer, integer(max_peak)}};
    return r;
}

} // namespace kxcti::reports
