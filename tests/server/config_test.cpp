#include "server/config/config.h"
#include "tests/support/temp_dir.h"

#include <cctype>
#include <string>

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
    fails_with("[bogus]\n", "k.conf:1: unknown section [bogus] (known: [server], [smdr], [link NAME], [clients], "
                            "[ncid], [tls], [csta])");
}

TEST_CASE("[clients], [ncid] and [tls] are read into the network settings") {
    auto c = parse_config(R"([clients]
address = 127.0.0.1
port = 7500
max_connections = 100
max_per_address = 4
handshake_timeout_s = 5
login_timeout_s = 20
idle_timeout_s = 120
write_queue_kb = 2048
supervisor_seats = 2
callerid_seats = 12
login_attempts_per_minute = 6
login_failures_per_user = 3
shutdown_timeout_s = 2

[ncid]
enabled = yes
address = 0.0.0.0
port = 3334
max_connections = 10
max_per_address = 2
write_queue_kb = 16
call_log_lines = 0
accept_gateway = yes

[tls]
enabled = yes
certificate = /etc/kxcti/tls/server.crt
key = /etc/kxcti/tls/server.key
)", "net.conf");
    const auto& k = c.net.clients;
    CHECK(k.enabled);
    CHECK(k.address == "127.0.0.1");
    CHECK(k.port == 7500);
    CHECK(k.max_connections == 100);
    CHECK(k.max_per_address == 4);
    CHECK(k.handshake_timeout == std::chrono::seconds(5));
    CHECK(k.login_timeout == std::chrono::seconds(20));
    CHECK(k.idle_timeout == std::chrono::seconds(120));
    CHECK(k.write_queue_bytes == 2048 * 1024);
    CHECK(k.supervisor_seats == 2);
    CHECK(k.callerid_seats == 12);
    CHECK(k.login_attempts_per_minute == 6);
    CHECK(k.login_failures_per_user == 3);
    CHECK(k.shutdown_timeout == std::chrono::seconds(2));
    const auto& n = c.net.ncid;
    CHECK(n.enabled);
    CHECK(n.address == "0.0.0.0");
    CHECK(n.port == 3334);
    CHECK(n.max_connections == 10);
    CHECK(n.max_per_address == 2);
    CHECK(n.write_queue_bytes == 16 * 1024);
    CHECK(n.call_log_lines == 0);
    CHECK(n.accept_gateway);
    CHECK(c.net.tls.enabled);
    CHECK(c.net.tls.certificate == "/etc/kxcti/tls/server.crt");
    CHECK(c.net.tls.key == "/etc/kxcti/tls/server.key");
}

TEST_CASE("the network defaults: clients on every interface, NCID off and on loopback port 3333") {
    auto c = parse_config("", "empty.conf");
    CHECK(c.net.clients.enabled);
    CHECK(c.net.clients.address == "0.0.0.0");
    CHECK(c.net.clients.port == 7430);
    CHECK(c.net.clients.callerid_seats == 8);
    CHECK(c.net.clients.supervisor_seats == 5);
    CHECK(c.net.clients.max_connections == 256);
    CHECK(c.net.clients.idle_timeout == std::chrono::seconds(300));
    CHECK_FALSE(c.net.ncid.enabled);
    CHECK(c.net.ncid.address == "127.0.0.1");
    CHECK(c.net.ncid.port == 3333);
    CHECK_FALSE(c.net.ncid.accept_gateway);
    CHECK_FALSE(c.net.tls.enabled);
}

