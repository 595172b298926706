#pragma once
// The message registry and the session messages of the client/server protocol
// (docs/protocol.md, "Messages"); the other messages are in messages_*.h by topic. Adding a
// message: a struct with kType, its serialize(), a MessageType value at the end of the enum
// (message_types.h), the struct at the end of `Message`, a KXCTI_PROTOCOL_STRUCT line, a name in
// message_name(), a round-trip example in tests/protocol and a section in docs/protocol.md.
// Hello, Welcome and Refused are frozen: every server must read any client's Hello, and every
// client any server's answer, whatever versions they speak, so their fields never change.
#include "protocol/archive.h"
#include "protocol/frame.h"
#include "protocol/message_types.h"
#include "protocol/messages_live.h"
#include "protocol/messages_login.h"
#include "protocol/messages_lookup.h"
#include "protocol/messages_report.h"
#include "protocol/payload.h"

#include <cstdint>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

namespace kxcti::protocol {

// Optional features a Hello may ask for (handshake.h negotiates them).
// "live": after LoginOk, the server sends the live events the user may see.
inline constexpr std::string_view kFeatureLive = "live";

// The protocol versions this build speaks. Raise max when a message or field is added; raise
// min only when dropping support for old clients (they then get Refused: update_required).
inline constexpr VersionRange kSupportedVersions{1, 1};

// Client -> server, the first frame of every connection.
struct Hello {
    static constexpr MessageType kType = MessageType::Hello;
    std::uint16_t min_version = 0;
    std::uint16_t max_version = 0;
    ClientKind kind = ClientKind::Supervisor;
    std::string client_version;        // program and release, e.g. "kxcti-supervisor 0.1.0"
    std::vector<std::string> features; // optional features the client can use

    template <class Archive>
    void serialize(Archive& ar, unsigned /*boost version, always 0*/) {
        ar & min_version & max_version & kind & client_version & features;
    }
    friend bool operator==(const Hello&, const Hello&) = default;
};

// Server -> client: the handshake succeeded; every later frame uses `version`.
struct Welcome {
    static constexpr MessageType kType = MessageType::Welcome;
    std::uint16_t version = 0;
    std::string server_version;
    std::vector<std::string> features; // the client's features the server also offers

    template <class Archive>
    void serialize(Archive& ar, unsigned) {
        ar & version & server_version & features;
    }
    friend bool operator==(const Welcome&, const Welcome&) = default;
};

// Server -> client instead of Welcome; the server closes the connection after sending it.
struct Refused {
    static constexpr MessageType kType = MessageType::Refused;
    RefusalCode code = RefusalCode::UpdateRequired;
    std::uint16_t server_min_version = 0;
    std::uint16_t server_max_version = 0;
    std::string text; // for the user: what happened and what to do

    template <class Archive>
    void serialize(Archive& ar, unsigned) {
        ar & code & server_min_version & server_max_version & text;
    }
    friend bool operator==(const Refused&, const Refused&) = default;
};

// Server -> client, before the server closes a live session.
struct Goodbye {
    static constexpr MessageType kType = MessageType::Goodbye;
    GoodbyeCode code = GoodbyeCode::Shutdown;
    std::string text;

    template <class Archive>
    void serialize(Archive& ar, unsigned) {
        ar & code & text;
    }
    friend bool operator==(const Goodbye&, const Goodbye&) = default;
};

// Either direction: a request failed; the session goes on.
struct Error {
    static constexpr MessageType kType = MessageType::Error;
    ErrorCode code = ErrorCode::BadRequest;
    std::uint16_t in_reply_to = 0; // MessageType of the failed request; 0 = none
    std::string text;

    template <class Archive>
    void serialize(Archive& ar, unsigned) {
        ar & code & in_reply_to & text;
    }
    friend bool operator==(const Error&, const Error&) = default;
};

// Either direction: keep-alive; the peer answers with a Pong carrying the same sequence.
struct Ping {
    static constexpr MessageType kType = MessageType::Ping;
    std::uint32_t sequence = 0;

    template <class Archive>
    void serialize(Archive& ar, unsigned) {
        ar & sequence;
    }
    friend bool operator==(const Ping&, const Ping&) = default;
};

struct Pong {
    static constexpr MessageType kType = MessageType::Pong;
    std::uint32_t sequence = 0;

    template <class Archive>
    void serialize(Archive& ar, unsigned) {
        ar & sequence;
    }
    friend bool operator==(const Pong&, const Pong&) = default;
};

// Every message, in registry order (append only, like MessageType).
using Message =
    std::variant<Hello, Welcome, Refused, Goodbye, Error, Ping, Pong, Login, LoginOk, LoginRefused,
                 CallRinging, CallAnswered, CallEnded, QueueState, OperatorState, PhonebookLookup,
                 PhonebookResult, HistoryLookup, HistoryResult, RequestFailed,
                 ReportCatalogRequest, ReportCatalog, ReportRequest, ReportColumns, ReportRows,
                 ReportProgress, ReportDone, ReportCancel>;

MessageType message_type(const Message& message);
// "Hello", ... ; "unknown" for a type that is not in the registry.
std::string_view message_name(std::uint16_t type);

// A frame's payload as the message its type names. Errors say which message and where.
PayloadResult<Message> decode_message(const Frame& frame);

// A whole frame (header + payload) for `message`, encoded for protocol `version`.
PayloadResult<std::vector<std::byte>> encode_message(const Message& message, std::uint16_t version,
                                                     std::uint16_t flags = 0);

} // namespace kxcti::protocol

KXCTI_PROTOCOL_STRUCT(kxcti::protocol::Hello)
KXCTI_PROTOCOL_STRUCT(kxcti::protocol::Welcome)
KXCTI_PROTOCOL_STRUCT(kxcti::protocol::Refused)
KXCTI_PROTOCOL_STRUCT(kxcti::protocol::Goodbye)
KXCTI_PROTOCOL_STRUCT(kxcti::protocol::Error)
KXCTI_PROTOCOL_STRUCT(kxcti::protocol::Ping)
KXCTI_PROTOCOL_STRUCT(kxcti::protocol::Pong)
