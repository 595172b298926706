#include "common/reports/call_view.h"

#include <algorithm>
#include <array>
#include <chrono>
#include <cstdio>

namespace kxcti::reports {

namespace {

constexpr calls::LocalSeconds kSecondsPerDay = 86400;

calls::LocalSeconds floor_div(calls::LocalSeconds a, calls::LocalSeconds b) {
    return a >= 0 ? a / b : -((-a + b - 1) / b);
}

bool operator_rang_where_lost(const calls::Call& c) {
    const auto stages = calls::group_stages(c);
    if (!stages.empty()) {
        for (auto i : stages.back().operator_legs)
            if (rang(c, c.legs[i])) return true;
        return false;
    }
    return std::any_of(c.legs.begin(), c.legs.end(),
                       [&](const calls::Leg& l) { return l.kind == calls::LegKind::Operator && rang(c, l); });
}

} // namespace

std::string_view to_string(Fate f) noexcept {
    switch (f) {
    case Fate::Answered: return "answered";
    case Fate::LostInQueue: return "lost_in_queue";
    case Fate::LostAtOperator: return "lost_at_operator";
    case Fate::ShortAbandon: return "short_abandon";
    case Fate::ForwardedOut: return "forwarded_out";
    case Fate::Overflow: return "overflow";
    case Fate::Unknown: return "unknown";
    }
    return "?";
}

calls::LocalSeconds arrival(const calls::Call& c) {
    if (c.start) return c.start->earliest;
    std::optional<calls::LocalSeconds> t;
    auto take = [&](calls::LocalSeconds v) { t = t ? std::min(*t, v) : v; };
    for (const auto& l : c.legs) {
        if (l.began) take(l.began->earliest);
        if (l.end && l.duration_s) take(l.end->earliest - *l.duration_s);
        if (l.connected) take(l.connected->earliest);
        if (l.end) take(l.end->earliest);
    }
    return t.value_or(0);
}

calls::LocalSeconds departure(const calls::Call& c) {
    return c.end ? std::max(c.end->earliest, arrival(c)) : arrival(c);
}

bool rang(const calls::Call& c, const calls::Leg& l) {
    if (l.kind != calls::LegKind::Operator) return false;
    return std::none_of(c.legs.begin(), c.legs.end(), [&](const calls::Leg& x) {
        return x.kind == calls::LegKind::Forward && x.ext == l.ext;
    });
}

Fate fate(const calls::Call& c, const Thresholds& t) {
    switch (c.outcome) {
    case calls::Outcome::Answered: return Fate::Answered;
    case calls::Outcome::ForwardedOut: return Fate::ForwardedOut;
    case calls::Outcome::LostInQueue:
    case calls::Outcome::LostAtOperator:
    case calls::Outcome::ShortAbandon:
        if (c.wait_s && *c.wait_s < static_cast<int>(t.short_abandon_s)) return Fate::ShortAbandon;
        return operator_rang_where_lost(c) ? Fate::LostAtOperator : Fate::LostInQueue;
    default: return Fate::Unknown;
    }
}

Fate stage_fate(const calls::Call& c, std::size_t stage, std::size_t stages, const Thresholds& t) {
    return stage + 1 < stages ? Fate::Overflow : fate(c, t);
}

Civil civil(calls::LocalSeconds t) {
    Civil out;
    out.day_number = floor_div(t, kSecondsPerDay);
    const calls::LocalSeconds rest = t - out.day_number * kSecondsPerDay;
    const std::chrono::sys_days days{std::chrono::days{out.day_number}};
    const std::chrono::year_month_day ymd{days};
    out.year = static_cast<int>(ymd.year());
    out.month = static_cast<int>(static_cast<unsigned>(ymd.month()));
    out.day = static_cast<int>(static_cast<unsigned>(ymd.day()));
    out.hour = static_cast<int>(rest / 3600);
    out.minute = static_cast<int>(rest / 60 % 60);
    out.second = static_cast<int>(rest % 60);
    out.weekday = static_cast<int>(std::chrono::weekday{days}.iso_encoding());
    return out;
}

std::string date_text(calls::LocalSeconds t) {
    const Civil c = civil(t);
    char buf[16];
    std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", c.year, c.month, c.day);
    return buf;
}

std::string minute_text(calls::LocalSeconds t) {
    const Civil c = civil(t);
    char buf[24];
    std::snprintf(buf, sizeof buf, "%04d-%02d-%02d %02d:%02d", c.year, c.month, c.day, c.hour, c.minute);
    return buf;
}

calls::LocalSeconds day_start(calls::LocalSeconds t) { return floor_div(t, kSecondsPerDay) * kSecondsPerDay; }

std::optional<Bucket> bucket_of(calls::LocalSeconds t, const Grouping& g) {
    static constexpr std::array<const char*, 7> kDays{"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};
    const Civil c = civil(t);
    switch (g.by) {
    case GroupBy::None: return std::nullopt;
    case GroupBy::Minutes: {
        const int slot = (c.hour * 60 + c.minute) / g.minutes;
        const int start = slot * g.minutes;
        char buf[32];
        std::snprintf(buf, sizeof buf, "%02d:%02d", start / 60, start % 60);
        return Bucket{slot, buf};
    }
    case GroupBy::Day: return Bucket{c.day_number, date_text(t)};
    case GroupBy::Weekday: return Bucket{c.weekday, kDays[static_cast<std::size_t>(c.weekday - 1)]};
    }
    return std::nullopt;
}

std::string grouping_text(const Grouping& g) {
    switch (g.by) {
    case GroupBy::None: return "none";
    case GroupBy::Day: return "day";
    case GroupBy::Weekday: return "weekday";
    case GroupBy::Minutes: break;
    }
    return std::to_string(g.minutes) + " min";
}

const Channel* channel_of(const calls::Call& c, const SiteModel& site) {
    if (!c.did) return nullptr;
    const Civil day = civil(arrival(c));
    const CivilDay d{day.year, day.month, day.day};
    for (const auto& ch : site.channels) {
        if (ch.did != *c.did) continue;
        if (ch.valid_from && d < *ch.valid_from) continue;
        if (ch.valid_to && *ch.valid_to < d) continue;
        return &ch;
    }
    return nullptr;
}

bool in_interval(const calls::Call& c, const ReportQuery& q) {
    const auto t = arrival(c);
    return t >= q.from && t < q.to;
}

bool matches_filters(const calls::Call& c, const ReportQuery& q, const SiteModel& site) {
    if (q.group && std::find(c.groups.begin(), c.groups.end(), *q.group) == c.groups.end()) return false;
    if (q.operator_ext &&
        std::none_of(c.legs.begin(), c.legs.end(), [&](const calls::Leg& l) { return l.ext == *q.operator_ext; }))
        return false;
    if (q.channel) {
        const Channel* ch = channel_of(c, site);
        const bool by_name = ch && ch->name == *q.channel;
        const bool by_did = c.did && *c.did == *q.channel;
        if (!by_name && !by_did) return false;
    }
    return true;
}

std::string operator_name(const SiteModel& site, const std::string& ext) {
    for (const auto& o : site.operators)
        if (o.ext == ext) return o.name;
    return {};
}

std::string group_name(const SiteModel& site, const std::string& number) {
    for (const auto& g : site.groups)
        if (g.number == number) return g.name;
    return {};
}

} // namespace kxcti::reports
