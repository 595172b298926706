#include "common/csta/acse.h"
#include "common/csta/ber_writer.h"
#include "common/csta/rose.h"
#include "tests/csta/corpus.h"

#include <catch2/catch.hpp>

using namespace kxcti::csta;
using kxcti::test::csta::hex_bytes;

namespace {
RoseDecoded decode(const Bytes& b) {
    const auto c = classify_pdu(b);
    REQUIRE(c.ok);
    return decode_rose(c.top);
}
} // namespace

TEST_CASE("ROSE: error, reject and empty result round-trip") {
    Writer param;
    param.constructed(context(0, true), [&] { param.enumerated(12); });
    const Bytes err = encode_return_error(7, 1, param.bytes());
    REQUIRE(hex(err) == "a30b020107020101a0030a010c");
    auto d = decode(err);
    REQUIRE(d.ok);
    REQUIRE(d.pdu.kind == RoseKind::ReturnError);
    REQUIRE(d.pdu.error.invoke_id == 7);
    REQUIRE(d.pdu.error.error_code == 1);
    REQUIRE(error_text(d.pdu.error) == "universalFailure: operation 12 (invalidDeviceID)");

    d = decode(encode_reject(9, RejectProblem::Invoke, 1));
    REQUIRE(d.ok);
    REQUIRE(d.pdu.kind == RoseKind::Reject);
    REQUIRE(d.pdu.reject.invoke_id == 9);
    REQUIRE(reject_text(d.pdu.reject) == "invoke problem 1 (unrecognizedOperation)");
    d = decode(encode_reject(std::nullopt, RejectProblem::General, 2));
    REQUIRE(d.ok);
    REQUIRE_FALSE(d.pdu.reject.invoke_id);
    REQUIRE(reject_text(d.pdu.reject) == "general problem 2 (badlyStructuredPDU)");

    d = decode(encode_return_result_empty(300));
    REQUIRE(d.ok);
    REQUIRE(d.pdu.result.invoke_id == 300);
    REQUIRE_FALSE(d.pdu.result.opcode);
}

TEST_CASE("ROSE: linked ids and trailing vendor elements are tolerated and counted") {
    // [1] { id 5, linked [0] 4, opcode 21, argument NULL, extra OCTET STRING }
    const auto d = decode(hex_bytes("a10f020105800104020115050004020102"));
    REQUIRE(d.ok);
    REQUIRE(d.pdu.invoke.linked_id == 4);
    REQUIRE(d.pdu.invoke.opcode == 21);
    REQUIRE(d.skipped == 1);
}

TEST_CASE("ROSE: malformed APDUs are refused with a reason, never thrown") {
    struct Case {
        const char* hex;
        const char* error;
    };
    const Case cases[] = {
        {"a100", "empty ROSE APDU at offset 0"},
        {"a1030401aa", "Invoke without an INTEGER invoke id at offset 2"},
        {"a103020101", "Invoke without an operation code at offset 0"},
        {"a106020101040100", "Invoke: operation code at offset 5 is neither INTEGER nor OID"},
        {"a2070201013002a000", "ReturnResult: operation code at offset 7 is neither INTEGER nor OID"},
        {"a403020101", "Reject without a problem [0]..[3] at offset 0"},
        {"a50100", "[5] at offset 0 is not a ROSE APDU ([1] to [4], constructed)"},
    };
    for (const auto& c : cases) {
        INFO(c.hex);
        const Bytes b = hex_bytes(c.hex);
        const auto top = read_tlv(b);
        REQUIRE(top.status == Status::Ok);
        const auto d = decode_rose(top.tlv);
        REQUIRE_FALSE(d.ok);
        REQUIRE(d.error == c.error);
    }
}

TEST_CASE("ACSE: authentication is off by default and carried as the HiPath layout when on") {
    AssociationSettings s;
    s.authenticate = true;
    s.user = "cti";
    s.password = "1234";
    const Bytes aarq = encode_aarq(s);
    REQUIRE(hex(aarq) ==
            "60"
            "3a"
            "80020780"                      // protocol-version
            "a10706052b0c00815a"            // application context 1.3.12.0.218
            "8a020680"                      // sender-acse-requirements {authentication}
            "ac11a20fa00da00b0403637469040431323334"  // [12]{[2]{[0]{[0]{"cti","1234"}}}}
            "be14281206072b0c00821d8148a007a0050303000800");
    REQUIRE(check_structure(aarq).ok);
}

TEST_CASE("ACSE: a rejected association names the diagnostic and what to do") {
    const Bytes aare = encode_aare(1, 1, 13);
    const auto c = classify_pdu(aare);
    REQUIRE(c.kind == PduKind::Aare);
    const auto d = decode_aare(c.top);
    REQUIRE(d.ok);
    REQUIRE_FALSE(d.aare.accepted());
    REQUIRE(aare_text(d.aare) ==
            "rejected-permanent (1), acse-service-user: authentication-failure (13): check [csta] authenticate, "
            "user and password against the PBX's CTI settings");
    REQUIRE(aare_text(decode_aare(classify_pdu(encode_aare(2, 2, 2)).top).aare) ==
            "rejected-transient (2), acse-service-provider: 2");
}

TEST_CASE("PDUs are sorted by their outer tag") {
    REQUIRE(classify_pdu(encode_abort(1)).kind == PduKind::Abort);
    REQUIRE(classify_pdu(hex_bytes("62020500")).kind == PduKind::Release);
    REQUIRE(classify_pdu(hex_bytes("0500")).kind == PduKind::Unknown);
    const auto bad = classify_pdu(hex_bytes("a1050201"));
    REQUIRE_FALSE(bad.ok);
    REQUIRE(bad.error == "element at offset 0 is cut short: 3 more bytes needed");
}
