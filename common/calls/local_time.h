#pragma once
// PBX local time. SMDR prints civil date-times in the PBX's own clock, with no time zone and
// (except KX-HTS CSV) no seconds, so call assembly counts seconds since 1970-01-01 00:00 of that
// civil clock ("UTC-naive") and carries every instant as a window [earliest, latest]: a record
// stamped 11:23 ended somewhere in 11:23:00..11:23:59.
#include "common/smdr/record.h"

#include <cstdint>
#include <optional>
#include <string>

namespace kxcti::calls {

using LocalSeconds = std::int64_t;

struct TimeWindow {
    LocalSeconds earliest = 0;
    LocalSeconds latest = 0;
    friend bool operator==(const TimeWindow&, const TimeWindow&) = default;
};

inline TimeWindow shifted(TimeWindow w, std::int64_t by) { return {w.earliest + by, w.latest + by}; }

// Seconds since 1970-01-01 00:00 of the same civil clock (no zone, no DST: a PBX's clock is
// whatever its administrator set).
LocalSeconds to_local_seconds(const smdr::CivilDate& date, int hour, int minute, int second);

// The window a printed date and time stand for: one minute, or one second when printed.
std::optional<TimeWindow> printed_window(const smdr::Record& record);

// "2020-12-07 11:23:05" (for logs and test messages).
std::string format_local(LocalSeconds t);
// "2020-12-07 11:23" when the window is one whole minute, else "earliest..latest".
std::string format_window(const TimeWindow& w);

} // namespace kxcti::calls
