#pragma once
// One SMDR record seen as a piece of a call: which role it plays, the leg it describes, the key
// that joins it to the other legs of its call, and the windows in which it began and ended.
// Internal to kxcti_calls (assembler.cpp documents the rules).
#include "common/calls/call.h"
#include "common/calls/options.h"
#include "common/smdr/record.h"

#include <cstdint>
#include <optional>
#include <string>

namespace kxcti::calls {

// A duration this long is a counter at its limit, not a figure: the real capture prints
// 11:59'59 on a group leg whose 5-second answer followed the caller's previous call by 15 hours.
inline constexpr int kSuspectDurationS = 11 * 3600 + 59 * 60 + 59;

enum class Role : std::uint8_t {
    Ignored,      // not a call (texts, LOG IN/OUT, unknown direction)
    Leg,          // a final record: the leg ended
    RingEvent,    // RC / VR: printed when ringing starts
    AnswerEvent,  // AN / VA: printed at answer
    Intercom,     // EXTnnn line: standalone intercom or a transfer's consultation
};

struct RecordLeg {
    Role role = Role::Ignored;
    CallDirection direction = CallDirection::In;
    Leg leg;                           // kind decided from the record alone (Transfer comes later)
    std::string key_co;                // joins legs of one call: direction + trunk + party
    std::string key_party;             // caller (in) or number dialled (out); "" when not printed
    std::optional<std::string> caller, did, dialed;
    bool caller_gone = false;          // a group leg with NA: the caller hung up in the group
    bool time_estimated = false;
    bool duration_suspect = false;
    TimeWindow printed;                // when the PBX printed it (drives the assembler's clock)
    std::optional<LocalSeconds> begin_earliest;  // nullopt: unbounded (duration not known)
    LocalSeconds begin_latest = 0;
};

// `fallback` is used (and time_estimated set) when the record carries no date or time.
RecordLeg classify(std::int64_t journal_id, const smdr::Record& record, const AssemblyOptions& options,
                   TimeWindow fallback);

} // namespace kxcti::calls
