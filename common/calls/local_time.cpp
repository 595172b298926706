#include "common/calls/local_time.h"

#include <chrono>
#include <cstdio>

namespace kxcti::calls {

namespace {
constexpr std::int64_t kSecondsPerMinute = 60;
constexpr std::int64_t kSecondsPerDay = 86400;
} // namespace

LocalSeconds to_local_seconds(const smdr::CivilDate& date, int hour, int minute, int second) {
    using namespace std::chrono;
    const sys_days day{year{date.year} / month{static_cast<unsigned>(date.month)} /
                       std::chrono::day{static_cast<unsigned>(date.day)}};
    return static_cast<LocalSeconds>(day.time_since_epoch().count()) * kSecondsPerDay +
           hour * 3600 + minute * kSecondsPerMinute + second;
}

std::optional<TimeWindow> printed_window(const smdr::Record& record) {
    if (!record.date || !record.time) return std::nullopt;
    const auto& t = *record.time;
    const LocalSeconds start = to_local_seconds(*record.date, t.hour, t.minute, t.second.value_or(0));
    if (t.second) return TimeWindow{start, start};
    return TimeWindow{start, start + kSecondsPerMinute - 1};
}

std::string format_local(LocalSeconds t) {
    using namespace std::chrono;
    const auto days = static_cast<int>(t >= 0 ? t / kSecondsPerDay : (t - kSecondsPerDay + 1) / kSecondsPerDay);
    const std::int64_t rest = t - static_cast<std::int64_t>(days) * kSecondsPerDay;
    const year_month_day ymd{sys_days{std::chrono::days{days}}};
    char buf[32];
    std::snprintf(buf, sizeof buf, "%04d-%02u-%02u %02d:%02d:%02d", static_cast<int>(ymd.year()),
                  static_cast<unsigned>(ymd.month()), static_cast<unsigned>(ymd.day()),
                  static_cast<int>(rest / 3600), static_cast<int>(rest / 60 % 60), static_cast<int>(rest % 60));
    return buf;
}

std::string format_window(const TimeWindow& w) {
    if (w.latest - w.earliest == kSecondsPerMinute - 1 && w.earliest % kSecondsPerMinute == 0)
        return format_local(w.earliest).substr(0, 16);
    if (w.earliest == w.latest) return format_local(w.earliest);
    return format_local(w.earliest) + ".." + format_local(w.latest);
}

} // namespace kxcti::calls
