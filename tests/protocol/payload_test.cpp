#include "alloc_probe.h"
#include "bytes.h"
#include "protocol/messages.h"
#include "protocol/payload.h"

#include <catch2/catch.hpp>

#include <chrono>

namespace test_structs {
// Shapes the first messages do not have yet: numbers of every width, vectors of numbers and of
// structs, a bool.
struct Row {
    std::uint16_t id = 0;
    std::string name;
    template <class Archive>
    void serialize(Archive& ar, unsigned) {
        ar & id & name;
    }
    friend bool operator==(const Row&, const Row&) = default;
};

struct Table {
    std::int32_t delta = 0;
    std::int64_t big = 0;
    double ratio = 0;
    float share = 0;
    bool live = false;
    std::vector<std::uint32_t> samples;
    std::vector<Row> rows;
    std::vector<std::vector<std::byte>> blobs;
    template <class Archive>
    void serialize(Archive& ar, unsigned) {
        ar & delta & big & ratio & share & live & samples & rows & blobs;
    }
    friend bool operator==(const Table&, const Table&) = default;
};

struct Samples {
    std::uint32_t id = 0;
    std::vector<std::uint32_t> values;
    template <class Archive>
    void serialize(Archive& ar, unsigned) {
        ar & id & values;
    }
};
} // namespace test_structs

KXCTI_PROTOCOL_STRUCT(test_structs::Row)
KXCTI_PROTOCOL_STRUCT(test_structs::Table)
KXCTI_PROTOCOL_STRUCT(test_structs::Samples)

using namespace kxcti::protocol;
using kxcti::test::Bytes;
using kxcti::test::le;
using kxcti::test::operator<<;
using test_structs::Row;
using test_structs::Samples;
using test_structs::Table;

namespace {
// No decode of a hostile frame may allocate more than this at once: far above anything an
// 84-byte frame can honestly need, far below what its length fields claim.
constexpr std::size_t kHostileAllocLimit = 64 * 1024;

Bytes hostile_samples_payload() {
    Bytes p = le(42, 4);             // id
    p << le(1u << 28, 4);            // 2^28 values claimed ...
    p << Bytes(62, std::byte{0x55}); // ... 62 bytes present
    return p;
}
} // namespace

TEST_CASE("numbers, bools, nested vectors and structs round-trip") {
    Table t{-2, -5'000'000'000, 0.25, 1.5f, true, {1, 0xFFFFFFFF}, {{7, "seven"}, {8, ""}},
            {{std::byte{0}, std::byte{0xFF}}, {}}};
    const auto encoded = encode_payload(t, 1);
    REQUIRE(encoded);
    const auto decoded = decode_payload<Table>(*encoded.value, 1);
    REQUIRE(decoded.text == "");
    REQUIRE(*decoded.value == t);

    // Signed integers are two's complement, little-endian.
    const Bytes first4(encoded.value->begin(), encoded.value->begin() + 4);
    REQUIRE(first4 == kxcti::test::bytes({0xFE, 0xFF, 0xFF, 0xFF}));
}

TEST_CASE("the smallest encoding of an element is measured, not guessed") {
    REQUIRE(min_wire_bytes<std::uint32_t>(1) == 4);
    REQUIRE(min_wire_bytes<std::string>(1) == 4);
    REQUIRE(min_wire_bytes<std::vector<Row>>(1) == 4);
    REQUIRE(min_wire_bytes<Row>(1) == 6);
    REQUIRE(min_wire_bytes<Table>(1) == 4 + 8 + 8 + 4 + 1 + 4 + 4 + 4);
}

TEST_CASE("a 2^28 vector count in an 84-byte frame is refused without allocating") {
    const Bytes payload = hostile_samples_payload();
    const Bytes frame = encode_frame(1, 100, 0, payload);
    REQUIRE(frame.size() == 84);
    const auto f = decode_frame(frame, kAnyVersion);
    REQUIRE(f.status == DecodeStatus::Ok);

    const auto started = std::chrono::steady_clock::now();
    PayloadResult<Samples> r;
    std::size_t largest = 0;
    {
        kxcti::test::AllocProbe probe;
        r = decode_payload<Samples>(f.frame.payload, 1);
        largest = probe.largest();
    }
    const auto took = std::chrono::steady_clock::now() - started;
    REQUIRE(largest > 0); // the probe works: the archive itself allocates a little
    REQUIRE(largest < kHostileAllocLimit);
    REQUIRE_FALSE(r);
    REQUIRE(r.error == PayloadError::CountTooLarge);
    REQUIRE(r.text == "collection count 268435456 at payload offset 4 needs at least 1073741824 "
                      "bytes (4 per element) but only 62 remain");
    // Zero-filling 1 GiB takes far longer than this; refusing takes microseconds.
    REQUIRE(took < std::chrono::milliseconds(100));
}

