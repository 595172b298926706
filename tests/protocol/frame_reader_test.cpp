#include "bytes.h"
#include "protocol/frame_reader.h"
#include "protocol/messages.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <cstring>

using namespace kxcti::protocol;
using kxcti::test::Bytes;

namespace {
Bytes frame_of(const Message& m) {
    auto e = encode_message(m, 1);
    REQUIRE(e);
    return *e.value;
}

// Feeds `stream` in pieces of `step` bytes; returns the messages read, in order.
std::vector<Message> feed(FrameReader& reader, const Bytes& stream, std::size_t step) {
    std::vector<Message> out;
    std::size_t at = 0;
    while (at < stream.size()) {
        auto space = reader.prepare();
        REQUIRE(!space.empty());
        const std::size_t n = std::min({step, space.size(), stream.size() - at});
        std::memcpy(space.data(), stream.data() + at, n);
        reader.commit(n);
        at += n;
        while (true) {
            auto r = reader.next();
            REQUIRE(r.status != DecodeStatus::Error);
            if (r.status == DecodeStatus::NeedMore) break;
            auto m = decode_message(r.frame);
            REQUIRE(m);
            out.push_back(*m.value);
        }
    }
    return out;
}
} // namespace

TEST_CASE("frames come out whole and in order whatever the read sizes") {
    const std::vector<Message> sent{Ping{1}, Login{"anna", "pw", ""},
                                    ReportRows{3, {{"601", {std::string(20000, 'x')}}}}, Pong{2}};
    Bytes stream;
    for (const auto& m : sent) {
        auto f = frame_of(m);
        stream.insert(stream.end(), f.begin(), f.end());
    }
    for (std::size_t step : {std::size_t{1}, std::size_t{13}, std::size_t{14}, std::size_t{4096},
                             std::size_t{1} << 20}) {
        INFO("step " << step);
        FrameReader reader(kAnyVersion);
        REQUIRE(feed(reader, stream, step) == sent);
        REQUIRE(reader.buffered() == 0);
    }
}

TEST_CASE("the buffer grows only to what a valid header announced, and shrinks after") {
    FrameReader reader(kAnyVersion);
    reader.prepare();
    REQUIRE(reader.capacity() == kReadChunkBytes);
    const auto big = frame_of(ReportRows{1, {{"", {std::string(100000, 'y')}}}});
    feed(reader, Bytes(big.begin(), big.begin() + 14), 14);
    reader.prepare();
    REQUIRE(reader.capacity() == big.size());
    feed(reader, Bytes(big.begin() + 14, big.end()), 50000);
    reader.prepare();
    REQUIRE(reader.capacity() == kReadChunkBytes);
}

TEST_CASE("a hostile length is an error from the header alone, and the error is final") {
    FrameReader reader(kAnyVersion);
    const Bytes hostile = kxcti::test::header(1, 6, 0, 0x7FFFFFFF);
    auto space = reader.prepare();
    std::memcpy(space.data(), hostile.data(), hostile.size());
    reader.commit(hostile.size());
    auto r = reader.next();
    REQUIRE(r.status == DecodeStatus::Error);
    REQUIRE(r.error == FrameError::TooLarge);
    REQUIRE(reader.capacity() == 0);
    REQUIRE(reader.prepare().empty());
    REQUIRE(reader.next().error == FrameError::TooLarge);
}

TEST_CASE("after the handshake a frame of another version is refused") {
    FrameReader reader(kAnyVersion);
    reader.set_accepted({1, 1});
    auto f = encode_message(Ping{1}, 2);
    REQUIRE(f);
    auto space = reader.prepare();
    std::memcpy(space.data(), f.value->data(), f.value->size());
    reader.commit(f.value->size());
    auto r = reader.next();
    REQUIRE(r.status == DecodeStatus::Error);
    REQUIRE(r.text == "frame header: protocol version 2 at byte 4 is outside the accepted range 1");
}
