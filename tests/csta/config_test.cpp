#include "server/csta/csta_config.h"

#include <catch2/catch.hpp>

using kxcti::server::apply_csta_key;
using kxcti::server::check_csta_config;
using kxcti::server::CstaConfig;

TEST_CASE("csta config: defaults are off, port 33333, auto discovery, no authentication") {
    const CstaConfig c;
    REQUIRE_FALSE(c.enabled);
    REQUIRE(c.port == 33333);
    REQUIRE(c.session.discovery == kxcti::csta::DiscoveryMode::Auto);
    REQUIRE_FALSE(c.session.association.authenticate);
    REQUIRE(c.session.heartbeat_timeout == std::chrono::seconds(300));
    REQUIRE_FALSE(check_csta_config(c));
}

TEST_CASE("csta config: every key is applied and checked") {
    CstaConfig c;
    REQUIRE_FALSE(apply_csta_key(c, "enabled", "yes"));
    REQUIRE_FALSE(apply_csta_key(c, "host", "192.168.0.101"));
    REQUIRE_FALSE(apply_csta_key(c, "port", "33334"));
    REQUIRE_FALSE(apply_csta_key(c, "authenticate", "on"));
    REQUIRE_FALSE(apply_csta_key(c, "user", "cti"));
    REQUIRE_FALSE(apply_csta_key(c, "password", "1234"));
    REQUIRE_FALSE(apply_csta_key(c, "discovery", "panasonic"));
    REQUIRE_FALSE(apply_csta_key(c, "devices", "101, 102,600  *70"));
    REQUIRE_FALSE(apply_csta_key(c, "heartbeat_timeout", "120"));
    REQUIRE_FALSE(apply_csta_key(c, "max_outstanding", "4"));
    REQUIRE_FALSE(apply_csta_key(c, "snapshot", "no"));
    REQUIRE(c.enabled);
    REQUIRE(c.host == "192.168.0.101");
    REQUIRE(c.port == 33334);
    REQUIRE(c.session.association.authenticate);
    REQUIRE(c.session.association.user == "cti");
    REQUIRE(c.session.association.password == "1234");
    REQUIRE(c.session.discovery == kxcti::csta::DiscoveryMode::Panasonic);
    REQUIRE(c.session.devices == std::vector<std::string>{"101", "102", "600", "*70"});
    REQUIRE(c.session.heartbeat_timeout == std::chrono::seconds(120));
    REQUIRE(c.session.max_outstanding == 4);
    REQUIRE_FALSE(c.session.snapshot);
    REQUIRE_FALSE(check_csta_config(c));
}

TEST_CASE("csta config: wrong values say what is accepted") {
    CstaConfig c;
    REQUIRE(apply_csta_key(c, "port", "0") == "csta.port = '0': use 1 to 65535 (Panasonic: 33333)");
    REQUIRE(apply_csta_key(c, "enabled", "maybe") == "csta.enabled = 'maybe': use yes or no");
    REQUIRE(apply_csta_key(c, "discovery", "magic") == "csta.discovery = 'magic': use auto, standard, panasonic or static");
    REQUIRE(apply_csta_key(c, "devices", "101,abc") == "csta.devices: 'abc' is not a dialling number (digits, * and # only)");
    REQUIRE(apply_csta_key(c, "invoke_timeout", "0") == "csta.invoke_timeout = '0': use whole seconds, 1 to 86400");
    REQUIRE(apply_csta_key(c, "colour", "blue") == "unknown key csta.colour");
    c.enabled = true;
    REQUIRE(check_csta_config(c) == "[csta] is enabled but has no host: set csta.host to the PBX's address");
    c.host = "pbx";
    c.session.discovery = kxcti::csta::DiscoveryMode::Static;
    REQUIRE(check_csta_config(c) == "csta.discovery = static needs csta.devices: the extensions and ICD groups to monitor");
}
