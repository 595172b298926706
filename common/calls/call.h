#pragma once
// A call as the supervisor sees it: the SMDR records (later CSTA events) of one conversation with
// the outside world, folded into legs, with its wait, talk and outcome. Built by CallAssembler
// (assembler.h); the grouping rules and the evidence for them are at the top of assembler.cpp.
//
// Times are PBX local time (local_time.h) at the resolution the PBX printed: SMDR stamps the END
// of each leg to the minute, so instants are windows. start = end - duration - ring, which is
// known only when the layout prints Ring (A, C) or an RC record stamped the ring's start.
// Anything the PBX did not print is std::nullopt ("unknown"), never 0.
#include "common/calls/local_time.h"

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace kxcti::calls {

enum class CallDirection : std::uint8_t { In = 1, Out = 2, Intercom = 3 };

enum class LegKind : std::uint8_t {
    Group = 1,     // ICD group floating number (the group stage: queue / distribution)
    Operator = 2,  // an extension rang for an incoming call (answered or not)
    Transfer = 3,  // an extension that took the call over from another one that had answered
    Forward = 4,   // FW: the call forwarded to a trunk (trunk-to-trunk)
    Disa = 5,      // D0..D4: DISA / auto-attendant / TIE stage
    Intercom = 6,  // EXTnnn line: a standalone intercom call, or the consultation of a transfer
    Outgoing = 7,  // the extension that dialled out
};

// Stored and shown in reports: append only.
// A call's outcome is what finally happened to it; Overflow is only ever a GroupStage's outcome
// (the call left that group for the next one), the call itself then says how it ended and
// carries Call::overflowed.
enum class Outcome : std::uint8_t {
    Unknown = 0,         // the records cannot decide (or, while open, may still change)
    Answered = 1,        // an operator answered (see transferred / legs for what followed)
    LostInQueue = 2,     // caller hung up and no operator rang in the stage where it was lost
    LostAtOperator = 3,  // caller hung up while, or after, an operator rang there (NA leg)
    ShortAbandon = 4,    // lost with a known wait < AssemblyOptions::short_abandon_s
    Overflow = 5,        // GroupStage only: left this ICD group for another group
    ForwardedOut = 6,    // forwarded to a trunk (FW)
    Intercom = 7,
    Outgoing = 8,
};

struct Leg {
    std::int64_t journal_id = 0;           // the record that describes the leg (its final record)
    std::vector<std::int64_t> event_ids;   // RC/AN/VR/VA records folded into this leg
    std::string ext;                       // extension or group number as printed
    LegKind kind = LegKind::Operator;
    std::optional<std::string> co;         // trunk as printed; nullopt for intercom
    std::optional<std::string> target;     // Intercom: extension called; Forward: number dialled
    std::optional<int> ring_s;             // as printed (layouts A, C); unknown in B
    std::optional<int> duration_s;         // as printed; nullopt when blank or not believable
    std::optional<int> talk_s;             // duration of an answered leg (not of group stages)
    std::optional<std::string> cd;         // condition code as printed
    bool answered = false;                 // a person (or the forward target) took the call here
    bool marked_transfer = false;          // TR code or trailing '-' on the number
    bool provisional = false;              // only RC/AN seen so far: the final record is pending
    std::optional<TimeWindow> began;       // started ringing: RC time, or end - duration - ring
    std::optional<TimeWindow> connected;   // answered: AN time, or end - talk
    std::optional<TimeWindow> end;         // when the leg ended (printed time)
    friend bool operator==(const Leg&, const Leg&) = default;
};

// Why a call's grouping or figures deserve a second look. Reports show them; nothing is guessed.
struct CallFlags {
    bool grouping_uncertain = false;  // the records also fit a different split into calls
    bool time_estimated = false;      // a record had no date/time ("**/**/**"): placed by order
    bool duration_suspect = false;    // a printed duration was not believable (11:59'59)
    friend bool operator==(const CallFlags&, const CallFlags&) = default;
};

struct Call {
    std::int64_t id = 0;                   // journal id of its first record: stable across reprocess
    CallDirection direction = CallDirection::In;
    std::optional<std::string> caller;     // incoming caller number; nullopt without CLI
    std::optional<std::string> did;        // DDI/DID when printed
    std::optional<std::string> dialed;     // outgoing number, or the intercom target extension
    std::optional<std::string> co;         // trunk of the first trunk leg
    std::optional<TimeWindow> start;       // reached the PBX (needs Ring or an RC record)
    std::optional<TimeWindow> answer;      // the answering leg connected
    std::optional<TimeWindow> end;         // the last leg ended
    std::vector<std::string> groups;       // ICD groups reached, in order, each once
    std::vector<Leg> legs;                 // in the order their records arrived
    std::optional<std::string> answered_by;
    std::optional<int> wait_s;             // queue + ring until answer or abandon
    std::optional<int> talk_s;             // sum over answered legs (forward: the forwarded leg)
    Outcome outcome = Outcome::Unknown;
    bool transferred = false;              // an operator handed it to another extension
    bool overflowed = false;               // reached more than one ICD group
    bool closed = false;                   // no further record can join it
    CallFlags flags;
    friend bool operator==(const Call&, const Call&) = default;
};

// One ICD group's part of an incoming call. A group's record is printed when the call leaves the
// group (answer, hang-up, overflow), so the operator legs printed before it, after the previous
// group's record, rang in it; operator legs printed after the last group's record (the answering
// leg, printed when its talk ends) belong to the last group. Limits in docs/calls.md.
struct GroupStage {
    std::string group;                       // floating number as printed
    std::size_t group_leg = 0;               // index into Call::legs
    std::vector<std::size_t> operator_legs;  // Operator legs that rang in this stage (NA and answering)
    // Answered (answered from this group), Overflow (moved on to the next group), ForwardedOut,
    // LostInQueue / LostAtOperator / ShortAbandon (the caller hung up here), Unknown (open call).
    Outcome outcome = Outcome::Unknown;
    std::optional<std::string> answered_by;
    std::optional<int> wait_s;               // the group leg's Ring: time spent in this group
    friend bool operator==(const GroupStage&, const GroupStage&) = default;
};

// The call's group stages, in the order the call reached them (empty for calls without groups).
std::vector<GroupStage> group_stages(const Call& call);

// Every journal id the call is made of (legs, their events), ascending.
std::vector<std::int64_t> record_ids(const Call& call);

std::string_view to_string(CallDirection) noexcept;
std::string_view to_string(LegKind) noexcept;
std::string_view to_string(Outcome) noexcept;

// One line per call and per leg, for logs and test failure messages.
std::string describe(const Call& call);

} // namespace kxcti::calls
