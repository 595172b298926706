// Hostile input: lengths that claim more than the frame, nesting past the cap, every
// truncation and byte flip of the golden PDUs. Nothing may throw, crash or allocate by a
// peer-chosen size; every refusal carries a reason.
#include "common/csta/acse.h"
#include "common/csta/ber_writer.h"
#include "common/csta/event.h"
#include "common/csta/framing.h"
#include "common/csta/kme.h"
#include "common/csta/rose.h"
#include "common/csta/services.h"
#include "tests/csta/alloc_probe.h"
#include "tests/csta/corpus.h"

#include <catch2/catch.hpp>

using namespace kxcti::csta;
using kxcti::test::csta::AllocProbe;
using kxcti::test::csta::hex_bytes;
using kxcti::test::csta::load_hex;

namespace {

// Runs a PDU through everything the link would do with it; returns false if anything failed
// without a reason.
bool digest(ByteView pdu) {
    const auto c = classify_pdu(pdu);
    if (!c.ok) return !c.error.empty();
    if (c.kind == PduKind::Aare) {
        const auto a = decode_aare(c.top);
        return a.ok || !a.error.empty();
    }
    if (c.kind != PduKind::Rose) return true;
    const auto r = decode_rose(c.top);
    if (!r.ok) return !r.error.empty();
    if (r.pdu.kind == RoseKind::Invoke && r.pdu.invoke.argument) {
        const Tlv& arg = *r.pdu.invoke.argument;
        const auto e = decode_event_report(arg);
        if (!e.ok && e.error.empty()) return false;
        if (e.ok) (void)event_text(e.event);
        (void)decode_system_status(arg);
        if (auto k = decode_kme_device_list(arg); k && !k->ok && k->error.empty()) return false;
        const auto s = decode_switching_function_devices(arg);
        if (!s.ok && s.error.empty()) return false;
    }
    if (r.pdu.kind == RoseKind::ReturnResult) {
        const auto s = decode_snapshot_device_result(r.pdu.result.result);
        if (!s.ok && s.error.empty()) return false;
        (void)decode_monitor_start_result(r.pdu.result.result);
    }
    return true;
}

std::vector<Bytes> golden() {
    std::vector<Bytes> out;
    for (const char* f : {"panasonic_IrbisNN-LinTcMon_phonesystem.py.hex", "panasonic_IrbisNN-LinTcMon_lintcmon.py.hex",
                          "unknownPBX-phase2_apochekutov-pythoncsta_csta.py.hex"})
        for (const auto& s : load_hex(f)) out.push_back(s.bytes);
    out.push_back(kxcti::test::csta::bytes_from_unber_xml("SYNTHETIC-delivered-from-hipath-template.unber.xml"));
    return out;
}

} // namespace

TEST_CASE("a length claiming gigabytes inside a small PDU is refused without allocating for it") {
    AllocProbe probe;
    // An Invoke whose own length says 2 GiB.
    const auto c = classify_pdu(hex_bytes("a1847fffffff020101"));
    REQUIRE_FALSE(c.ok);
    REQUIRE(c.error == "element at offset 0 is cut short: 2147483644 more bytes needed");
    // Invoke { id 1, opcode 21, SEQUENCE claiming 0x70000000 bytes with one left }.
    const auto inner = classify_pdu(hex_bytes("a10d02010102011530847000000000"));
    REQUIRE_FALSE(inner.ok);
    REQUIRE(inner.error == "element at offset 8 runs 1879048191 bytes past the end of the element that contains it");
    FrameAssembler a(4096);
    const auto err = a.feed(hex_bytes("ffffa1"), [](ByteView) {});
    REQUIRE(err);
    REQUIRE(probe.largest() < 512);  // error texts only
}

TEST_CASE("nesting far past the cap is refused cleanly at the cap") {
    Writer w;
    std::function<void(int)> level = [&](int d) {
        if (d == 0) return w.null();
        w.constructed(context(1, true), [&] { level(d - 1); });
    };
    level(2000);
    const Bytes deep = w.take();
    REQUIRE(deep.size() > 4000);
    AllocProbe probe;
    const auto c = classify_pdu(deep);
    REQUIRE_FALSE(c.ok);
    REQUIRE(c.error.rfind("elements nested deeper than 32 at offset ", 0) == 0);
    REQUIRE(probe.largest() < 512);
    // The decoders refuse the same depth even when handed the element without the check.
    const auto top = read_tlv(deep).tlv;
    const auto r = decode_rose(top);
    REQUIRE_FALSE(r.ok);
}

TEST_CASE("every truncation of every golden PDU is refused or decoded, never thrown") {
    for (const auto& g : golden()) {
        INFO(hex(g));
        REQUIRE(digest(g));
        for (std::size_t n = 0; n < g.size(); ++n) {
            const auto c = classify_pdu(ByteView(g.data(), n));
            REQUIRE_FALSE(c.ok);  // a cut PDU never passes as complete
            REQUIRE(digest(ByteView(g.data(), n)));
        }
    }
}

TEST_CASE("every single-byte change of every golden PDU is refused or decoded, never thrown") {
    std::size_t refused = 0;
    std::size_t decoded = 0;
    for (const auto& g : golden()) {
        for (std::size_t i = 0; i < g.size(); ++i) {
            for (int v : {0x00, 0x01, 0x1f, 0x30, 0x7f, 0x80, 0x81, 0x84, 0xa1, 0xbf, 0xff}) {
                Bytes m = g;
                m[i] = static_cast<std::uint8_t>(v);
                REQUIRE(digest(m));
                (classify_pdu(m).ok ? decoded : refused) += 1;
            }
        }
    }
    // Both outcomes occur: the test exercises the error paths and the tolerant ones.
    REQUIRE(refused > 100);
    REQUIRE(decoded > 100);
}
