// summary, hourly, service-level and talk-buckets: call-level figures of the selected incoming
// calls, over the whole interval or per bucket (time-of-day slot, day, weekday).
#include "common/reports/report_util.h"

#include <map>

namespace kxcti::reports {

namespace {

using namespace detail;

struct Activity {
    Figures fig;
    std::int64_t outgoing = 0, outgoing_talk = 0, intercom = 0;
};

// The selected calls per bucket (one bucket when not grouped).
std::map<Key, Activity> collect(const ReportInput& in, Activity& all) {
    std::map<Key, Activity> out;
    const auto& t = in.site.thresholds;
    for_each_call(in, [&](const calls::Call& c) {
        if (!selected(c, in.query, in.site)) return;
        Activity& a = out[key_of(c, in.query.grouping)];
        if (is_incoming(c)) {
            const Fate f = fate(c, t);
            a.fig.add(c, f, t);
            all.fig.add(c, f, t);
        } else if (c.direction == calls::CallDirection::Out) {
            ++a.outgoing;
            ++all.outgoing;
            a.outgoing_talk += c.talk_s.value_or(0);
            all.outgoing_talk += c.talk_s.value_or(0);
        } else {
            ++a.intercom;
            ++all.intercom;
        }
    });
    return out;
}

Report figures_by_bucket(const ReportInput& in, std::string name, std::string title) {
    Report r = start_report(in, std::move(name), std::move(title));
    const auto& t = in.site.thresholds;
    state_figure_definitions(r, t);
    r.definitions.emplace_back("outgoing", "outgoing calls (a transfer of one is still one call); outgoing_talk_s: "
                                           "their talk; intercom: standalone intercom calls");
    std::vector<Column> cols = figure_columns();
    cols.push_back({"outgoing", Kind::Integer});
    cols.push_back({"outgoing_talk_s", Kind::Seconds});
    cols.push_back({"intercom", Kind::Integer});
    r.columns = with_bucket(in.query, cols);
    Activity all;
    auto buckets = collect(in, all);
    if (buckets.empty() && in.query.grouping.by == GroupBy::None) buckets[Key{}];
    for (const auto& [key, a] : buckets) {
        RowBuilder row(r.columns, in.query.group.value_or(""));
        if (in.query.grouping.by != GroupBy::None) row.set("bucket", key.label);
        put_figures(row, a.fig, t);
        row.set("outgoing", integer(a.outgoing)).set("outgoing_talk_s", integer(a.outgoing_talk));
        row.set("intercom", integer(a.intercom));
        r.rows.push_back(row.done());
    }
    r.totals = figure_totals(all.fig, t);
    r.totals.push_back({"outgoing", Kind::Integer, integer(all.outgoing)});
    r.totals.push_back({"outgoing_talk_s", Kind::Seconds, integer(all.outgoing_talk)});
    r.totals.push_back({"intercom", Kind::Integer, integer(all.intercom)});
    return r;
}

} // namespace

using namespace detail;

Report summary_report(const ReportInput& in) {
    return figures_by_bucket(in, "summary", "Summary: calls offered, answered and lost, waits and talk");
}

Report hourly_report(const ReportInput& in) {
    if (in.query.grouping.by != GroupBy::None)
        return figures_by_bucket(in, "hourly", "Distribution over the day, week or days");
    ReportQuery q = in.query;
    q.grouping = {GroupBy::Minutes, 60};
    return figures_by_bucket({in.calls, in.site, q, in.callers_seen_before, in.batches}, "hourly",
                             "Distribution over the day, week or days");
}

Report service_level_report(const ReportInput& in) {
    Report r = start_report(in, "service-level", "Service level under the three abandon policies, and short abandons");
    const auto& t = in.site.thresholds;
    const auto T = std::to_string(t.service_level_s);
    r.definitions.emplace_back("sl_abandons_against", "answered within T / (answered + abandoned after T), T = " + T + " s");
    r.definitions.emplace_back("sl_abandons_ignored", "answered within T / answered");
    r.definitions.emplace_back("sl_abandons_for", "(answered within T + abandoned within T) / (answered + abandoned)");
    r.definitions.emplace_back("service_level", "the site's policy among the three; target_met: service_level >= target");
    r.definitions.emplace_back("within", "wait <= T; calls whose wait was not printed (wait_unknown) and short "
                                         "abandons (wait < S = " + std::to_string(t.short_abandon_s) +
                                         " s) are left out of every variant");
    r.definitions.emplace_back("abandon_rate", "(lost - short_abandons) / (offered - short_abandons); "
                                               "abandon_rate_incl_short = lost / offered");
    r.columns = with_bucket(in.query, {{"offered", Kind::Integer},
                                       {"answered", Kind::Integer},
                                       {"answered_within_t", Kind::Integer},
                                       {"answered_after_t", Kind::Integer},
                                       {"lost", Kind::Integer},
                                       {"abandoned_within_t", Kind::Integer},
                                       {"abandoned_after_t", Kind::Integer},
                                       {"short_abandons", Kind::Integer},
                                       {"wait_unknown", Kind::Integer},
                                       {"sl_abandons_against", Kind::Ratio},
                                       {"sl_abandons_ignored", Kind::Ratio},
                                       {"sl_abandons_for", Kind::Ratio},
                                       {"service_level", Kind::Ratio},
                                       {"target", Kind::Ratio},
                                       {"target_met", Kind::Flag},
                                       {"abandon_rate", Kind::Ratio},
                                       {"abandon_rate_incl_short", Kind::Ratio}});
    auto fill = [&](auto&& put, const Figures& f) {
        const Value sl = f.service_level(t.abandon_policy);
        put("offered", integer(f.offered));
        put("answered", integer(f.answered));
        put("answered_within_t", integer(f.answered_within_t));
        put("answered_after_t", integer(f.answered_after_t));
        put("lost", integer(f.lost));
        put("abandoned_within_t", integer(f.abandoned_within_t));
        put("abandoned_after_t", integer(f.abandoned_after_t));
        put("short_abandons", integer(f.short_abandons));
        put("wait_unknown", integer(f.wait_unknown));
        put("sl_abandons_against", f.service_level(AbandonPolicy::Against));
        put("sl_abandons_ignored", f.service_level(AbandonPolicy::Ignored));
        put("sl_abandons_for", f.service_level(AbandonPolicy::For));
        put("service_level", sl);
        put("target", decimal(t.service_level_target));
        put("target_met", is_null(sl) ? null() : integer(*as_double(sl) >= t.service_level_target ? 1 : 0));
        put("abandon_rate", ratio(f.lost - f.short_abandons, f.offered - f.short_abandons));
        put("abandon_rate_incl_short", ratio(f.lost, f.offered));
    };
    Activity all;
    auto buckets = collect(in, all);
    if (buckets.empty() && in.query.grouping.by == GroupBy::None) buckets[Key{}];
    for (const auto& [key, a] : buckets) {
        RowBuilder row(r.columns, in.query.group.value_or(""));
        if (in.query.grouping.by != GroupBy::None) row.set("bucket", key.label);
        fill([&](const char* k, Value v) { row.set(k, std::move(v)); }, a.fig);
        r.rows.push_back(row.done());
    }
    fill([&](const char* k, Value v) { add_total(r, k, std::move(v)); }, all.fig);
    return r;
}

Report talk_buckets_report(const ReportInput& in) {
    Report r = start_report(in, "talk-buckets", "Talk length: short, medium and long calls per operator");
    const auto& t = in.site.thresholds;
    const auto lo = std::to_string(t.talk_short_below_s), hi = std::to_string(t.talk_long_above_s);
    r.definitions.emplace_back("talk", "the answered call's talk (operator and transfer legs), credited to the "
                                       "operator who answered it");
    r.definitions.emplace_back("short", "talk < " + lo + " s; medium " + lo + ".." + hi + " s; long > " + hi + " s");
    r.definitions.emplace_back("talk_unknown", "answered calls whose talk was not printed: in no bucket");
    r.columns = with_bucket(in.query, {{"ext", Kind::Text},
                                       {"name", Kind::Text},
                                       {"answered", Kind::Integer},
                                       {"short", Kind::Integer},
                                       {"medium", Kind::Integer},
                                       {"long", Kind::Integer},
                                       {"talk_unknown", Kind::Integer},
                                       {"short_share", Kind::Ratio},
                                       {"avg_talk_s", Kind::Seconds},
                                       {"max_talk_s", Kind::Seconds},
                                       {"talk_s", Kind::Seconds}});
    std::map<std::pair<Key, std::string>, Figures> rows;
    Figures all;
    for_each_call(in, [&](const calls::Call& c) {
        if (!is_incoming(c) || !selected(c, in.query, in.site)) return;
        if (fate(c, t) != Fate::Answered || !c.answered_by) return;
        if (in.query.operator_ext && *c.answered_by != *in.query.operator_ext) return;
        rows[{key_of(c, in.query.grouping), *c.answered_by}].add(c, Fate::Answered, t);
        all.add(c, Fate::Answered, t);
    });
    auto fill = [&](auto&& put, const Figures& f) {
        put("answered", integer(f.answered));
        put("short", integer(f.talk_short));
        put("medium", integer(f.talk_medium));
        put("long", integer(f.talk_long));
        put("talk_unknown", integer(f.talk_unknown));
        put("short_share", ratio(f.talk_short, f.talk_known));
        put("avg_talk_s", mean(f.talk_sum, f.talk_known));
        put("max_talk_s", integer(f.max_talk));
        put("talk_s", integer(f.talk_sum));
    };
    for (const auto& [key, f] : rows) {
        RowBuilder row(r.columns, in.query.group.value_or(""));
        if (in.query.grouping.by != GroupBy::None) row.set("bucket", key.first.label);
        row.set("ext", key.second).set("name", operator_name(in.site, key.second));
        fill([&](const char* k, Value v) { row.set(k, std::move(v)); }, f);
        r.rows.push_back(row.done());
    }
    fill([&](const char* k, Value v) { add_total(r, k, std::move(v)); }, all);
    return r;
}

} // namespace kxcti::reports
