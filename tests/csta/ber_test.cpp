#include "common/csta/ber.h"
#include "common/csta/ber_writer.h"
#include "tests/csta/corpus.h"

#include <catch2/catch.hpp>

using namespace kxcti::csta;
using kxcti::test::csta::hex_bytes;

namespace {
// `depth` constructed elements nested inside each other around one NULL.
Bytes nested(int depth) {
    Writer w;
    std::function<void(int)> level = [&](int d) {
        if (d == 0) {
            w.null();
            return;
        }
        w.constructed(kSequenceTag, [&] { level(d - 1); });
    };
    level(depth);
    return w.take();
}
} // namespace

TEST_CASE("short and long definite lengths are read, the header size is reported") {
    const Bytes shortform = hex_bytes("0403616263");
    auto r = read_tlv(shortform);
    REQUIRE(r.status == Status::Ok);
    REQUIRE(r.tlv.tag == universal(univ::kOctetString));
    REQUIRE(r.tlv.header_bytes == 2);
    REQUIRE(r.tlv.value.size() == 3);

    Bytes long1 = hex_bytes("0481c8");
    long1.resize(3 + 200, 0x41);
    r = read_tlv(long1);
    REQUIRE(r.status == Status::Ok);
    REQUIRE(r.tlv.header_bytes == 3);
    REQUIRE(r.tlv.value.size() == 200);

    Bytes long2 = hex_bytes("30820134");
    long2.resize(4 + 0x134, 0);
    r = read_tlv(long2);
    REQUIRE(r.status == Status::Ok);
    REQUIRE(r.tlv.tag == kSequenceTag);
    REQUIRE(r.tlv.header_bytes == 4);
    REQUIRE(r.tlv.value.size() == 308);
    // A padded long form (0x81 for a length under 128) is tolerated.
    r = read_tlv(hex_bytes("048103616263"));
    REQUIRE(r.status == Status::Ok);
    REQUIRE(r.tlv.value.size() == 3);
}

TEST_CASE("multi-byte tags are read up to four continuation bytes") {
    // [38] constructed: bf 26; [APPLICATION 200]: 5f 81 48; [PRIVATE 2^28-1]: df ff ff ff 7f
    auto r = read_tlv(hex_bytes("bf260100"));
    REQUIRE(r.status == Status::Ok);
    REQUIRE(r.tlv.tag == context(38, true));
    REQUIRE(r.tlv.header_bytes == 3);
    r = read_tlv(hex_bytes("5f814801ff"));
    REQUIRE(r.status == Status::Ok);
    REQUIRE(r.tlv.tag == application(200, false));
    r = read_tlv(hex_bytes("dfffffff7f00"));
    REQUIRE(r.status == Status::Ok);
    REQUIRE(r.tlv.tag.cls == TagClass::Private);
    REQUIRE(r.tlv.tag.number == 0x0FFFFFFF);
    r = read_tlv(hex_bytes("dfffffffff7f00"));
    REQUIRE(r.status == Status::Error);
    REQUIRE(r.error == "tag number longer than 4 bytes at offset 0");
    r = read_tlv(hex_bytes("9f800100"));
    REQUIRE(r.status == Status::Error);
    REQUIRE(r.error == "tag number with a leading zero byte at offset 0");
}

TEST_CASE("every prefix of an element needs more, with the exact count once the length is known") {
    Bytes tlv = hex_bytes("bf2681c8");
    tlv.resize(4 + 200, 0x05);
    for (std::size_t n = 0; n < tlv.size(); ++n) {
        INFO("prefix " << n);
        const auto r = read_tlv(ByteView(tlv.data(), n));
        REQUIRE(r.status == Status::NeedMore);
        if (n >= 4) REQUIRE(r.needed == tlv.size() - n);
        else REQUIRE(r.needed >= 1);
    }
    REQUIRE(read_tlv(tlv).status == Status::Ok);
}

TEST_CASE("indefinite, reserved and oversized length fields are refused with the offset") {
    auto r = read_tlv(hex_bytes("30800000"), 7);
    REQUIRE(r.status == Status::Error);
    REQUIRE(r.error.rfind("indefinite length at offset 7", 0) == 0);
    r = read_tlv(hex_bytes("04ff"));
    REQUIRE(r.status == Status::Error);
    REQUIRE(r.error == "length field of 127 bytes at offset 0 (at most 4)");
    r = read_tlv(hex_bytes("04850100000000"));
    REQUIRE(r.status == Status::Error);
    // Four length bytes are accepted and describe 4 GiB: a stream reader waits (the frame
    // prefix caps it first), a complete PDU refuses it.
    r = read_tlv(hex_bytes("0484ffffffff00"));
    REQUIRE(r.status == Status::NeedMore);
    REQUIRE(r.needed == 0xFFFFFFFFu - 1);
    const auto check = check_structure(hex_bytes("0484ffffffff00"));
    REQUIRE_FALSE(check.ok);
    REQUIRE(check.error == "element at offset 0 is cut short: 4294967294 more bytes needed");
}

