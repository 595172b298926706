#pragma once
// The message registry and the messages of the client/server protocol (docs/protocol.md,
// "Messages"). Adding a message: a struct with kType, its serialize(), a MessageType value at
// the end of the enum, the struct at the end of `Message`, a KXCTI_PROTOCOL_STRUCT line, a
// round-trip test and a row in docs/protocol.md. Hello, Welcome and Refused are frozen: every
// server must read any client's Hello, and every client any server's answer, whatever versions
// they speak, so their fields never change.
#include "protocol/archive.h"
#include "protocol/frame.h"
#include "protocol/payload.h"

#include <cstdint>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

namespace kxcti::protocol {

// The protocol versions this build speaks. Raise max when a message or field is added; raise
// min only when dropping support for old clients (they then get Refused: update_required).
inline constexpr VersionRange kSupportedVersions{1, 1};

// Append only; never renumber or reuse a value, even of a retired message: an old peer would
// decode the new meaning with the old layout. 0 is never a message.
enum class MessageType : std::uint16_t {
    Hello = 1,
    Welcome = 2,
    Refused = 3,
    Goodbye = 4,
    Error = 5,
    Ping = 6,
    Pong = 7,
};

// Enums below are append only too; each declares its last value for the decoder's check.
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
};
constexpr WireEnum<GoodbyeCode> wire_enum(GoodbyeCode) {
    return {"GoodbyeCode", GoodbyeCode::ProtocolViolation};
}

enum class ErrorCode : std::uint16_t {
    BadRequest = 0,  // the request was understood but its fields are invalid
    Unsupported = 1, // not valid in this session's state or not offered by this server
    NotAllowed = 2,  // the user lacks the right
    Internal = 3,    // the server failed; the text and the server log say how
};
constexpr WireEnum<ErrorCode> wire_enum(ErrorCode) { return {"ErrorCode", ErrorCode::Internal}; }

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
using Message = std::variant<Hello, Welcome, Refused, Goodbye, Error, Ping, Pong>;

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
