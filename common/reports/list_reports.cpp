// channels (call tracking: one DID per advertising channel) and calls (the list, with legs).
#include "common/reports/report_util.h"

#include <algorithm>
#include <chrono>
#include <map>
#include <tuple>
#include <set>
#include <unordered_set>

namespace kxcti::reports {

using namespace detail;

namespace {

constexpr calls::LocalSeconds kSecondsPerDay = 86400;

int days_in_month(int year, int month) {
    const std::chrono::year_month_day_last last{std::chrono::year{year} / std::chrono::month{static_cast<unsigned>(month)} /
                                                std::chrono::last};
    return static_cast<int>(static_cast<unsigned>(last.day()));
}

// The channel's spend over [from, to): each day of its validity costs monthly spend / days of
// that month, partial days in proportion.
std::optional<double> spend(const Channel& ch, calls::LocalSeconds from, calls::LocalSeconds to) {
    if (!ch.monthly_spend) return std::nullopt;
    double total = 0;
    for (auto day = day_start(from); day < to; day += kSecondsPerDay) {
        const Civil c = civil(day);
        const CivilDay d{c.year, c.month, c.day};
        if ((ch.valid_from && d < *ch.valid_from) || (ch.valid_to && *ch.valid_to < d)) continue;
        const auto covered = std::min(to, day + kSecondsPerDay) - std::max(from, day);
        total += *ch.monthly_spend / days_in_month(c.year, c.month) * static_cast<double>(covered) /
                 static_cast<double>(kSecondsPerDay);
    }
    return total;
}

std::string window_text(const std::optional<calls::TimeWindow>& w) {
    return w ? calls::format_window(*w) : std::string();
}

} // namespace

Report channels_report(const ReportInput& in) {
    Report r = start_report(in, "channels", "Advertising channels: calls, callers and cost per DID");
    const auto& t = in.site.thresholds;
    state_figure_definitions(r, t);
    r.definitions.emplace_back("channel", "the DID's channel on the call's arrival day (validity dates); calls on a "
                                          "DID without a channel get a row of their own, calls without a DID too");
    r.definitions.emplace_back("new_callers", in.callers_seen_before
                                                  ? "callers never seen in the database before the interval or "
                                                    "earlier in it; returning_callers = unique_callers - new_callers"
                                                  : "callers not seen earlier among the calls given (the database "
                                                    "before the interval was not consulted)");
    r.definitions.emplace_back("spend", "monthly spend pro rata per day of validity in the interval; cost_per_call "
                                        "= spend / offered, cost_per_answered = spend / answered; null in rows "
                                        "grouped by time (spend is not split by time of day)");
    std::vector<Column> cols{{"channel", Kind::Text}, {"did", Kind::Text}};
    for (const auto& c : figure_columns()) cols.push_back(c);
    for (Column c : std::initializer_list<Column>{{"unique_callers", Kind::Integer}, {"new_callers", Kind::Integer},
                                                  {"returning_callers", Kind::Integer}, {"no_caller_id", Kind::Integer},
                                                  {"spend", Kind::Decimal}, {"cost_per_call", Kind::Decimal},
                                                  {"cost_per_answered", Kind::Decimal}})
        cols.push_back(c);
    r.columns = with_bucket(in.query, cols);

    // Callers seen before each call: the database's set, plus the calls given that came earlier.
    std::vector<const calls::Call*> ordered;
    for (const auto& c : in.calls)
        if (is_incoming(c)) ordered.push_back(&c);
    std::stable_sort(ordered.begin(), ordered.end(),
                     [](const calls::Call* a, const calls::Call* b) { return arrival(*a) < arrival(*b); });
    std::unordered_set<std::string> seen;
    struct Acc {
        const Channel* channel = nullptr;
        std::optional<std::string> did;
        Figures fig;
        std::set<std::string> callers, fresh;
        std::int64_t no_cli = 0;
    };
    std::map<std::tuple<Key, std::string, std::string>, Acc> rows;  // (bucket, channel name, did)
    for (const calls::Call* cp : ordered) {
        const auto& c = *cp;
        const bool known_before = c.caller && (seen.count(*c.caller) ||
                                               (in.callers_seen_before && in.callers_seen_before->count(*c.caller)));
        if (c.caller) seen.insert(*c.caller);
        if (!selected(c, in.query, in.site)) continue;
        const Channel* ch = channel_of(c, in.site);
        Acc& a = rows[{key_of(c, in.query.grouping), ch ? ch->name : "", ch ? ch->did : c.did.value_or("")}];
        a.channel = ch;
        a.did = c.did;
        a.fig.add(c, fate(c, t), t);
        if (!c.caller) {
            ++a.no_cli;
            continue;
        }
        a.callers.insert(*c.caller);
        if (!known_before) a.fresh.insert(*c.caller);
    }
    if (!grouped(in.query))
        for (const auto& ch : in.site.channels)
            if (!in.query.channel || ch.name == *in.query.channel || ch.did == *in.query.channel)
                rows[{Key{}, ch.name, ch.did}].channel = &ch;
    for (auto& [key, a] : rows) {
        const auto& [bucket, name, did] = key;
        RowBuilder row(r.columns, "");
        if (grouped(in.query)) row.set("bucket", bucket.label);
        row.set("channel", name.empty() ? null() : text(name)).set("did", did.empty() ? null() : text(did));
        put_figures(row, a.fig, t);
        const auto unique = static_cast<std::int64_t>(a.callers.size()), fresh = static_cast<std::int64_t>(a.fresh.size());
        row.set("unique_callers", integer(unique)).set("new_callers", integer(fresh));
        row.set("returning_callers", integer(unique - fresh)).set("no_caller_id", integer(a.no_cli));
        std::optional<double> cost;
        if (a.channel && !grouped(in.query)) cost = spend(*a.channel, in.query.from, in.query.to);
        row.set("spend", decimal(cost));
        row.set("cost_per_call", cost && a.fig.offered ? decimal(*cost / static_cast<double>(a.fig.offered)) : null());
        row.set("cost_per_answered", cost && a.fig.answered ? decimal(*cost / static_cast<double>(a.fig.answered)) : null());
        r.rows.push_back(row.done());
    }
    Figures all;
    for (const auto& [key, a] : rows) all += a.fig;
    r.totals = figure_totals(all, t);
    return r;
}

Report calls_report(const ReportInput& in) {
    Report r = start_report(in, "calls", "Calls with their legs");
    const auto& t = in.site.thresholds;
    r.definitions.emplace_back("outcome", "incoming calls: their fate under the site's thresholds (see the summary); "
                                          "outgoing, intercom otherwise");
    r.definitions.emplace_back("times", "PBX local time; SMDR stamps the end of each leg to the minute, so start, "
                                        "answer and end are windows 'earliest..latest' unless one minute");
    r.definitions.emplace_back("legs", "kind (group, operator, transfer, forward, disa, intercom, outgoing), "
                                       "extension, trunk, Ring and duration as printed, answered, condition code");
    r.columns = {{"id", Kind::Integer},          {"arrival", Kind::DateTime},   {"direction", Kind::Text},
                 {"caller", Kind::Text},         {"did", Kind::Text},           {"channel", Kind::Text},
                 {"dialed", Kind::Text},         {"co", Kind::Text},            {"group", Kind::Text},
                 {"groups", Kind::Text},         {"ext", Kind::Text},           {"outcome", Kind::Text},
                 {"wait_s", Kind::Seconds},      {"talk_s", Kind::Seconds},     {"transferred", Kind::Flag},
                 {"overflowed", Kind::Flag},     {"grouping_uncertain", Kind::Flag}, {"time_estimated", Kind::Flag},
                 {"duration_suspect", Kind::Flag}, {"start", Kind::Text},       {"answer", Kind::Text},
                 {"end", Kind::Text},            {"legs", Kind::Legs}};
    std::int64_t incoming = 0, outgoing = 0, intercom = 0;
    std::vector<const calls::Call*> selected_calls;
    for (const auto& c : in.calls)
        if (selected(c, in.query, in.site)) selected_calls.push_back(&c);
    std::stable_sort(selected_calls.begin(), selected_calls.end(), [](const calls::Call* a, const calls::Call* b) {
        return std::pair(arrival(*a), a->id) < std::pair(arrival(*b), b->id);
    });
    for (const calls::Call* cp : selected_calls) {
        const auto& c = *cp;
        std::string outcome;
        if (is_incoming(c)) {
            ++incoming;
            outcome = to_string(fate(c, t));
        } else {
            ++(c.direction == calls::CallDirection::Out ? outgoing : intercom);
            outcome = calls::to_string(c.outcome);
        }
        std::string groups;
        for (const auto& g : c.groups) groups += (groups.empty() ? "" : ">") + g;
        std::vector<Object> legs;
        for (const auto& l : c.legs) {
            Object o;
            auto opt_text = [](const std::optional<std::string>& s) { return s ? Scalar(*s) : Scalar(); };
            auto opt_int = [](const std::optional<int>& v) { return v ? Scalar(static_cast<std::int64_t>(*v)) : Scalar(); };
            o.fields = {{"journal_id", l.journal_id},
                        {"kind", std::string(calls::to_string(l.kind))},
                        {"ext", l.ext},
                        {"co", opt_text(l.co)},
                        {"target", opt_text(l.target)},
                        {"ring_s", opt_int(l.ring_s)},
                        {"duration_s", opt_int(l.duration_s)},
                        {"talk_s", opt_int(l.talk_s)},
                        {"answered", std::int64_t{l.answered}},
                        {"cd", opt_text(l.cd)},
                        {"end", l.end ? Scalar(calls::format_window(*l.end)) : Scalar()}};
            legs.push_back(std::move(o));
        }
        const Channel* ch = channel_of(c, in.site);
        RowBuilder row(r.columns, c.groups.empty() ? "" : c.groups.back());
        row.set("id", integer(c.id)).set("arrival", minute_text(arrival(c)));
        row.set("direction", std::string(calls::to_string(c.direction)));
        row.set("caller", text(c.caller)).set("did", text(c.did)).set("channel", ch ? text(ch->name) : null());
        row.set("dialed", text(c.dialed)).set("co", text(c.co));
        row.set("group", c.groups.empty() ? null() : text(c.groups.back()));
        row.set("groups", groups.empty() ? null() : text(groups));
        row.set("ext", text(c.direction == calls::CallDirection::In
                                ? c.answered_by
                                : (c.legs.empty() ? std::nullopt : std::optional(c.legs.front().ext))));
        row.set("outcome", outcome).set("wait_s", integer(c.wait_s)).set("talk_s", integer(c.talk_s));
        row.set("transferred", integer(c.transferred ? 1 : 0)).set("overflowed", integer(c.overflowed ? 1 : 0));
        row.set("grouping_uncertain", integer(c.flags.grouping_uncertain ? 1 : 0));
        row.set("time_estimated", integer(c.flags.time_estimated ? 1 : 0));
        row.set("duration_suspect", integer(c.flags.duration_suspect ? 1 : 0));
        row.set("start", c.start ? text(window_text(c.start)) : null());
        row.set("answer", c.answer ? text(window_text(c.answer)) : null());
        row.set("end", c.end ? text(window_text(c.end)) : null());
        row.set("legs", Value(std::move(legs)));
        r.rows.push_back(row.done());
    }
    r.totals = {{"calls", Kind::Integer, integer(static_cast<std::int64_t>(selected_calls.size()))},
                {"incoming", Kind::Integer, integer(incoming)},
                {"outgoing", Kind::Integer, integer(outgoing)},
                {"intercom", Kind::Integer, integer(intercom)}};
    return r;
}

} // namespace kxcti::reports
