#pragma once
// Look-ups (docs/protocol.md, "Look-ups"): phonebook and caller history, after LoginOk. Each
// request carries a request_id the client chooses; the answer, or RequestFailed, carries it
// back. History is filtered like live events: only calls the session may see.
#include "protocol/message_types.h"

#include <cstdint>
#include <string>
#include <vector>

namespace kxcti::protocol {

enum class CallDirection : std::uint8_t { Unknown = 0, In = 1, Out = 2, Intercom = 3 };
constexpr WireEnum<CallDirection> wire_enum(CallDirection) {
    return {"CallDirection", CallDirection::Intercom};
}

// Either direction of a request: it failed; the session goes on.
struct RequestFailed {
    static constexpr MessageType kType = MessageType::RequestFailed;
    std::uint32_t request_id = 0;
    ErrorCode code = ErrorCode::BadRequest;
    std::string text;

    template <class Archive>
    void serialize(Archive& ar, unsigned) {
        ar & request_id & code & text;
    }
    friend bool operator==(const RequestFailed&, const RequestFailed&) = default;
};

struct PhonebookLookup {
    static constexpr MessageType kType = MessageType::PhonebookLookup;
    std::uint32_t request_id = 0;
    std::string number;  // as the PBX prints callers; at most 64 bytes

    template <class Archive>
    void serialize(Archive& ar, unsigned) {
        ar & request_id & number;
    }
    friend bool operator==(const PhonebookLookup&, const PhonebookLookup&) = default;
};

struct PhonebookEntry {
    std::string number;
    std::string name;

    template <class Archive>
    void serialize(Archive& ar, unsigned) {
        ar & number & name;
    }
    friend bool operator==(const PhonebookEntry&, const PhonebookEntry&) = default;
};

struct PhonebookResult {
    static constexpr MessageType kType = MessageType::PhonebookResult;
    std::uint32_t request_id = 0;
    std::vector<PhonebookEntry> entries;  // empty: not in the phonebook

    template <class Archive>
    void serialize(Archive& ar, unsigned) {
        ar & request_id & entries;
    }
    friend bool operator==(const PhonebookResult&, const PhonebookResult&) = default;
};

struct HistoryLookup {
    static constexpr MessageType kType = MessageType::HistoryLookup;
    std::uint32_t request_id = 0;
    std::string number;       // the caller, as the PBX prints it
    std::uint32_t limit = 20; // newest first; the server caps it (docs/protocol.md)

    template <class Archive>
    void serialize(Archive& ar, unsigned) {
        ar & request_id & number & limit;
    }
    friend bool operator==(const HistoryLookup&, const HistoryLookup&) = default;
};

struct HistoryCall {
    std::string date;  // YYYY-MM-DD as the PBX printed it (its local time); empty: unknown
    std::string time;  // HH:MM or HH:MM:SS; the end of the call for most layouts
    std::string ext;
    std::string group;
    std::string trunk;
    CallDirection direction = CallDirection::Unknown;
    std::int32_t ring_s = -1;
    std::int32_t duration_s = -1;
    std::string condition;  // the PBX's CD column: NA, TR, AN, ...

    template <class Archive>
    void serialize(Archive& ar, unsigned) {
        ar & date & time & ext & group & trunk & direction & ring_s & duration_s & condition;
    }
    friend bool operator==(const HistoryCall&, const HistoryCall&) = default;
};

struct HistoryResult {
    static constexpr MessageType kType = MessageType::HistoryResult;
    std::uint32_t request_id = 0;
    std::uint32_t total = 0;  // calls on record that the session may see (may exceed calls)
    std::vector<HistoryCall> calls;

    template <class Archive>
    void serialize(Archive& ar, unsigned) {
        ar & request_id & total & calls;
    }
    friend bool operator==(const HistoryResult&, const HistoryResult&) = default;
};

} // namespace kxcti::protocol

KXCTI_PROTOCOL_STRUCT(kxcti::protocol::RequestFailed)
KXCTI_PROTOCOL_STRUCT(kxcti::protocol::PhonebookLookup)
KXCTI_PROTOCOL_STRUCT(kxcti::protocol::PhonebookEntry)
KXCTI_PROTOCOL_STRUCT(kxcti::protocol::PhonebookResult)
KXCTI_PROTOCOL_STRUCT(kxcti::protocol::HistoryLookup)
KXCTI_PROTOCOL_STRUCT(kxcti::protocol::HistoryCall)
KXCTI_PROTOCOL_STRUCT(kxcti::protocol::HistoryResult)
