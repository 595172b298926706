#pragma once
// Live events from SMDR alone, so that pop-ups work without CSTA. Many Panasonic PBXs print,
// besides the record at the end of a call, one when an incoming call starts ringing (CD "RC",
// "VR" for call waiting), one when it is answered ("AN", "VA") and one when the caller gives up
// ("NA"): ../shared/reference/smdr-panasonic.md, "Condition codes". A pure function: a parsed
// record in, at most one event out.
//
//   RC / VR                      -> CallRinging at the record's extension
//   AN / VA                      -> CallAnswered by the record's extension
//   NA                           -> CallEnded, Abandoned (ring = how long it rang)
//   an incoming call's final record (any other CD) -> CallEnded: Answered when it has talk
//                                   time, Unknown when not (an ICD group's own leg is 0 s)
//   outgoing, intercom, headers  -> nothing
//
// Every event of one call carries the same call_key: trunk and caller number, which is what the
// PBX prints on each of the call's records.
#include "common/smdr/record.h"
#include "server/live/directory.h"
#include "server/live/live_event.h"

#include <cstdint>
#include <optional>

namespace kxcti::server::live {

std::optional<LiveEvent> event_from_record(const smdr::Record& record, std::int64_t at_us,
                                           const Directory& directory);

} // namespace kxcti::server::live