TEST_CASE("a Hello claiming 2^28 features in an 84-byte frame is refused without allocating") {
    Bytes payload = le(1, 2) << le(1, 2) << le(2, 1) << le(4, 4) << "test";
    payload << le(1u << 28, 4) << Bytes(53, std::byte{0});
    REQUIRE(payload.size() == 70);
    PayloadResult<Message> r;
    std::size_t largest = 0;
    {
        kxcti::test::AllocProbe probe;
        r = decode_message(Frame{1, 1, 0, payload});
        largest = probe.largest();
    }
    REQUIRE(largest < kHostileAllocLimit);
    REQUIRE(r.error == PayloadError::CountTooLarge);
    REQUIRE(r.text == "Hello (type 1): collection count 268435456 at payload offset 13 needs at "
                      "least 1073741824 bytes (4 per element) but only 53 remain");
}

TEST_CASE("a count that fits the bytes but not the elements' real size is refused") {
    // 10 Rows need at least 60 bytes; 40 are there.
    Bytes payload = le(0, 4) << le(0, 8) << le(0, 8) << le(0, 4) << le(0, 1) << le(0, 4);
    payload << le(10, 4) << Bytes(40, std::byte{0});
    const auto r = decode_payload<Table>(payload, 1);
    REQUIRE(r.error == PayloadError::CountTooLarge);
    REQUIRE(r.text == "collection count 10 at payload offset 29 needs at least 60 bytes (6 per "
                      "element) but only 40 remain");
}

TEST_CASE("a string length beyond the remaining bytes is refused before resizing") {
    Bytes payload = le(0, 1) << le(1000, 4) << "abc";
    PayloadResult<Message> r;
    std::size_t largest = 0;
    {
        kxcti::test::AllocProbe probe;
        r = decode_message(Frame{1, 4, 0, payload});
        largest = probe.largest();
    }
    REQUIRE(largest < 1000);
    REQUIRE(r.error == PayloadError::CountTooLarge);
    REQUIRE(r.text == "Goodbye (type 4): string length 1000 at payload offset 1 needs 1000 bytes "
                      "but only 3 remain");

    const auto huge = decode_message(Frame{1, 4, 0, le(0, 1) << le(0xFFFFFFFF, 4)});
    REQUIRE(huge.error == PayloadError::CountTooLarge);
}

TEST_CASE("an enum value past the last defined one is refused") {
    Bytes hello = le(1, 2) << le(1, 2) << le(3, 1) << le(0, 4) << le(0, 4);
    const auto r = decode_message(Frame{1, 1, 0, hello});
    REQUIRE(r.error == PayloadError::BadEnum);
    REQUIRE(r.text == "Hello (type 1): ClientKind value 3 at payload offset 4 is not defined (0 to "
                      "2 are)");

    const auto refused = decode_message(Frame{1, 3, 0, le(4, 1) << le(1, 2) << le(1, 2) << le(0, 4)});
    REQUIRE(refused.error == PayloadError::BadEnum);
    REQUIRE(refused.text == "Refused (type 3): RefusalCode value 4 at payload offset 0 is not "
                            "defined (0 to 3 are)");

    const auto error = decode_message(Frame{1, 5, 0, le(0xFFFF, 2) << le(0, 2) << le(0, 4)});
    REQUIRE(error.error == PayloadError::BadEnum);
}

TEST_CASE("a bool byte other than 0 or 1 is refused") {
    Bytes payload = le(0, 4) << le(0, 8) << le(0, 8) << le(0, 4) << le(2, 1) << le(0, 4);
    payload << le(0, 4) << le(0, 4);
    const auto r = decode_payload<Table>(payload, 1);
    REQUIRE(r.error == PayloadError::BadBool);
    REQUIRE(r.text == "bool byte 2 at payload offset 24 is neither 0 nor 1");
}

TEST_CASE("a field running past the end is refused") {
    const auto r = decode_message(Frame{1, 6, 0, le(1, 3)});
    REQUIRE(r.error == PayloadError::Truncated);
    REQUIRE(r.text == "Ping (type 6): a 4-byte field at payload offset 0 runs past the end (3 bytes "
                      "remain)");
}

TEST_CASE("bytes after a complete message are refused") {
    const auto r = decode_message(Frame{1, 6, 0, le(1, 4) << le(0, 2)});
    REQUIRE(r.error == PayloadError::TrailingBytes);
    REQUIRE(r.text == "Ping (type 6): 2 bytes after the end of the message at payload offset 4");
}
