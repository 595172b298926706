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
        Login{"anna", "s3cret", "101"},
        LoginOk{"anna", Role::Supervisor, false, {"601", "602"}, {}, "Supervisor seat 1 of 5"},
        LoginRefused{LoginRefusal::RateLimited, 42, "too many attempts"},
        CallRinging{"05|0123456", 1700000000123456, "601", "601", "05", "0123456", "5550100",
                    "Google Ads", "Smith & Co", 3, 1699990000000000},
        CallAnswered{"05|0123456", 1700000001000000, "101", "601", "05", "0123456", 7},
        CallEnded{"05|0123456", 1700000002000000, "601", "601", "05", "0123456",
                  CallOutcome::Abandoned, 31, 0},
        QueueState{1700000003000000, "601", 2, 1700000000123456},
        OperatorState{1700000004000000, "101", "601", OperatorActivity::Talking, "0123456"},
        PhonebookLookup{9, "0123456"},
        PhonebookResult{9, {{"0123456", "Smith & Co"}, {"0123457", "Jones"}}},
        HistoryLookup{10, "0123456", 5},
        HistoryResult{10, 7,
                      {{"2026-11-02", "10:15", "101", "601", "05", CallDirection::In, 4, 65, ""},
                       {"2026-11-01", "09:00", "601", "601", "05", CallDirection::In, 31, 0, "NA"}}},
        RequestFailed{11, ErrorCode::NotAllowed, "group 602 is not yours"},
        ReportCatalogRequest{12},
        ReportCatalog{12, {{"calls", "Calls", {"from", "to"}}, {"groups", "Groups", {}}}},
        ReportRequest{13, "calls", {{"from", "2026-11-01"}, {"to", "2026-11-30"}}},
        ReportColumns{13, {{"date", ColumnKind::Date}, {"ring", ColumnKind::Seconds}}},
        ReportRows{13, {{"601", {"2026-11-01", "12"}}, {"", {"2026-11-02", ""}}}},
        ReportProgress{13, 5000, 120000},
        ReportDone{13, 2, "service level: 20 s"},
        ReportCancel{13},
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
    REQUIRE(static_cast<int>(MessageType::Login) == 8);
    REQUIRE(static_cast<int>(MessageType::LoginOk) == 9);
    REQUIRE(static_cast<int>(MessageType::LoginRefused) == 10);
    REQUIRE(static_cast<int>(MessageType::CallRinging) == 11);
    REQUIRE(static_cast<int>(MessageType::CallAnswered) == 12);
    REQUIRE(static_cast<int>(MessageType::CallEnded) == 13);
    REQUIRE(static_cast<int>(MessageType::QueueState) == 14);
    REQUIRE(static_cast<int>(MessageType::OperatorState) == 15);
    REQUIRE(static_cast<int>(MessageType::PhonebookLookup) == 16);
    REQUIRE(static_cast<int>(MessageType::PhonebookResult) == 17);
    REQUIRE(static_cast<int>(MessageType::HistoryLookup) == 18);
    REQUIRE(static_cast<int>(MessageType::HistoryResult) == 19);
    REQUIRE(static_cast<int>(MessageType::RequestFailed) == 20);
    REQUIRE(static_cast<int>(MessageType::ReportCatalogRequest) == 21);
    REQUIRE(static_cast<int>(MessageType::ReportCatalog) == 22);
    REQUIRE(static_cast<int>(MessageType::ReportRequest) == 23);
    REQUIRE(static_cast<int>(MessageType::ReportColumns) == 24);
    REQUIRE(static_cast<int>(MessageType::ReportRows) == 25);
    REQUIRE(static_cast<int>(MessageType::ReportProgress) == 26);
    REQUIRE(static_cast<int>(MessageType::ReportDone) == 27);
    REQUIRE(static_cast<int>(MessageType::ReportCancel) == 28);
    REQUIRE(std::variant_size_v<Message> == 28);
    const auto all = examples();
    for (std::size_t i = 0; i < all.size(); ++i) {
        REQUIRE(all[i].index() == i);
        REQUIRE(static_cast<std::size_t>(message_type(all[i])) == i + 1);
    }
    REQUIRE(message_name(1) == "Hello");
    REQUIRE(message_name(7) == "Pong");
    REQUIRE(message_name(0) == "unknown");
    REQUIRE(message_name(8) == "Login");
    REQUIRE(message_name(28) == "ReportCancel");
    REQUIRE(message_name(29) == "unknown");
    for (std::uint16_t t = 1; t <= 28; ++t) REQUIRE(message_name(t) != "unknown");
    REQUIRE(kSupportedVersions == VersionRange{1, 1});
}

TEST_CASE("the enum codes never change") {
    REQUIRE(static_cast<int>(ClientKind::Cli) == 2);
    REQUIRE(static_cast<int>(RefusalCode::BadHello) == 3);
    REQUIRE(static_cast<int>(GoodbyeCode::ProtocolViolation) == 3);
    REQUIRE(static_cast<int>(GoodbyeCode::TooSlow) == 4);
    REQUIRE(static_cast<int>(ErrorCode::Internal) == 3);
    REQUIRE(static_cast<int>(ErrorCode::Busy) == 4);
    REQUIRE(static_cast<int>(Role::Admin) == 0);
    REQUIRE(static_cast<int>(Role::Operator) == 2);
    REQUIRE(static_cast<int>(LoginRefusal::SeatsFull) == 2);
    REQUIRE(static_cast<int>(LoginRefusal::Unavailable) == 4);
    REQUIRE(static_cast<int>(CallOutcome::Abandoned) == 2);
    REQUIRE(static_cast<int>(OperatorActivity::Talking) == 3);
    REQUIRE(static_cast<int>(CallDirection::Intercom) == 3);
    REQUIRE(static_cast<int>(ColumnKind::Decimal) == 6);
    REQUIRE(static_cast<int>(ColumnKind::DateTime) == 7);
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

TEST_CASE("an undefined enum in a new message is refused with its name and offset") {
    using kxcti::test::operator<<;
    // LoginRefused: code (u8) 5 is past Unavailable.
    const Bytes payload = kxcti::test::bytes({0x05}) << kxcti::test::le(0, 4) << kxcti::test::le(0, 4);
    const auto r = decode_message(Frame{1, 10, 0, payload});
    REQUIRE_FALSE(r);
    REQUIRE(r.error == PayloadError::BadEnum);
    REQUIRE(r.text == "LoginRefused (type 10): LoginRefusal value 5 at payload offset 0 is not defined "
                      "(0 to 4 are)");
}

TEST_CASE("a report chunk claiming more rows than its frame holds is refused before allocating") {
    using kxcti::test::operator<<;
    // ReportRows: request_id, then a row count of 2^28: each row needs at least 8 bytes.
    const Bytes payload = kxcti::test::le(1, 4) << kxcti::test::le(1u << 28, 4) << kxcti::test::le(0, 8);
    const auto r = decode_message(Frame{1, 25, 0, payload});
    REQUIRE_FALSE(r);
    REQUIRE(r.error == PayloadError::CountTooLarge);
    REQUIRE(r.text == "ReportRows (type 25): collection count 268435456 at payload offset 4 needs at "
                      "least 2147483648 bytes (8 per element) but only 8 remain");
}
