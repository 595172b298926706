#include "common/csta/framing.h"
#include "tests/csta/corpus.h"

#include <catch2/catch.hpp>

using namespace kxcti::csta;
using kxcti::test::csta::sample;

namespace {
const char* const kPanasonic = "panasonic_IrbisNN-LinTcMon_phonesystem.py.hex";

// A PDU of exactly `size` bytes: an OCTET STRING of the right length.
Bytes pdu_of(std::size_t size) {
    Bytes b;
    const std::size_t header = size < 130 ? 2 : size < 259 ? 3 : 4;
    const std::size_t body = size - header;
    b.push_back(0x04);
    if (header == 3) b.push_back(0x81);
    if (header == 4) b.push_back(0x82);
    if (header == 4) b.push_back(static_cast<std::uint8_t>(body >> 8));
    b.push_back(static_cast<std::uint8_t>(body & 0xFF));
    for (std::size_t i = 0; i < body; ++i) b.push_back(static_cast<std::uint8_t>(i * 7 + size));
    REQUIRE(b.size() == size);
    return b;
}

Bytes framed(const Bytes& pdu) { return *encode_frame(pdu); }

std::vector<Bytes> feed_all(FrameAssembler& a, const Bytes& stream, std::size_t chunk) {
    std::vector<Bytes> got;
    for (std::size_t at = 0; at < stream.size(); at += chunk) {
        const std::size_t n = std::min(chunk, stream.size() - at);
        const auto err = a.feed(ByteView(stream.data() + at, n), [&](ByteView pdu) { got.emplace_back(pdu.begin(), pdu.end()); });
        REQUIRE_FALSE(err);
    }
    return got;
}
} // namespace

TEST_CASE("the prefix is two big-endian bytes, also past 127 and 255") {
    REQUIRE(framed(Bytes{0xA2, 0x00}) == Bytes{0x00, 0x02, 0xA2, 0x00});
    for (std::size_t size : {127u, 128u, 255u, 256u, 300u, 4000u}) {
        INFO(size);
        const Bytes f = framed(pdu_of(size));
        REQUIRE(f.size() == size + 2);
        REQUIRE(f[0] == size >> 8);
        REQUIRE(f[1] == (size & 0xFF));
        const auto r = decode_frame(f);
        REQUIRE(r.status == Status::Ok);
        REQUIRE(r.consumed == size + 2);
        REQUIRE(Bytes(r.pdu.begin(), r.pdu.end()) == pdu_of(size));
    }
    REQUIRE_FALSE(encode_frame(Bytes(kMaxPduBytes + 1, 0)));
    REQUIRE(encode_frame(Bytes(kMaxPduBytes, 0))->size() == kMaxPduBytes + 2);
}

TEST_CASE("a frame split at every byte needs exactly the missing bytes") {
    const Bytes f = framed(pdu_of(300));
    for (std::size_t n = 0; n < f.size(); ++n) {
        INFO("prefix " << n);
        const auto r = decode_frame(ByteView(f.data(), n));
        REQUIRE(r.status == Status::NeedMore);
        REQUIRE(r.consumed == 0);
        REQUIRE(r.needed == (n < 2 ? 2 - n : f.size() - n));
    }
}

TEST_CASE("the assembler yields the same PDUs whatever the read sizes") {
    // The real association exchange and a 127-, 128-, 255-, 256- and 300-byte PDU in one stream.
    const std::vector<Bytes> pdus = {sample(kPanasonic, "PBX -> client: AARE"),
                                     sample(kPanasonic, "PBX -> client: ROSE Invoke id=1"),
                                     pdu_of(127), pdu_of(128), pdu_of(255), pdu_of(256), pdu_of(300),
                                     sample(kPanasonic, "PBX -> client (handled")};
    Bytes stream;
    for (const auto& p : pdus) {
        const Bytes f = framed(p);
        stream.insert(stream.end(), f.begin(), f.end());
    }
    for (std::size_t chunk = 1; chunk <= stream.size(); ++chunk) {
        INFO("reads of " << chunk << " bytes");
        FrameAssembler a;
        REQUIRE(feed_all(a, stream, chunk) == pdus);
        REQUIRE(a.buffered() == 0);
    }
}

TEST_CASE("a split at every single position of a two-PDU stream gives both PDUs once") {
    const Bytes one = framed(pdu_of(256));
    const Bytes two = framed(sample(kPanasonic, "client -> PBX (commented-out in code): ROSE ReturnResult"));
    Bytes stream = one;
    stream.insert(stream.end(), two.begin(), two.end());
    for (std::size_t cut = 0; cut <= stream.size(); ++cut) {
        INFO("cut at " << cut);
        FrameAssembler a;
        std::vector<Bytes> got;
        auto sink = [&](ByteView p) { got.emplace_back(p.begin(), p.end()); };
        REQUIRE_FALSE(a.feed(ByteView(stream.data(), cut), sink));
        REQUIRE_FALSE(a.feed(ByteView(stream.data() + cut, stream.size() - cut), sink));
        REQUIRE(got.size() == 2);
        REQUIRE(got[0] == pdu_of(256));
    }
}

TEST_CASE("a frame over the cap is refused from its prefix alone, the buffer is dropped") {
    FrameAssembler a(1000);
    const Bytes hostile = {0x03, 0xE9, 0xA1};  // announces 1001 bytes
    int calls = 0;
    const auto err = a.feed(hostile, [&](ByteView) { ++calls; });
    REQUIRE(err);
    REQUIRE(*err == "frame prefix announces a PDU of 1001 bytes (at most 1000 accepted): the peer is not a CSTA "
                    "link or the stream lost sync");
    REQUIRE(calls == 0);
    REQUIRE(a.buffered() == 0);
    // At the default cap, the largest prefix (65535) is waited for, never refused: it is legal.
    FrameAssembler b;
    REQUIRE_FALSE(b.feed(Bytes{0xFF, 0xFF, 0x00}, [&](ByteView) { ++calls; }));
    REQUIRE(b.buffered() == 3);
}

TEST_CASE("zero-length frames are skipped and counted") {
    FrameAssembler a;
    Bytes stream = {0x00, 0x00};
    const Bytes f = framed(pdu_of(10));
    stream.insert(stream.end(), f.begin(), f.end());
    stream.push_back(0x00);
    stream.push_back(0x00);
    const auto got = feed_all(a, stream, stream.size());
    REQUIRE(got.size() == 1);
    REQUIRE(a.empty_frames() == 2);
}
