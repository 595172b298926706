#pragma once
// Live events (docs/protocol.md, "Live events"): sent, after LoginOk, to sessions whose client
// asked for the "live" feature, and only those the user may see: an event is visible when its
// group is one of the session's groups or its extension one of the session's extensions (or
// to an admin). Times are the server's clock when the PBX's line arrived, in Unix
// microseconds (UTC). Numbers are as the PBX prints them. A number field the PBX did not give
// is empty; a duration it did not give is -1.
#include "protocol/message_types.h"

#include <cstdint>
#include <string>

namespace kxcti::protocol {

enum class CallOutcome : std::uint8_t {
    Unknown = 0,
    Answered = 1,  // someone talked to the caller
    Abandoned = 2, // the caller gave up while ringing (SMDR "NA")
};
constexpr WireEnum<CallOutcome> wire_enum(CallOutcome) {
    return {"CallOutcome", CallOutcome::Abandoned};
}

enum class OperatorActivity : std::uint8_t { Unknown = 0, Idle = 1, Ringing = 2, Talking = 3 };
constexpr WireEnum<OperatorActivity> wire_enum(OperatorActivity) {
    return {"OperatorActivity", OperatorActivity::Talking};
}

// An incoming call rings at an extension or group: what a Caller ID pop-up shows.
struct CallRinging {
    static constexpr MessageType kType = MessageType::CallRinging;
    std::string call_key;  // the same for every event of one call (trunk and caller)
    std::int64_t at_us = 0;
    std::string ext;       // where it rings: an extension or an ICD group's number
    std::string group;     // the ICD group it belongs to; empty: none known
    std::string trunk;     // CO line as printed, e.g. "05"
    std::string caller;    // caller's number; empty: withheld or no CLI
    std::string did;       // the dialled-in number, when the PBX prints it
    std::string channel;   // the advertising channel the DID belongs to, if configured
    std::string caller_name;      // from the phonebook; empty: unknown caller
    std::uint32_t earlier_calls = 0;  // earlier calls from this number on record
    std::int64_t last_call_us = 0;    // the latest of them; 0: none

    template <class Archive>
    void serialize(Archive& ar, unsigned) {
        ar & call_key & at_us & ext & group & trunk & caller & did & channel & caller_name &
            earlier_calls & last_call_us;
    }
    friend bool operator==(const CallRinging&, const CallRinging&) = default;
};

struct CallAnswered {
    static constexpr MessageType kType = MessageType::CallAnswered;
    std::string call_key;
    std::int64_t at_us = 0;
    std::string ext;  // who answered
    std::string group;
    std::string trunk;
    std::string caller;
    std::int32_t ring_s = -1;  // how long it rang before the answer

    template <class Archive>
    void serialize(Archive& ar, unsigned) {
        ar & call_key & at_us & ext & group & trunk & caller & ring_s;
    }
    friend bool operator==(const CallAnswered&, const CallAnswered&) = default;
};

struct CallEnded {
    static constexpr MessageType kType = MessageType::CallEnded;
    std::string call_key;
    std::int64_t at_us = 0;
    std::string ext;
    std::string group;
    std::string trunk;
    std::string caller;
    CallOutcome outcome = CallOutcome::Unknown;
    std::int32_t ring_s = -1;
    std::int32_t duration_s = -1;  // talk time; 0 for an abandoned call

    template <class Archive>
    void serialize(Archive& ar, unsigned) {
        ar & call_key & at_us & ext & group & trunk & caller & outcome & ring_s & duration_s;
    }
    friend bool operator==(const CallEnded&, const CallEnded&) = default;
};

// A group's queue as the server sees it: sent when it changes, and once after LoginOk.
struct QueueState {
    static constexpr MessageType kType = MessageType::QueueState;
    std::int64_t at_us = 0;
    std::string group;
    std::uint32_t waiting = 0;           // calls ringing in the group, not yet answered
    std::int64_t oldest_since_us = 0;    // when the longest-waiting call began; 0: none waiting

    template <class Archive>
    void serialize(Archive& ar, unsigned) {
        ar & at_us & group & waiting & oldest_since_us;
    }
    friend bool operator==(const QueueState&, const QueueState&) = default;
};

// An extension's activity: sent when it changes, and once after LoginOk.
struct OperatorState {
    static constexpr MessageType kType = MessageType::OperatorState;
    std::int64_t at_us = 0;
    std::string ext;
    std::string group;
    OperatorActivity activity = OperatorActivity::Unknown;
    std::string caller;  // Ringing / Talking: with whom

    template <class Archive>
    void serialize(Archive& ar, unsigned) {
        ar & at_us & ext & group & activity & caller;
    }
    friend bool operator==(const OperatorState&, const OperatorState&) = default;
};

} // namespace kxcti::protocol

KXCTI_PROTOCOL_STRUCT(kxcti::protocol::CallRinging)
KXCTI_PROTOCOL_STRUCT(kxcti::protocol::CallAnswered)
KXCTI_PROTOCOL_STRUCT(kxcti::protocol::CallEnded)
KXCTI_PROTOCOL_STRUCT(kxcti::protocol::QueueState)
KXCTI_PROTOCOL_STRUCT(kxcti::protocol::OperatorState)
