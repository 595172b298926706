#include "bytes.h"
#include "protocol/messages.h"

#include <catch2/catch.hpp>

using namespace kxcti::protocol;
using kxcti::test::Bytes;

namespace {
// One filled-in example of every message, in registry order.
std::vector<Message> examples() {
    return {
        Hello{1, 3, ClientKind::CallerId, "kxcti-callerid 0.1.0", {"events", "", "calls"}},
        Welcome{2, "kxcti-server 0.1.0", {"events"}},
        Refused{RefusalCode::UpdateRequired, 2, 3, "update the client"},
        Goodbye{GoodbyeCode::Restart, "restarting for an update"},
        Error{ErrorCode::NotAllowed, 6, "supervisor rights needed"},
        Ping{0xDEADBEEF},
        Pong{7},
    };
}

Message round_trip(const Message& m, std::uint16_t version, std::uint16_t flags) {
    const auto encoded = encode_message(m, version, flags);
    REQUIRE(encoded);
    const auto frame = decode_frame(*encoded.value, kAnyVersion);
    REQUIRE(frame.status == DecodeStatus::Ok);
    REQUIRE(frame.bytes_consumed == encoded.value->size());
    REQUIRE(frame.frame.version == version);
    REQUIRE(frame.frame.flags == flags);
    REQUIRE(frame.frame.type == static_cast<std::uint16_t>(message_type(m)));
    const auto decoded = decode_message(frame.frame);
    REQUIRE(decoded.text == "");
    REQUIRE(decoded.error == PayloadError::None);
    return *decoded.value;
}
} // namespace

TEST_CASE("the registry numbers never change") {
    REQUIRE(static_cast<int>(MessageType::Hello) == 1);
    REQUIRE(static_cast<int>(MessageType::Welcome) == 2);
    REQUIRE(static_cast<int>(MessageType::Refused) == 3);
    REQUIRE(static_cast<int>(MessageType::Goodbye) == 4);
    REQUIRE(static_cast<int>(MessageType::Error) == 5);
    REQUIRE(static_cast<int>(MessageType::Ping) == 6);
    REQUIRE(static_cast<int>(MessageType::Pong) == 7);
    REQUIRE(std::variant_size_v<Message> == 7);
    const auto all = examples();
    for (std::size_t i = 0; i < all.size(); ++i) {
        REQUIRE(all[i].index() == i);
        REQUIRE(static_cast<std::size_t>(message_type(all[i])) == i + 1);
    }
    REQUIRE(message_name(1) == "Hello");
    REQUIRE(message_name(7) == "Pong");
    REQUIRE(message_name(0) == "unknown");
    REQUIRE(message_name(8) == "unknown");
    REQUIRE(kSupportedVersions == VersionRange{1, 1});
}

TEST_CASE("the enum codes never change") {
    REQUIRE(static_cast<int>(ClientKind::Cli) == 2);
    REQUIRE(static_cast<int>(RefusalCode::BadHello) == 3);
    REQUIRE(static_cast<int>(GoodbyeCode::ProtocolViolation) == 3);
    REQUIRE(static_cast<int>(ErrorCode::Internal) == 3);
}

TEST_CASE("every message survives encode, frame and decode") {
    for (const auto& m : examples()) {
        INFO(message_name(static_cast<std::uint16_t>(message_type(m))));
        REQUIRE(round_trip(m, 1, 0) == m);
        REQUIRE(round_trip(m, 9, kFlagMore) == m);
    }
    REQUIRE(round_trip(Hello{}, 1, 0) == Message{Hello{}});
}

TEST_CASE("a Hello on the wire is exactly its fields, little-endian, without class info") {
    const auto encoded = encode_message(Hello{1, 1, ClientKind::Cli, "cli 0.1", {"a"}}, 1);
    REQUIRE(encoded);
    Bytes expected = kxcti::test::header(1, 1, 0, 25);
    using kxcti::test::operator<<;
    expected << kxcti::test::bytes({0x01, 0x00, 0x01, 0x00, 0x02, 0x07, 0x00, 0x00, 0x00})
             << "cli 0.1" << kxcti::test::bytes({0x01, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00})
             << "a";
    REQUIRE(*encoded.value == expected);
}

TEST_CASE("a Ping is four little-endian bytes") {
    const auto encoded = encode_message(Ping{0x01020304}, 1);
    REQUIRE(encoded);
    Bytes expected = kxcti::test::header(1, 6, 0, 4);
    using kxcti::test::operator<<;
    expected << kxcti::test::bytes({0x04, 0x03, 0x02, 0x01});
    REQUIRE(*encoded.value == expected);
}

TEST_CASE("every truncation of every message is an error, never a crash") {
    for (const auto& m : examples()) {
        const auto encoded = encode_message(m, 1);
        REQUIRE(encoded);
        const std::span<const std::byte> payload(encoded.value->data() + kHeaderBytes,
                                                 encoded.value->size() - kHeaderBytes);
        for (std::size_t n = 0; n < payload.size(); ++n) {
            INFO(message_name(static_cast<std::uint16_t>(message_type(m))) << " cut at " << n);
            const auto decoded = decode_message(
                Frame{1, static_cast<std::uint16_t>(message_type(m)), 0, payload.first(n)});
            REQUIRE_FALSE(decoded);
            const bool expected_kind = decoded.error == PayloadError::Truncated ||
                                       decoded.error == PayloadError::CountTooLarge;
            REQUIRE(expected_kind);
        }
    }
}

TEST_CASE("an unknown message type is refused with its number and version") {
    const Bytes payload;
    const auto r = decode_message(Frame{1, 99, 0, payload});
    REQUIRE_FALSE(r);
    REQUIRE(r.error == PayloadError::UnknownType);
    REQUIRE(r.text == "message type 99 is not in the registry of protocol version 1");
}

TEST_CASE("encoding refuses a payload over the cap and an undefined enum value") {
    const auto big = encode_message(Error{ErrorCode::Internal, 0, std::string(kMaxPayloadBytes, 'x')}, 1);
    REQUIRE_FALSE(big);
    REQUIRE(big.error == PayloadError::TooLarge);
    REQUIRE(big.text == "Error (type 5): payload exceeds the 1048562-byte cap; stream large "
                        "results as several frames");

    const auto fits = encode_message(
        Error{ErrorCode::Internal, 0, std::string(kMaxPayloadBytes - 8, 'x')}, 1);
    REQUIRE(fits);
    REQUIRE(fits.value->size() == kMaxFrameBytes);

    const auto bad_enum = encode_message(Hello{1, 1, static_cast<ClientKind>(9), "", {}}, 1);
    REQUIRE_FALSE(bad_enum);
    REQUIRE(bad_enum.error == PayloadError::BadEnum);
    REQUIRE(bad_enum.text == "Hello (type 1): ClientKind value 9 is not defined and cannot be sent");

    const auto bad_flags = encode_message(Ping{1}, 1, 0x0100);
    REQUIRE_FALSE(bad_flags);
    REQUIRE(bad_flags.error == PayloadError::Malformed);
    REQUIRE(bad_flags.text == "Ping (type 6): encode_header: undefined flag bits 0x0100");
}
