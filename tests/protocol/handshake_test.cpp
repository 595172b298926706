#include "protocol/handshake.h"

#include <catch2/catch.hpp>

using namespace kxcti::protocol;

namespace {
ServerOffer server(VersionRange versions, std::vector<std::string> features = {}) {
    return ServerOffer{versions, "kxcti-server 0.2.0", std::move(features)};
}

Hello client(std::uint16_t min, std::uint16_t max, std::vector<std::string> features = {}) {
    return Hello{min, max, ClientKind::Supervisor, "kxcti-supervisor 0.1.0", std::move(features)};
}
} // namespace

TEST_CASE("negotiation matrix: the highest common version, or update_required naming the side") {
    struct Row {
        VersionRange server;
        std::uint16_t client_min, client_max;
        int chosen; // 0: refused
        std::string text;
    };
    const std::vector<Row> rows{
        {{1, 1}, 1, 1, 1, ""},
        {{1, 3}, 2, 5, 3, ""},
        {{2, 5}, 1, 3, 3, ""},
        {{1, 3}, 3, 3, 3, ""},
        {{3, 3}, 1, 3, 3, ""},
        {{2, 3}, 1, 1, 0,
         "this server (kxcti-server 0.2.0) speaks protocols 2 to 3; your client "
         "(kxcti-supervisor 0.1.0) speaks protocol 1: update the client"},
        {{1, 1}, 2, 3, 0,
         "this server (kxcti-server 0.2.0) speaks protocol 1; your client (kxcti-supervisor "
         "0.1.0) speaks protocols 2 to 3: update the server"},
        {{4, 4}, 1, 3, 0,
         "this server (kxcti-server 0.2.0) speaks protocol 4; your client (kxcti-supervisor "
         "0.1.0) speaks protocols 1 to 3: update the client"},
    };
    for (const auto& row : rows) {
        INFO("server " << row.server.min << "-" << row.server.max << ", client " << row.client_min
                       << "-" << row.client_max);
        const auto reply = negotiate(client(row.client_min, row.client_max), server(row.server));
        if (row.chosen != 0) {
            REQUIRE(std::holds_alternative<Welcome>(reply));
            const auto& w = std::get<Welcome>(reply);
            REQUIRE(w.version == row.chosen);
            REQUIRE(w.server_version == "kxcti-server 0.2.0");
        } else {
            REQUIRE(std::holds_alternative<Refused>(reply));
            const auto& r = std::get<Refused>(reply);
            REQUIRE(r.code == RefusalCode::UpdateRequired);
            REQUIRE(r.server_min_version == row.server.min);
            REQUIRE(r.server_max_version == row.server.max);
            REQUIRE(r.text == row.text);
        }
    }
}

TEST_CASE("features: those both sides offer, in the server's order, each once") {
    const auto reply = negotiate(client(1, 1, {"events", "telepathy", "calls", "calls"}),
                                 server({1, 1}, {"calls", "reports", "events"}));
    REQUIRE(std::get<Welcome>(reply).features == std::vector<std::string>{"calls", "events"});
    const auto none = negotiate(client(1, 1), server({1, 1}, {"calls"}));
    REQUIRE(std::get<Welcome>(none).features.empty());
}

TEST_CASE("a faulty Hello is refused as bad_hello with the reason") {
    auto text_of = [](const Hello& h) {
        const auto reply = negotiate(h, server({1, 1}));
        REQUIRE(std::holds_alternative<Refused>(reply));
        REQUIRE(std::get<Refused>(reply).code == RefusalCode::BadHello);
        return std::get<Refused>(reply).text;
    };
    REQUIRE(text_of(client(3, 2)) == "your client announced protocol versions 3 to 2, which is "
                                     "not a valid range: the client is faulty; reinstall or "
                                     "update it");
    REQUIRE(text_of(client(0, 1)).rfind("your client announced protocol versions 0 to 1", 0) == 0);
    REQUIRE(text_of(client(1, 1, std::vector<std::string>(65, "f"))) ==
            "your client announced 65 features; at most 64 are allowed");
    REQUIRE(text_of(client(1, 1, {"ok", std::string(129, 'x')})) ==
            "feature 1 announced by your client is 129 bytes long; at most 128 are allowed");
    Hello long_version = client(1, 1);
    long_version.client_version = std::string(200, 'v');
    REQUIRE(text_of(long_version) ==
            "your client's version string is 200 bytes long; at most 128 are allowed");
    // The limits themselves are allowed.
    REQUIRE(std::holds_alternative<Welcome>(negotiate(
        client(1, 1, std::vector<std::string>(64, std::string(128, 'f'))), server({1, 1}))));
}

TEST_CASE("the client checks the Welcome against what it asked for") {
    const Hello sent = make_hello(ClientKind::CallerId, "kxcti-callerid 0.1.0", {"events"});
    REQUIRE(sent.min_version == kSupportedVersions.min);
    REQUIRE(sent.max_version == kSupportedVersions.max);
    REQUIRE(sent.kind == ClientKind::CallerId);

    REQUIRE_FALSE(check_welcome(sent, Welcome{1, "s", {"events"}}));
    REQUIRE(check_welcome(sent, Welcome{2, "s", {}}) ==
            "the server chose protocol 2, but this client speaks protocol 1: the server is "
            "faulty");
    REQUIRE(check_welcome(sent, Welcome{1, "s", {"reports"}}) ==
            "the server enabled feature \"reports\", which this client did not ask for: the "
            "server is faulty");
}

TEST_CASE("a whole handshake through frames: Hello read at any version, Welcome back") {
    const Hello hello = make_hello(ClientKind::Cli, "kxcti-cli 0.1.0", {"reports"});
    const auto hello_frame = encode_message(hello, kSupportedVersions.max);
    REQUIRE(hello_frame);

    // Server: before the handshake every version is readable.
    const auto f = decode_frame(*hello_frame.value, kAnyVersion);
    REQUIRE(f.status == DecodeStatus::Ok);
    const auto m = decode_message(f.frame);
    REQUIRE(m);
    const auto reply = negotiate(std::get<Hello>(*m.value),
                                 ServerOffer{kSupportedVersions, "kxcti-server 0.1.0", {"reports"}});
    const auto& welcome = std::get<Welcome>(reply);
    const auto reply_frame = encode_message(welcome, welcome.version);
    REQUIRE(reply_frame);

    // Client: only the versions it speaks.
    const auto back = decode_frame(*reply_frame.value, kSupportedVersions);
    REQUIRE(back.status == DecodeStatus::Ok);
    const auto answer = decode_message(back.frame);
    REQUIRE(answer);
    REQUIRE(std::get<Welcome>(*answer.value) == Welcome{1, "kxcti-server 0.1.0", {"reports"}});
    REQUIRE_FALSE(check_welcome(hello, std::get<Welcome>(*answer.value)));
}