TEST_CASE("network setting mistakes are refused with file and line") {
    auto fails_with = [](const char* text, const char* message) {
        try {
            parse_config(text, "n.conf");
            FAIL("accepted: " << text);
        } catch (const ConfigError& e) {
            CHECK(std::string(e.what()) == message);
        }
    };
    fails_with("[clients]\nseats = 3\n",
               "n.conf:2: unknown key 'seats' in [clients] (known: enabled, address, port, max_connections, "
               "max_per_address, handshake_timeout_s, login_timeout_s, idle_timeout_s, write_queue_kb, "
               "supervisor_seats, callerid_seats, login_attempts_per_minute, login_failures_per_user, "
               "shutdown_timeout_s)");
    fails_with("[clients]\nidle_timeout_s = 30\n",
               "n.conf:2: idle_timeout_s = '30': expected a whole number from 90 to 86400");
    fails_with("[clients]\nwrite_queue_kb = 64\n",
               "n.conf:2: write_queue_kb = '64': expected a whole number from 2048 to 262144");
    fails_with("\n[ncid]\nenabled = maybe\n", "n.conf:3: enabled = 'maybe': expected yes or no");
    fails_with("[ncid]\ngateway = yes\n",
               "n.conf:2: unknown key 'gateway' in [ncid] (known: enabled, address, port, max_connections, "
               "max_per_address, write_queue_kb, call_log_lines, accept_gateway)");
    fails_with("[tls]\nenabled = yes\ncertificate = /a.pem\n",
               "n.conf: [tls] is enabled but certificate or key is not set (give both PEM file paths, or set "
               "enabled = no)");
    fails_with("[tls]\ncert = /a.pem\n", "n.conf:2: unknown key 'cert' in [tls] (known: enabled, certificate, key)");
    fails_with("[clients]\nport = 3333\n[ncid]\nenabled = yes\n",
               "n.conf: [clients] and [ncid] both use port 3333: give them different ports");
}

TEST_CASE("the packaged kxcti.conf is a valid config that waits for a real PBX") {
    auto c = load_config(KXCTI_SOURCE_DIR "/installer/kxcti.conf");
    CHECK(c.links.empty());
    CHECK_FALSE(c.demo_simulator);
    CHECK(c.net.clients.enabled);
    CHECK_FALSE(c.net.ncid.enabled);
    CHECK_FALSE(c.net.tls.enabled);
}

TEST_CASE("every commented setting of the packaged kxcti.conf can be uncommented as it is") {
    // "# key = value   ; note" lines and "# [link x]" headers, with their notes left in place.
    std::string text = kxcti::test::read_all(KXCTI_SOURCE_DIR "/installer/kxcti.conf");
    std::string uncommented;
    std::size_t settings = 0;
    std::size_t pos = 0;
    while (pos < text.size()) {
        auto nl = text.find('\n', pos);
        std::string line = text.substr(pos, nl - pos);
        pos = nl == std::string::npos ? text.size() : nl + 1;
        const bool header = line.rfind("# [", 0) == 0;
        const bool setting = line.size() > 2 && line.rfind("# ", 0) == 0 && std::islower(static_cast<unsigned char>(line[2])) &&
                             line.find(" = ") != std::string::npos && line.find(' ', 2) == line.find(" = ");
        if (header || setting) {
            line = line.substr(2);
            ++settings;
        }
        uncommented += line + "\n";
    }
    CHECK(settings > 60);
    auto c = parse_config(uncommented, "kxcti.conf");
    REQUIRE(c.links.size() == 3);
    CHECK(c.links[0].name == "pbx");
    CHECK(c.links[0].tcp.password == "PCCSMDR");
    CHECK(c.net.clients.port == 7430);
    CHECK(c.net.clients.address == "0.0.0.0");
    CHECK(c.net.ncid.port == 3333);
}

TEST_CASE("a note after a value is a comment only after blank space") {
    auto c = parse_config("[link pbx] ; the LAN port\ntype = tcp\nhost = 192.0.2.1\t# office\npassword = pa;ss#word ; note\n", "n.conf");
    REQUIRE(c.links.size() == 1);
    CHECK(c.links[0].tcp.host == "192.0.2.1");
    CHECK(c.links[0].tcp.password == "pa;ss#word");
}