TEST_CASE("check_structure walks every element and refuses overruns, stray bytes and depth") {
    auto c = check_structure(hex_bytes("3006020101040100"));
    REQUIRE(c.ok);
    REQUIRE(c.elements == 3);
    // Inner OCTET STRING claims 5 bytes where its SEQUENCE has 3 left.
    c = check_structure(hex_bytes("3006020101040500"));
    REQUIRE_FALSE(c.ok);
    REQUIRE(c.error == "element at offset 5 runs 4 bytes past the end of the element that contains it");
    c = check_structure(hex_bytes("30030201010000"));
    REQUIRE_FALSE(c.ok);
    REQUIRE(c.error == "2 stray bytes after the element ending at offset 5");

    REQUIRE(check_structure(nested(kMaxDepth - 1)).ok);  // kMaxDepth - 1 SEQUENCEs + NULL
    REQUIRE(check_structure(nested(kMaxDepth)).ok);
    c = check_structure(nested(kMaxDepth + 1));
    REQUIRE_FALSE(c.ok);
    REQUIRE(c.error == "elements nested deeper than 32 at offset 64");
}

TEST_CASE("a cursor stops at a child that overruns its parent and says where") {
    const Bytes b = hex_bytes("3007020101040400ffff");
    const auto top = read_tlv(b);
    // The outer length (7) ends inside the OCTET STRING: the cursor sees the overrun.
    REQUIRE(top.status == Status::Ok);
    Cursor cur(top.tlv);
    REQUIRE(cur.next());
    REQUIRE_FALSE(cur.next());
    REQUIRE(cur.failed());
    REQUIRE(cur.error() == "element at offset 5 runs 2 bytes past the end of the element that contains it");
}

TEST_CASE("integers: two's complement, shortest form written, 1 to 8 bytes read") {
    struct Case {
        std::int64_t v;
        const char* hex;
    };
    const Case cases[] = {{0, "020100"},           {1, "020101"},         {127, "02017f"},
                          {128, "02020080"},       {211, "020200d3"},     {224, "020200e0"},
                          {1538, "02020602"},      {-1, "0201ff"},        {-128, "020180"},
                          {-129, "0202ff7f"},      {32767, "02027fff"},   {INT64_MAX, "02087fffffffffffffff"},
                          {INT64_MIN, "02088000000000000000"}};
    for (const auto& c : cases) {
        INFO(c.v);
        Writer w;
        w.integer(c.v);
        REQUIRE(hex(w.bytes()) == c.hex);
        const auto t = read_tlv(w.bytes());
        const auto r = read_integer(t.tlv);
        REQUIRE(r.ok);
        REQUIRE(r.value == c.v);
    }
    REQUIRE_FALSE(read_integer(read_tlv(hex_bytes("0200")).tlv).ok);
    const auto nine = read_integer(read_tlv(hex_bytes("0209010000000000000000")).tlv);
    REQUIRE_FALSE(nine.ok);
    REQUIRE(nine.error == "INTEGER at offset 0: integer of 9 bytes (1 to 8 accepted)");
}

TEST_CASE("the writer widens a constructed length past 127 and 255 bytes") {
    for (std::size_t n : {126u, 127u, 128u, 255u, 256u, 300u, 70000u}) {
        INFO(n);
        Writer w;
        w.constructed(kSequenceTag, [&] { w.string(std::string(n, 'x')); });
        const Bytes& b = w.bytes();
        const std::size_t inner_header = n < 128 ? 2 : n < 256 ? 3 : n < 65536 ? 4 : 5;
        const std::size_t content = n + inner_header;
        const std::size_t outer_header = content < 128 ? 2 : content < 256 ? 3 : content < 65536 ? 4 : 5;
        REQUIRE(b.size() == outer_header + content);
        REQUIRE(check_structure(b).ok);
        REQUIRE(reencode(b) == b);
    }
}

TEST_CASE("object identifiers, bit strings and booleans read and write") {
    Writer w;
    const std::vector<std::uint64_t> arcs = {1, 3, 12, 0, 285, 200};
    w.oid(arcs);
    REQUIRE(hex(w.bytes()) == "06072b0c00821d8148");
    REQUIRE(read_oid(read_tlv(w.bytes()).tlv) == arcs);
    REQUIRE_FALSE(read_oid(read_tlv(hex_bytes("06022b8c")).tlv));  // ends inside an arc
    const auto bits = read_bit_string(read_tlv(hex_bytes("0303000800")).tlv);
    REQUIRE(bits);
    REQUIRE(bits->unused_bits == 0);
    REQUIRE(bits->bits == Bytes{0x08, 0x00});
    REQUIRE_FALSE(read_bit_string(read_tlv(hex_bytes("030108")).tlv));  // 8 unused bits
    REQUIRE(read_boolean(read_tlv(hex_bytes("0101ff")).tlv) == true);
    REQUIRE_FALSE(read_boolean(read_tlv(hex_bytes("01020000")).tlv));
}

TEST_CASE("tags are named like unber names them") {
    REQUIRE(tag_text(application(21, false)) == "[APPLICATION 21]");
    REQUIRE(tag_text(context(3, true)) == "[3]");
    REQUIRE(tag_text(universal(univ::kEnumerated)) == "ENUMERATED");
    REQUIRE(tag_text(universal(30)) == "[UNIVERSAL 30]");
    REQUIRE(tag_text(Tag{TagClass::Private, false, 7}) == "[PRIVATE 7]");
}

TEST_CASE("hex text converts both ways and refuses odd or foreign characters") {
    REQUIRE(from_hex("A1 0c\n02") == Bytes{0xa1, 0x0c, 0x02});
    REQUIRE_FALSE(from_hex("a1c"));
    REQUIRE_FALSE(from_hex("zz"));
    REQUIRE(hex(Bytes{0x00, 0xff, 0x5a}) == "00ff5a");
}
