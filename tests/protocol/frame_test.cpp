#include "bytes.h"
#include "protocol/frame.h"

#include <catch2/catch.hpp>

#include <stdexcept>

using namespace kxcti::protocol;
using kxcti::test::Bytes;
using kxcti::test::header;
using kxcti::test::prefix;

namespace {
constexpr VersionRange kV1{1, 1};

Bytes frame_with(std::uint16_t type, std::uint16_t flags, std::string_view payload) {
    const auto p = std::as_bytes(std::span(payload.data(), payload.size()));
    return encode_frame(1, type, flags, p);
}

std::string payload_text(const Frame& f) {
    return std::string(reinterpret_cast<const char*>(f.payload.data()), f.payload.size());
}
} // namespace

TEST_CASE("the header is 14 big-endian bytes after the magic KXCT") {
    const Bytes f = frame_with(0x0102, kFlagMore, "xyz");
    const Bytes expected = kxcti::test::bytes({'K', 'X', 'C', 'T', 0x00, 0x01, 0x01, 0x02, 0x00,
                                               0x02, 0x00, 0x00, 0x00, 0x03, 'x', 'y', 'z'});
    REQUIRE(f == expected);
    REQUIRE(kMaxFrameBytes == 1048576);
    REQUIRE(kMaxPayloadBytes == 1048562);
}

TEST_CASE("a frame split at every byte position needs more until it is complete") {
    const Bytes f = frame_with(6, 0, "payload!");
    REQUIRE(f.size() == 22);
    for (std::size_t n = 0; n < f.size(); ++n) {
        INFO("prefix of " << n << " bytes");
        const auto r = decode_frame(prefix(f, n), kV1);
        REQUIRE(r.status == DecodeStatus::NeedMore);
        REQUIRE(r.bytes_consumed == 0);
        REQUIRE(r.bytes_needed == (n < kHeaderBytes ? kHeaderBytes - n : f.size() - n));
    }
    const auto r = decode_frame(f, kV1);
    REQUIRE(r.status == DecodeStatus::Ok);
    REQUIRE(r.bytes_consumed == 22);
    REQUIRE(r.frame.version == 1);
    REQUIRE(r.frame.type == 6);
    REQUIRE(r.frame.flags == 0);
    REQUIRE(payload_text(r.frame) == "payload!");
    REQUIRE(r.frame.payload.data() == f.data() + kHeaderBytes); // a view, not a copy
}

TEST_CASE("several frames in one buffer decode one after another") {
    using kxcti::test::operator<<;
    Bytes buffer = frame_with(1, 0, "first");
    const Bytes third = frame_with(3, 0, "third one");
    buffer << frame_with(7, kFlagMore, "") << third;
    buffer.resize(buffer.size() - 4); // the third frame is still arriving

    std::span<const std::byte> rest(buffer);
    std::vector<std::string> seen;
    for (;;) {
        const auto r = decode_frame(rest, kV1);
        if (r.status != DecodeStatus::Ok) {
            REQUIRE(r.status == DecodeStatus::NeedMore);
            REQUIRE(r.bytes_needed == 4);
            break;
        }
        seen.push_back(std::to_string(r.frame.type) + "/" + std::to_string(r.frame.flags) + "/" +
                       payload_text(r.frame));
        rest = rest.subspan(r.bytes_consumed);
    }
    REQUIRE(seen == std::vector<std::string>{"1/0/first", "7/2/"});
    REQUIRE(rest.size() == third.size() - 4);
}

TEST_CASE("a length of 0xFFFFFFFF is refused from the header alone") {
    const Bytes h = header(1, 1, 0, 0xFFFFFFFF);
    const auto r = decode_frame(h, kV1);
    REQUIRE(r.status == DecodeStatus::Error);
    REQUIRE(r.error == FrameError::TooLarge);
    REQUIRE(r.text == "frame header: payload length 4294967295 at byte 10 exceeds the "
                      "1048562-byte cap");
    REQUIRE(r.bytes_consumed == 0);
}

TEST_CASE("the cap is exact: kMaxPayloadBytes waits for the body, one more is refused") {
    const auto at_cap = decode_frame(header(1, 1, 0, kMaxPayloadBytes), kV1);
    REQUIRE(at_cap.status == DecodeStatus::NeedMore);
    REQUIRE(at_cap.bytes_needed == kMaxPayloadBytes);
    const auto over = decode_frame(header(1, 1, 0, kMaxPayloadBytes + 1), kV1);
    REQUIRE(over.status == DecodeStatus::Error);
    REQUIRE(over.error == FrameError::TooLarge);
}

