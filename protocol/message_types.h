#pragma once
// The numbers of the client/server protocol: message types and the enums shared by several
// messages. Everything here is append only: never renumber or reuse a value, even of a retired
// message or code, because an old peer would decode the new meaning with the old layout.
// Each enum declares its last value for the decoder's check (archive.h, WireEnum).
#include "protocol/archive.h"

#include <cstdint>

namespace kxcti::protocol {

// 0 is never a message. Struct definitions: messages.h (session), messages_login.h,
// messages_live.h, messages_lookup.h, messages_report.h.
enum class MessageType : std::uint16_t {
    Hello = 1,
    Welcome = 2,
    Refused = 3,
    Goodbye = 4,
    Error = 5,
    Ping = 6,
    Pong = 7,
    Login = 8,
    LoginOk = 9,
    LoginRefused = 10,
    CallRinging = 11,
    CallAnswered = 12,
    CallEnded = 13,
    QueueState = 14,
    OperatorState = 15,
    PhonebookLookup = 16,
    PhonebookResult = 17,
    HistoryLookup = 18,
    HistoryResult = 19,
    RequestFailed = 20,
    ReportCatalogRequest = 21,
    ReportCatalog = 22,
    ReportRequest = 23,
    ReportColumns = 24,
    ReportRows = 25,
    ReportProgress = 26,
    ReportDone = 27,
    ReportCancel = 28,
};

enum class ClientKind : std::uint8_t { Supervisor = 0, CallerId = 1, Cli = 2 };
constexpr WireEnum<ClientKind> wire_enum(ClientKind) { return {"ClientKind", ClientKind::Cli}; }

enum class RefusalCode : std::uint8_t {
    UpdateRequired = 0, // no common protocol version; the text says which side to update
    ServerBusy = 1,     // client limit reached; try again later
    BadFrame = 2,       // the first frame could not be decoded
    BadHello = 3,       // the first message was not a valid Hello
};
constexpr WireEnum<RefusalCode> wire_enum(RefusalCode) {
    return {"RefusalCode", RefusalCode::BadHello};
}

enum class GoodbyeCode : std::uint8_t {
    Shutdown = 0,          // the server is stopping
    Restart = 1,           // the server is restarting; reconnect shortly
    IdleTimeout = 2,       // nothing received for too long
    ProtocolViolation = 3, // the client sent something invalid; the text says what
    TooSlow = 4,           // the client did not read what it was sent fast enough
};
constexpr WireEnum<GoodbyeCode> wire_enum(GoodbyeCode) {
    return {"GoodbyeCode", GoodbyeCode::TooSlow};
}

enum class ErrorCode : std::uint16_t {
    BadRequest = 0,  // the request was understood but its fields are invalid
    Unsupported = 1, // not valid in this session's state or not offered by this server
    NotAllowed = 2,  // the user lacks the right
    Internal = 3,    // the server failed; the text and the server log say how
    Busy = 4,        // too many requests at once; retry when an earlier one has finished
};
constexpr WireEnum<ErrorCode> wire_enum(ErrorCode) { return {"ErrorCode", ErrorCode::Busy}; }

// What a user may do (server/accounts): an admin sees everything and configures; a supervisor
// sees the groups given to them; an operator sees the calls of their own extension(s).
enum class Role : std::uint8_t { Admin = 0, Supervisor = 1, Operator = 2 };
constexpr WireEnum<Role> wire_enum(Role) { return {"Role", Role::Operator}; }

} // namespace kxcti::protocol
