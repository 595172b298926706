#pragma once
// What a report is asked for: its name, the interval, the filters and the grouping. Built from
// text key/value parameters (the CLI's options, the protocol's ReportRequest params) by one
// parser, so both front ends accept and refuse the same things with the same words.
#include "common/calls/local_time.h"

#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace kxcti::reports {

enum class GroupBy : std::uint8_t {
    None,     // one result over the whole interval
    Minutes,  // time-of-day slots of `minutes` (15/30/60...): the hourly distribution
    Day,      // calendar day
    Weekday,  // Monday..Sunday
};

struct Grouping {
    GroupBy by = GroupBy::None;
    int minutes = 60;
    friend bool operator==(const Grouping&, const Grouping&) = default;
};

struct ReportQuery {
    std::string name;
    calls::LocalSeconds from = 0;  // inclusive, PBX local time
    calls::LocalSeconds to = 0;    // exclusive
    std::optional<std::string> group;         // ICD group number
    std::optional<std::string> operator_ext;  // extension
    std::optional<std::string> channel;       // channel name or its DID
    Grouping grouping;
};

struct QueryError : std::invalid_argument {
    using std::invalid_argument::invalid_argument;
};

using Params = std::vector<std::pair<std::string, std::string>>;

// Keys: from, to (required), group, operator, channel, interval (MIN | day | weekday).
// Times: "YYYY-MM-DD", "YYYY-MM-DD HH:MM" or "YYYY-MM-DDTHH:MM[:SS]"; a `to` given as a date
// alone means the end of that day. Throws QueryError naming the key, the value and what to give.
ReportQuery parse_query(std::string name, const Params& params);

// "YYYY-MM-DD[( |T)HH:MM[:SS]]" -> local seconds; `end_of_day` moves a date alone to the next
// midnight. nullopt when the text is not such a time.
std::optional<calls::LocalSeconds> parse_local_time(std::string_view text, bool end_of_day);

// Slot lengths that tile a day (so every day has the same slots); 15, 30 and 60 are the usual.
bool valid_slot_minutes(int minutes) noexcept;

} // namespace kxcti::reports