TEST_CASE("bad magic is refused at the first wrong byte") {
    const auto http = decode_frame(std::string_view("G"), kV1);
    REQUIRE(http.status == DecodeStatus::Error);
    REQUIRE(http.error == FrameError::BadMagic);
    REQUIRE(http.text == "frame header: bad magic at byte 0 (expected \"KXCT\"): the peer is not a "
                         "kxcti client or server, or the stream lost sync; close the connection");
    REQUIRE(decode_frame(std::string_view("KXC"), kV1).status == DecodeStatus::NeedMore);
    REQUIRE(decode_frame(header(1, 1, 0, 0, "KXCX"), kV1).error == FrameError::BadMagic);
}

TEST_CASE("a version outside the accepted range is refused once its two bytes are in") {
    const Bytes v2 = header(2, 1, 0, 0);
    const auto early = decode_frame(prefix(v2, 6), kV1);
    REQUIRE(early.status == DecodeStatus::Error);
    REQUIRE(early.error == FrameError::BadVersion);
    REQUIRE(early.text == "frame header: protocol version 2 at byte 4 is outside the accepted "
                          "range 1");
    REQUIRE(decode_frame(prefix(v2, 5), kV1).status == DecodeStatus::NeedMore);

    REQUIRE(decode_frame(v2, VersionRange{1, 3}).status == DecodeStatus::Ok);
    REQUIRE(decode_frame(v2, kAnyVersion).status == DecodeStatus::Ok);
    const auto zero = decode_frame(header(0, 1, 0, 0), kAnyVersion);
    REQUIRE(zero.error == FrameError::BadVersion);
    REQUIRE(zero.text == "frame header: protocol version 0 at byte 4 is outside the accepted "
                         "range 1 to 65535");
}

TEST_CASE("message type 0 is refused") {
    const auto r = decode_frame(header(1, 0, 0, 0), kV1);
    REQUIRE(r.error == FrameError::ReservedType);
    REQUIRE(r.text == "frame header: message type 0 at byte 6 is reserved and never sent");
}

TEST_CASE("undefined flag bits are refused, including the reserved compression bit") {
    const auto compressed = decode_frame(header(1, 1, kFlagCompressedReserved, 0), kV1);
    REQUIRE(compressed.status == DecodeStatus::Error);
    REQUIRE(compressed.error == FrameError::UnknownFlags);
    REQUIRE(compressed.text == "frame header: undefined flag bits 0x0001 at byte 8 (defined: "
                               "0x0002 more; 0x0001 is reserved for compression)");
    const auto high = decode_frame(header(1, 1, 0x8002, 0), kV1);
    REQUIRE(high.error == FrameError::UnknownFlags);
    REQUIRE(high.text.rfind("frame header: undefined flag bits 0x8000 at byte 8", 0) == 0);
    const auto more = decode_frame(header(1, 1, kFlagMore, 0), kV1);
    REQUIRE(more.status == DecodeStatus::Ok);
    REQUIRE(more.frame.flags == kFlagMore);
}

TEST_CASE("a frame with an empty payload is complete after its header") {
    const auto r = decode_frame(header(1, 6, 0, 0), kV1);
    REQUIRE(r.status == DecodeStatus::Ok);
    REQUIRE(r.bytes_consumed == kHeaderBytes);
    REQUIRE(r.frame.payload.empty());
}

TEST_CASE("encoding a header we would refuse is a programming error") {
    REQUIRE_THROWS_AS(encode_header({0, 1, 0, 0}), std::invalid_argument);
    REQUIRE_THROWS_AS(encode_header({1, 0, 0, 0}), std::invalid_argument);
    REQUIRE_THROWS_AS(encode_header({1, 1, 0x0004, 0}), std::invalid_argument);
    REQUIRE_THROWS_AS(encode_header({1, 1, 0, kMaxPayloadBytes + 1}), std::invalid_argument);
    const Bytes big(kMaxPayloadBytes + 1);
    REQUIRE_THROWS_AS(encode_frame(1, 1, 0, big), std::invalid_argument);
    const Bytes at_cap(kMaxPayloadBytes);
    const Bytes f = encode_frame(1, 1, 0, at_cap);
    REQUIRE(f.size() == kMaxFrameBytes);
    REQUIRE(decode_frame(f, kV1).bytes_consumed == kMaxFrameBytes);
}
