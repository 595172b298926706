// The only public Panasonic bytes (tests/data/csta, copied verbatim from the shared corpus):
// each decodes to what its source says and our encoders produce it byte for byte.
#include "common/csta/acse.h"
#include "common/csta/ber_writer.h"
#include "common/csta/kme.h"
#include "common/csta/rose.h"
#include "common/csta/services.h"
#include "tests/csta/corpus.h"

#include <catch2/catch.hpp>

using namespace kxcti::csta;
using kxcti::test::csta::load_hex;
using kxcti::test::csta::sample;

namespace {
const char* const kPanasonic = "panasonic_IrbisNN-LinTcMon_phonesystem.py.hex";
const char* const kOther = "unknownPBX-phase2_apochekutov-pythoncsta_csta.py.hex";

RosePdu rose_of(const Bytes& pdu) {
    const auto c = classify_pdu(pdu);
    REQUIRE(c.ok);
    REQUIRE(c.kind == PduKind::Rose);
    const auto r = decode_rose(c.top);
    REQUIRE(r.ok);
    REQUIRE(r.skipped == 0);
    return r.pdu;
}
} // namespace

TEST_CASE("golden: our AARQ is the public Panasonic client's AARQ byte for byte") {
    const Bytes expected = load_hex("panasonic_IrbisNN-LinTcMon_lintcmon.py.hex").at(0).bytes;
    REQUIRE(expected.size() == 37);
    REQUIRE(encode_aarq(AssociationSettings{}) == expected);
    const auto c = classify_pdu(expected);
    REQUIRE(c.ok);
    REQUIRE(c.kind == PduKind::Aarq);
    REQUIRE(reencode(expected) == expected);
}

TEST_CASE("golden: the Panasonic AARE decodes as accepted with CSTA versionFive and re-encodes") {
    const Bytes aare = sample(kPanasonic, "PBX -> client: AARE");
    const auto c = classify_pdu(aare);
    REQUIRE(c.ok);
    REQUIRE(c.kind == PduKind::Aare);
    const auto d = decode_aare(c.top);
    REQUIRE(d.ok);
    REQUIRE(d.skipped == 0);
    REQUIRE(d.aare.accepted());
    REQUIRE(d.aare.result == 0);
    REQUIRE(d.aare.diagnostic_source == 1);
    REQUIRE(d.aare.diagnostic == 1);
    REQUIRE(d.aare.context == std::vector<std::uint64_t>{1, 3, 12, 0, 218});
    REQUIRE(d.aare.csta_version_bits == kCstaVersionFive);
    REQUIRE(aare_text(d.aare) == "accepted (0)");
    REQUIRE(encode_aare(0, 1, 1) == aare);
    REQUIRE(reencode(aare) == aare);
}

TEST_CASE("golden: systemStatus invoke and the answer the PBX expects") {
    const Bytes invoke = sample(kPanasonic, "PBX -> client: ROSE Invoke id=1");
    const RosePdu p = rose_of(invoke);
    REQUIRE(p.kind == RoseKind::Invoke);
    REQUIRE(p.invoke.invoke_id == 1);
    REQUIRE_FALSE(p.invoke.linked_id);
    REQUIRE(p.invoke.opcode == op::kSystemStatus);
    REQUIRE(decode_system_status(p.invoke.argument) == static_cast<std::int64_t>(SystemStatus::Normal));
    REQUIRE(encode_invoke(1, op::kSystemStatus, encode_system_status_arg(SystemStatus::Normal)) == invoke);

    const Bytes answer = sample(kPanasonic, "client -> PBX (commented-out in code): ROSE ReturnResult");
    REQUIRE(encode_null_result(1, op::kSystemStatus) == answer);
    const RosePdu a = rose_of(answer);
    REQUIRE(a.kind == RoseKind::ReturnResult);
    REQUIRE(a.result.invoke_id == 1);
    REQUIRE(a.result.opcode == op::kSystemStatus);
    REQUIRE(a.result.result->tag == universal(univ::kNull));
}

TEST_CASE("golden: the Panasonic escape device-list requests, ids 0x0602 and 0xE0") {
    const Bytes five = sample(kPanasonic, "client -> PBX: ROSE Invoke id=0x0602");
    const Bytes two = sample(kPanasonic, "client -> PBX: same escape");
    REQUIRE(encode_invoke(0x0602, op::kEscape, encode_kme_device_list_request(5)) == five);
    REQUIRE(encode_invoke(0xE0, op::kEscape, encode_kme_device_list_request(2)) == two);
    const RosePdu p = rose_of(two);
    REQUIRE(p.invoke.invoke_id == 224);
    REQUIRE(p.invoke.opcode == op::kEscape);
    // A request is not a device-list reply: the reply decoder says "not mine", not "broken".
    REQUIRE_FALSE(decode_kme_device_list(*p.invoke.argument));
}

TEST_CASE("golden: monitorStart on dialing number 101 with an empty filter") {
    const Bytes ms = sample(kPanasonic, "client -> PBX (commented-out in code): ROSE Invoke id=0x78");
    REQUIRE(encode_invoke(0x78, op::kMonitorStart, encode_monitor_start_arg(dialing_number("101"))) == ms);
    const RosePdu p = rose_of(ms);
    REQUIRE(p.invoke.opcode == op::kMonitorStart);
    const auto dev = decode_monitor_start_arg(*p.invoke.argument);
    REQUIRE(dev);
    REQUIRE(*dev == dialing_number("101"));
}

TEST_CASE("golden: the PBX's 80 01 00 is sorted as the peer-close signal") {
    const auto c = classify_pdu(sample(kPanasonic, "PBX -> client (handled"));
    REQUIRE(c.ok);
    REQUIRE(c.kind == PduKind::PeerClose);
}

TEST_CASE("golden: other vendors' ROSE PDUs (escape invoke, privateEvent result) decode and re-encode") {
    for (const auto& s : load_hex(kOther)) {
        INFO(s.label);
        REQUIRE(reencode(s.bytes) == s.bytes);
    }
    const RosePdu inv = rose_of(sample(kOther, "inp1"));
    REQUIRE(inv.kind == RoseKind::Invoke);
    REQUIRE(inv.invoke.invoke_id == 1);
    REQUIRE(inv.invoke.opcode == op::kEscape);
    REQUIRE(inv.invoke.argument->tag == application(30, true));
    REQUIRE(inv.invoke.argument->value.size() == 106);
    const RosePdu res = rose_of(sample(kOther, "inp (48 bytes)"));
    REQUIRE(res.kind == RoseKind::ReturnResult);
    REQUIRE(res.result.invoke_id == 1000);
    REQUIRE(res.result.opcode == op::kPrivateEvent);
    REQUIRE(res.result.result->tag == application(29, true));
    // Neither is Panasonic private data.
    REQUIRE_FALSE(decode_kme_device_list(*inv.invoke.argument));

    const auto aarq = load_hex("unknownPBX-phase2_apochekutov-pythoncsta_asce.py.hex").at(0).bytes;
    const auto c = classify_pdu(aarq);
    REQUIRE(c.kind == PduKind::Aarq);
    REQUIRE(reencode(aarq) == aarq);
}
