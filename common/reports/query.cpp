#include "common/reports/query.h"

#include <charconv>
#include <chrono>

namespace kxcti::reports {

namespace {

constexpr int kMinutesPerDay = 24 * 60;
constexpr calls::LocalSeconds kSecondsPerDay = 86400;

bool digits(std::string_view s, int& out) {
    if (s.empty()) return false;
    auto [p, ec] = std::from_chars(s.data(), s.data() + s.size(), out);
    return ec == std::errc{} && p == s.data() + s.size();
}

} // namespace

bool valid_slot_minutes(int minutes) noexcept {
    return minutes > 0 && minutes <= kMinutesPerDay && kMinutesPerDay % minutes == 0;
}

std::optional<calls::LocalSeconds> parse_local_time(std::string_view t, bool end_of_day) {
    // YYYY-MM-DD
    if (t.size() < 10 || t[4] != '-' || t[7] != '-') return std::nullopt;
    int y = 0, mo = 0, d = 0;
    if (!digits(t.substr(0, 4), y) || !digits(t.substr(5, 2), mo) || !digits(t.substr(8, 2), d)) return std::nullopt;
    const std::chrono::year_month_day ymd{std::chrono::year{y}, std::chrono::month{static_cast<unsigned>(mo)},
                                          std::chrono::day{static_cast<unsigned>(d)}};
    if (!ymd.ok()) return std::nullopt;
    int h = 0, mi = 0, s = 0;
    if (t.size() == 10) {
        auto base = calls::to_local_seconds({y, mo, d}, 0, 0, 0);
        return end_of_day ? base + kSecondsPerDay : base;
    }
    if (t[10] != ' ' && t[10] != 'T') return std::nullopt;
    auto hm = t.substr(11);
    if (hm.size() != 5 && hm.size() != 8) return std::nullopt;
    if (hm[2] != ':' || !digits(hm.substr(0, 2), h) || !digits(hm.substr(3, 2), mi)) return std::nullopt;
    if (hm.size() == 8 && (hm[5] != ':' || !digits(hm.substr(6, 2), s))) return std::nullopt;
    if (h > 24 || mi > 59 || s > 59 || (h == 24 && (mi || s))) return std::nullopt;
    return calls::to_local_seconds({y, mo, d}, h, mi, s);
}

ReportQuery parse_query(std::string name, const Params& params) {
    ReportQuery q;
    q.name = std::move(name);
    std::optional<calls::LocalSeconds> from, to;
    for (const auto& [key, value] : params) {
        if (key == "from" || key == "to") {
            auto t = parse_local_time(value, key == "to");
            if (!t)
                throw QueryError(key + " '" + value +
                                 "' is not a time: give YYYY-MM-DD or 'YYYY-MM-DD HH:MM' (PBX local time)");
            (key == "from" ? from : to) = t;
        } else if (key == "group" || key == "operator" || key == "channel") {
            if (value.empty()) throw QueryError(key + " is empty: give a " + (key == "channel" ? "channel name or DID" : "number"));
            (key == "group" ? q.group : key == "operator" ? q.operator_ext : q.channel) = value;
        } else if (key == "interval") {
            int minutes = 0;
            if (value == "day") q.grouping = {GroupBy::Day, 0};
            else if (value == "weekday") q.grouping = {GroupBy::Weekday, 0};
            else if (digits(value, minutes) && valid_slot_minutes(minutes)) q.grouping = {GroupBy::Minutes, minutes};
            else
                throw QueryError("interval '" + value +
                                 "' is not a slot length: give minutes that divide a day (15, 30, 60...), day or weekday");
        } else {
            throw QueryError("unknown report parameter '" + key +
                             "': the parameters are from, to, group, operator, channel, interval");
        }
    }
    if (!from) throw QueryError("from is missing: give the first day (YYYY-MM-DD) or time of the report");
    if (!to) throw QueryError("to is missing: give the last day (YYYY-MM-DD) or the end time of the report");
    if (*to <= *from)
        throw QueryError("to (" + calls::format_local(*to) + ") is not after from (" + calls::format_local(*from) + ")");
    q.from = *from;
    q.to = *to;
    return q;
}

} // namespace kxcti::reports
