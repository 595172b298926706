#pragma once
// Settings of the CSTA (CTI) link to a Panasonic PBX: the [csta] section of kxcti.conf.
// The server's config reader owns the file; it hands each key of [csta] to apply_csta_key, so
// that the keys, their defaults and their checks live here beside the link that uses them.
#include "common/csta/session.h"

#include <chrono>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace kxcti::server {

using namespace std::chrono_literals;

struct CstaConfig {
    bool enabled = false;          // off unless the site has the CTI link set up on the PBX
    std::string host;
    std::uint16_t port = 33333;    // the CTI port every public Panasonic client uses
    csta::SessionSettings session; // association, discovery, timeouts (defaults in session.h)
    std::chrono::milliseconds connect_timeout = 10s;
    // A KX-TDA accepts one CTI client; retrying quickly after a drop wins the slot back first,
    // and a minute between tries keeps a misconfigured site's log readable.
    std::chrono::milliseconds backoff_initial = 1000ms;
    std::chrono::milliseconds backoff_max = 60000ms;
    // How often the session's deadlines are checked; every deadline is seconds long, so a
    // second of lateness is noise.
    std::chrono::milliseconds tick_interval = 1000ms;
    // Reconnect after a drop (the daemon); the probe stops at the first failure instead.
    bool reconnect = true;
};

// Applies one `key = value` of [csta]. Returns what is wrong (and what is accepted) or nullopt.
// Keys: enabled, host, port, authenticate, user, password, discovery (auto|standard|panasonic|
// static), devices (numbers separated by commas or spaces), snapshot, max_outstanding, and the
// durations in seconds connect_timeout, association_timeout, invoke_timeout,
// discovery_timeout, heartbeat_timeout, backoff_initial, backoff_max.
std::optional<std::string> apply_csta_key(CstaConfig& config, std::string_view key, std::string_view value);

// Whether the settings can run: host set when enabled, backoff_initial <= backoff_max, ...
std::optional<std::string> check_csta_config(const CstaConfig& config);

} // namespace kxcti::server
