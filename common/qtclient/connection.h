#pragma once
// The settings and the visible state of a Qt client's connection to kxcti-server.
#include "protocol/client/client.h"

#include <QMetaType>
#include <QString>

#include <chrono>
#include <optional>
#include <string>

namespace kxcti::qtclient {

using namespace std::chrono_literals;

// A server that restarts is back within seconds: the first retry comes soon.
inline constexpr std::chrono::milliseconds kDefaultBackoffInitial = 1s;
// A desk client must not hammer a server that is down for maintenance, yet should be back
// within half a minute of it.
inline constexpr std::chrono::milliseconds kDefaultBackoffMax = 30s;
// How long the worker waits for a live event before it looks at its queue of requests: bounds
// a request's latency (a pop-up's history look-up) at an idle cost of 20 wake-ups a second.
inline constexpr std::chrono::milliseconds kPollSlice = 50ms;
// A desk client on a LAN: a server that takes longer to accept or answer is treated as down.
inline constexpr std::chrono::milliseconds kDefaultTimeout = 5s;

struct ConnectionSettings {
    // host, port, kind, client_version, live, tls, ca_file, verify, timeout.
    protocol::client::ClientOptions client = [] {
        protocol::client::ClientOptions o;
        o.timeout = kDefaultTimeout;
        return o;
    }();
    std::string user;
    std::string password;   // or a per-desk token: the server treats both alike
    std::string extension;  // Login's extension: "" = all of the user's
    std::chrono::milliseconds backoff_initial = kDefaultBackoffInitial;
    std::chrono::milliseconds backoff_max = kDefaultBackoffMax;
};

// The delay before reconnect attempt number `failures` (1 = the first after a loss): doubles
// from `initial`, never above `max`.
std::chrono::milliseconds backoff_delay(unsigned failures, std::chrono::milliseconds initial,
                                        std::chrono::milliseconds max);

struct ConnectionState {
    enum class Phase {
        Stopped,       // not started, or stopped
        Connecting,    // TCP, TLS, handshake, login under way
        Connected,     // logged in; live events flow
        Reconnecting,  // lost or could not connect; retry_in_s until the next attempt
        Refused,       // the server refused the connection or the login; reason says why
    };
    Phase phase = Phase::Stopped;
    // Reconnecting, Refused: whole seconds until the next attempt (rounded up); -1: no retry
    // (bad credentials or a refused extension: retrying cannot help and would lock the user).
    int retry_in_s = -1;
    // Reconnecting, Refused: the last error, the server's own words when it gave any.
    QString reason;
    // Refused at login: the server's code, so that an application can say it in its language.
    std::optional<protocol::LoginRefusal> refusal;
    // Connected: LoginOk's text, e.g. "Caller ID seat 3 of 8".
    QString detail;

    friend bool operator==(const ConnectionState&, const ConnectionState&) = default;
};

// The state in words for a status line or a tooltip, e.g. "Reconnecting in 4 s: the server
// closed the connection". Translated in the context "kxcti::qtclient" (an application lists
// common/qtclient/*.cpp among its lupdate sources to translate it).
QString state_text(const ConnectionState& state);

} // namespace kxcti::qtclient

Q_DECLARE_METATYPE(kxcti::qtclient::ConnectionState)
