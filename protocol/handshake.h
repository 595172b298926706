#pragma once
// The first exchange of every connection, as pure functions (docs/protocol.md, "Handshake"):
// the client sends Hello; the server answers Welcome (highest common protocol version, the
// features both sides offer) or Refused, whose text tells the user which side to update.
#include "protocol/messages.h"

#include <cstddef>
#include <optional>
#include <string>
#include <variant>
#include <vector>

namespace kxcti::protocol {

// A Hello names a handful of features and one version string; more is a faulty client or a
// probe, refused before the server keeps any of it.
inline constexpr std::size_t kMaxHelloFeatures = 64;
// Feature names and version strings: short identifiers, shown in logs on one line.
inline constexpr std::size_t kMaxHelloNameBytes = 128;

struct ServerOffer {
    VersionRange versions = kSupportedVersions;
    std::string server_version;        // program and release, e.g. "kxcti-server 0.1.0"
    std::vector<std::string> features; // optional features this server offers
};

using HelloReply = std::variant<Welcome, Refused>;

// The server's answer to a client's Hello.
HelloReply negotiate(const Hello& hello, const ServerOffer& server);

// The Hello a client of this build sends.
Hello make_hello(ClientKind kind, std::string client_version, std::vector<std::string> features);

// Client side: nullopt when `welcome` is a valid answer to `sent`; otherwise why it is not (the
// client then closes the connection).
std::optional<std::string> check_welcome(const Hello& sent, const Welcome& welcome);

} // namespace kxcti::protocol
