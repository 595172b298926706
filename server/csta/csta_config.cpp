#include "server/csta/csta_config.h"

#include <charconv>

namespace kxcti::server {
namespace {

std::optional<bool> parse_bool(std::string_view v) {
    if (v == "yes" || v == "true" || v == "on" || v == "1") return true;
    if (v == "no" || v == "false" || v == "off" || v == "0") return false;
    return std::nullopt;
}

std::optional<unsigned long> parse_uint(std::string_view v) {
    unsigned long n = 0;
    const auto [end, ec] = std::from_chars(v.data(), v.data() + v.size(), n);
    if (ec != std::errc() || end != v.data() + v.size() || v.empty()) return std::nullopt;
    return n;
}

// A duration in whole seconds, 1 s to a day: no timeout here is meaningful outside that.
std::optional<std::chrono::milliseconds> parse_seconds(std::string_view v) {
    constexpr unsigned long kMaxSeconds = 86400;
    const auto n = parse_uint(v);
    if (!n || *n < 1 || *n > kMaxSeconds) return std::nullopt;
    return std::chrono::seconds(*n);
}

std::string quoted(std::string_view v) { return "'" + std::string(v) + "'"; }

} // namespace

std::optional<std::string> apply_csta_key(CstaConfig& c, std::string_view key, std::string_view value) {
    auto& s = c.session;
    if (key == "enabled" || key == "authenticate" || key == "snapshot") {
        const auto b = parse_bool(value);
        if (!b) return "csta." + std::string(key) + " = " + quoted(value) + ": use yes or no";
        (key == "enabled" ? c.enabled : key == "authenticate" ? s.association.authenticate : s.snapshot) = *b;
        return std::nullopt;
    }
    if (key == "host") {
        if (value.empty()) return "csta.host is empty: give the PBX's address (the CTI port's IP address or name)";
        c.host = value;
        return std::nullopt;
    }
    if (key == "port") {
        const auto n = parse_uint(value);
        if (!n || *n < 1 || *n > 65535) return "csta.port = " + quoted(value) + ": use 1 to 65535 (Panasonic: 33333)";
        c.port = static_cast<std::uint16_t>(*n);
        return std::nullopt;
    }
    if (key == "user") {
        s.association.user = value;
        return std::nullopt;
    }
    if (key == "password") {
        s.association.password = value;
        return std::nullopt;
    }
    if (key == "discovery") {
        const auto m = csta::discovery_mode(value);
        if (!m) return "csta.discovery = " + quoted(value) + ": use auto, standard, panasonic or static";
        s.discovery = *m;
        return std::nullopt;
    }
    if (key == "devices") {
        // Parsed whole before anything is kept: a bad number leaves the setting as it was.
        std::vector<std::string> devices;
        std::string current;
        auto flush = [&]() -> std::optional<std::string> {
            if (current.empty()) return std::nullopt;
            for (char ch : current)
                if (!(ch >= '0' && ch <= '9') && ch != '*' && ch != '#')
                    return "csta.devices: " + quoted(current) + " is not a dialling number (digits, * and # only)";
            devices.push_back(current);
            current.clear();
            return std::nullopt;
        };
        for (char ch : value) {
            if (ch == ',' || ch == ' ' || ch == '\t') {
                if (auto e = flush()) return e;
            } else {
                current.push_back(ch);
            }
        }
        if (auto e = flush()) return e;
        s.devices = std::move(devices);
        return std::nullopt;
    }
    if (key == "max_outstanding") {
        // More than 64 requests in flight helps no PBX and floods a small CTI card.
        const auto n = parse_uint(value);
        if (!n || *n < 1 || *n > 64) return "csta.max_outstanding = " + quoted(value) + ": use 1 to 64";
        s.max_outstanding = *n;
        return std::nullopt;
    }
    std::chrono::milliseconds* duration = nullptr;
    if (key == "connect_timeout") duration = &c.connect_timeout;
    else if (key == "association_timeout") duration = &s.association_timeout;
    else if (key == "invoke_timeout") duration = &s.invoke_timeout;
    else if (key == "discovery_timeout") duration = &s.discovery_timeout;
    else if (key == "heartbeat_timeout") duration = &s.heartbeat_timeout;
    else if (key == "backoff_initial") duration = &c.backoff_initial;
    else if (key == "backoff_max") duration = &c.backoff_max;
    if (duration) {
        const auto d = parse_seconds(value);
        if (!d) return "csta." + std::string(key) + " = " + quoted(value) + ": use whole seconds, 1 to 86400";
        *duration = *d;
        return std::nullopt;
    }
    return "unknown key csta." + std::string(key);
}

std::optional<std::string> check_csta_config(const CstaConfig& c) {
    if (c.enabled && c.host.empty()) return "[csta] is enabled but has no host: set csta.host to the PBX's address";
    if (c.backoff_initial > c.backoff_max) return "csta.backoff_initial is longer than csta.backoff_max";
    if (c.session.association.authenticate && c.session.association.user.empty())
        return "csta.authenticate = yes needs csta.user (and csta.password)";
    if (c.session.discovery == csta::DiscoveryMode::Static && c.session.devices.empty())
        return "csta.discovery = static needs csta.devices: the extensions and ICD groups to monitor";
    return std::nullopt;
}

} // namespace kxcti::server
