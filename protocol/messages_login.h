#pragma once
// Login: the second exchange, after Welcome (docs/protocol.md, "Login"). Until LoginOk the
// server answers nothing but Ping; after LoginRefused it closes the connection.
#include "protocol/message_types.h"

#include <string>
#include <vector>

namespace kxcti::protocol {

enum class LoginRefusal : std::uint8_t {
    BadCredentials = 0, // unknown user or wrong password (the server does not say which)
    RateLimited = 1,    // too many attempts from this address or for this user; wait and retry
    SeatsFull = 2,      // every seat of this client kind is taken; the text says how many
    NotAllowed = 3,     // this role may not use this client, or the extension is not the user's
    Unavailable = 4,    // the server cannot check logins now (database); the text says why
};
constexpr WireEnum<LoginRefusal> wire_enum(LoginRefusal) {
    return {"LoginRefusal", LoginRefusal::Unavailable};
}

// Client -> server, once, right after Welcome.
struct Login {
    static constexpr MessageType kType = MessageType::Login;
    std::string user;
    std::string password; // never logged; use TLS beyond a trusted LAN
    // The desk's extension for a Caller ID client: one of the user's extensions, and the only
    // one whose calls this session then receives. Empty: all of the user's extensions.
    std::string extension;

    template <class Archive>
    void serialize(Archive& ar, unsigned) {
        ar & user & password & extension;
    }
    friend bool operator==(const Login&, const Login&) = default;
};

// Server -> client: logged in. What the session may see, so that a client can say so.
struct LoginOk {
    static constexpr MessageType kType = MessageType::LoginOk;
    std::string user;
    Role role = Role::Operator;
    bool all_groups = false;              // an admin: every group and extension
    std::vector<std::string> groups;      // ICD group numbers this session sees
    std::vector<std::string> extensions;  // extensions this session sees (operators)
    std::string text;                     // e.g. "Caller ID seat 3 of 8"

    template <class Archive>
    void serialize(Archive& ar, unsigned) {
        ar & user & role & all_groups & groups & extensions & text;
    }
    friend bool operator==(const LoginOk&, const LoginOk&) = default;
};

// Server -> client instead of LoginOk; the server closes the connection after sending it.
struct LoginRefused {
    static constexpr MessageType kType = MessageType::LoginRefused;
    LoginRefusal code = LoginRefusal::BadCredentials;
    std::uint32_t retry_after_s = 0; // RateLimited: seconds until a new attempt may succeed
    std::string text;                // for the user: what happened and what to do

    template <class Archive>
    void serialize(Archive& ar, unsigned) {
        ar & code & retry_after_s & text;
    }
    friend bool operator==(const LoginRefused&, const LoginRefused&) = default;
};

} // namespace kxcti::protocol

KXCTI_PROTOCOL_STRUCT(kxcti::protocol::Login)
KXCTI_PROTOCOL_STRUCT(kxcti::protocol::LoginOk)
KXCTI_PROTOCOL_STRUCT(kxcti::protocol::LoginRefused)
