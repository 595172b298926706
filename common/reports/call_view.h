#pragma once
// How the reports see one assembled call: when it arrived and left, its fate under the site's
// thresholds, which interval bucket it falls in, which advertising channel it came through, and
// whether a report's filters select it. Internal to kxcti_reports; the definitions are stated in
// every report (definitions.cpp).
#include "common/calls/call.h"
#include "common/reports/query.h"
#include "common/reports/settings.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace kxcti::reports {

// What happened to an incoming call, as the reports count it.
enum class Fate : std::uint8_t {
    Answered,
    LostInQueue,
    LostAtOperator,
    ShortAbandon,
    ForwardedOut,
    Overflow,  // only for a group stage the call left for the next group
    Unknown,
};
std::string_view to_string(Fate f) noexcept;  // "answered", "lost_in_queue", ...
inline bool is_lost(Fate f) { return f == Fate::LostInQueue || f == Fate::LostAtOperator || f == Fate::ShortAbandon; }

inline bool is_incoming(const calls::Call& c) { return c.direction == calls::CallDirection::In; }

// When the call reached the PBX: its start when the Ring was printed, else the earliest instant
// its records prove (a leg's start, end - duration, answer or end). Every report places a call in
// the interval and bucket of this instant.
calls::LocalSeconds arrival(const calls::Call& c);
// When its last leg ended (earliest second of the printed minute); arrival when nothing ended.
calls::LocalSeconds departure(const calls::Call& c);

// The call's fate with the site's short-abandon threshold: a lost call with a known wait < S is a
// short abandon; otherwise lost at operator when an operator rang where the caller hung up
// (the last group stage, or anywhere without groups), else lost in queue.
Fate fate(const calls::Call& c, const Thresholds& t);
// The fate of one group stage: Overflow for all but the last stage, else the call's fate.
Fate stage_fate(const calls::Call& c, std::size_t stage, std::size_t stages, const Thresholds& t);

// Operator legs that count as the extension ringing: not the leg of an extension that forwarded
// the call to a trunk (its record carries the forwarded conversation, not a ring).
bool rang(const calls::Call& c, const calls::Leg& l);

// Civil date and time of local seconds.
struct Civil {
    int year = 0, month = 0, day = 0, hour = 0, minute = 0, second = 0;
    int weekday = 0;  // ISO: 1 = Monday .. 7 = Sunday
    std::int64_t day_number = 0;  // days since 1970-01-01
};
Civil civil(calls::LocalSeconds t);
std::string date_text(calls::LocalSeconds t);    // "2020-12-07"
std::string minute_text(calls::LocalSeconds t);  // "2020-12-07 14:53"
calls::LocalSeconds day_start(calls::LocalSeconds t);

// The bucket a time falls in under a grouping: an ordering key and a label ("14:00",
// "2020-12-07", "Mon"). nullopt for GroupBy::None.
struct Bucket {
    std::int64_t order = 0;
    std::string label;
};
std::optional<Bucket> bucket_of(calls::LocalSeconds t, const Grouping& g);
std::string grouping_text(const Grouping& g);  // "none", "15 min", "day", "weekday"

// The channel whose DID the call came in on and whose validity covers its arrival day.
const Channel* channel_of(const calls::Call& c, const SiteModel& site);

// The report's selection: arrival in [from, to) and every filter given. A call matches
// - group: it reached that group;
// - operator: one of its legs is that extension's (rang, answered, transferred, dialled out);
// - channel: its DID is the channel's (by name or DID) on its arrival day.
bool in_interval(const calls::Call& c, const ReportQuery& q);
bool matches_filters(const calls::Call& c, const ReportQuery& q, const SiteModel& site);
inline bool selected(const calls::Call& c, const ReportQuery& q, const SiteModel& site) {
    return in_interval(c, q) && matches_filters(c, q, site);
}

std::string operator_name(const SiteModel& site, const std::string& ext);  // "" when not named
std::string group_name(const SiteModel& site, const std::string& number);

} // namespace kxcti::reports
