#include "server/config/config.h"

#include <catch2/catch.hpp>

using namespace kxcti::server;

TEST_CASE("a full config file is read into every setting") {
    auto c = parse_config(R"(# site config
[server]
data_dir = /srv/kxcti
queue_lines = 5000
demo_simulator = no

[smdr]
date_order = mdy
clock = 12
layout = C

[link main]
type = tcp
host = 192.0.2.10
port = 2301
user = smdr
password = s3cret
idle_timeout_s = 900
backoff_initial_ms = 500
backoff_max_ms = 30000

[link com1]
type = serial
device = /dev/ttyS0
baud = 1200
data_bits = 7
parity = even
stop_bits = 2
flow = hardware

[link box]
type = listen
address = 127.0.0.1
port = 2400
max_connections = 2
)", "site.conf");
    CHECK(c.data_dir == "/srv/kxcti");
    CHECK(c.db_path == "/srv/kxcti/kxcti.db");
    CHECK(c.queue_lines == 5000);
    CHECK_FALSE(c.demo_simulator);
    CHECK(c.smdr.date_order == kxcti::smdr::DateOrder::MDY);
    CHECK(c.smdr.clock == kxcti::smdr::ClockMode::H12);
    CHECK(c.smdr.layout == kxcti::smdr::Layout::C);
    REQUIRE(c.links.size() == 3);
    CHECK(c.links[0].name == "main");
    CHECK(c.links[0].type == LinkType::TcpClient);
    CHECK(c.links[0].tcp.host == "192.0.2.10");
    CHECK(c.links[0].tcp.port == 2301);
    CHECK(c.links[0].tcp.user == "smdr");
    CHECK(c.links[0].tcp.password == "s3cret");
    CHECK(c.links[0].tcp.idle_timeout == std::chrono::seconds(900));
    CHECK(c.links[0].tcp.backoff_initial == std::chrono::milliseconds(500));
    CHECK(c.links[0].tcp.backoff_max == std::chrono::milliseconds(30000));
    CHECK(c.links[1].type == LinkType::Serial);
    CHECK(c.links[1].serial.device == "/dev/ttyS0");
    CHECK(c.links[1].serial.baud == 1200);
    CHECK(c.links[1].serial.data_bits == 7);
    CHECK(c.links[1].serial.parity == Parity::Even);
    CHECK(c.links[1].serial.stop_bits == 2);
    CHECK(c.links[1].serial.flow == FlowControl::Hardware);
    CHECK(c.links[2].type == LinkType::Listen);
    CHECK(c.links[2].listen.address == "127.0.0.1");
    CHECK(c.links[2].listen.port == 2400);
    CHECK(c.links[2].listen.max_connections == 2);
}

TEST_CASE("an empty config keeps the built-in defaults") {
    auto c = parse_config("", "empty.conf");
    CHECK(c.links.empty());
    CHECK(c.db_path == c.data_dir / "kxcti.db");
    CHECK(c.queue_lines == 65536);
    CHECK(c.demo_simulator);
    CHECK(c.smdr.date_order == kxcti::smdr::DateOrder::Auto);
}

TEST_CASE("config mistakes are refused with file and line") {
    auto fails_with = [](const char* text, const char* message) {
        try {
            parse_config(text, "k.conf");
            FAIL("accepted: " << text);
        } catch (const ConfigError& e) {
            CHECK(std::string(e.what()) == message);
        }
    };
    fails_with("[link a]\ntype = tcp\nprot = 2300\n", "k.conf:3: unknown key 'prot' in [link a]");
    fails_with("[link a]\nhost = x\n[link a]\nhost = y\n", "k.conf:3: link 'a' is defined twice");
    fails_with("[link a]\ntype = serial\n", "k.conf: [link a] is type serial but has no device");
    fails_with("[link a]\nhost = x\nport = 70000\n",
               "k.conf:3: port = '70000': expected a whole number from 1 to 65535");
    fails_with("[smdr]\nclock = 13\n", "k.conf:2: clock = '13': expected one of 12, 24, auto");
    fails_with("port = 1\n", "k.conf:1: 'port' is outside any section");
    fails_with("[bogus]\n", "k.conf:1: unknown section [bogus] (known: [server], [smdr], [link NAME])");
}

TEST_CASE("the packaged kxcti.conf is a valid config that waits for a real PBX") {
    auto c = load_config(KXCTI_SOURCE_DIR "/installer/kxcti.conf");
    CHECK(c.links.empty());
    CHECK_FALSE(c.demo_simulator);
}
