#include "common/csta/acse.h"
#include "common/csta/ber_writer.h"
#include "common/csta/kme.h"
#include "common/csta/rose.h"
#include "common/csta/services.h"
#include "tests/csta/corpus.h"

#include <catch2/catch.hpp>

using namespace kxcti::csta;
using kxcti::test::csta::hex_bytes;

namespace {
Tlv top_of(const Bytes& b) {
    REQUIRE(check_structure(b).ok);
    return read_tlv(b).tlv;
}

ConnectionRef conn(std::string call, std::string at) {
    ConnectionRef c;
    c.call_id = std::move(call);
    c.device = dialing_number(std::move(at));
    return c;
}
} // namespace

TEST_CASE("monitorStart result: the cross reference, in HiPath's shape and bare") {
    // corpus siemens-hipath_*: CSTA_MonitorStartResponse result SEQUENCE { [APPLICATION 21] }
    const Bytes result = encode_monitor_start_result(std::string("\x00\x11", 2));
    REQUIRE(hex(result) == "30045502" "0011");
    REQUIRE(decode_monitor_start_result(top_of(result)) == std::string("\x00\x11", 2));
    REQUIRE(decode_monitor_start_result(top_of(hex_bytes("550101"))) == "\x01");
    REQUIRE_FALSE(decode_monitor_start_result(std::nullopt));
    REQUIRE_FALSE(decode_monitor_start_result(top_of(hex_bytes("30020500"))));
}

TEST_CASE("snapshotDevice: argument, compound and simple call states, idle device") {
    REQUIRE(hex(encode_snapshot_device_arg(dialing_number("201"))) == "3007" "3005" "8003323031");
    REQUIRE(decode_snapshot_device_arg(top_of(encode_snapshot_device_arg(device_number(9)))) == device_number(9));

    SnapshotCall ringing;
    ringing.connection = conn("\x20\x01", "201");
    ringing.compound = {ConnectionState::Alerting, ConnectionState::Connected};
    ringing.local_state = ConnectionState::Alerting;
    SnapshotCall held;
    held.connection = conn("\x20\x02", "201");
    held.endpoint = dialing_number("0123456789");
    held.simple = 0x43;  // callEstablishedOnHold: held-connect
    held.local_state = ConnectionState::Hold;
    const Bytes result = encode_snapshot_device_result({ringing, held});
    const auto d = decode_snapshot_device_result(top_of(result));
    REQUIRE(d.ok);
    REQUIRE(d.skipped == 0);
    REQUIRE(d.calls.size() == 2);
    REQUIRE(d.calls[0] == ringing);
    REQUIRE(d.calls[1] == held);
    REQUIRE(encode_snapshot_device_result(d.calls) == result);

    const auto idle = decode_snapshot_device_result(top_of(encode_snapshot_device_result({})));
    REQUIRE(idle.ok);
    REQUIRE(idle.calls.empty());
    REQUIRE(decode_snapshot_device_result(std::nullopt).ok);
    // The data may come later under a service cross reference instead.
    const auto later = decode_snapshot_device_result(top_of(hex_bytes("3003040107")));
    REQUIRE(later.ok);
    REQUIRE(later.service_cross_ref == "\x07");
}

TEST_CASE("getSwitchingFunctionDevices and its switchingFunctionDevices segments") {
    REQUIRE(hex(encode_get_switching_function_devices_arg()) == "3000");
    REQUIRE(hex(encode_get_switching_function_devices_arg(category::kStation)) == "30030a0108");
    REQUIRE(decode_get_switching_function_devices_result(top_of(hex_bytes("3003040155"))) == "\x55");

    DiscoveredDevice ext{dialing_number("201"), "201", category::kStation, std::nullopt};
    DiscoveredDevice group{dialing_number("600"), "600", category::kGroupAcd, std::nullopt};
    const Bytes seg = encode_switching_function_devices("\x55", 1, true, {ext, group});
    const auto d = decode_switching_function_devices(top_of(seg));
    REQUIRE(d.ok);
    REQUIRE(d.service_cross_ref == "\x55");
    REQUIRE(d.segment_id == 1);
    REQUIRE(d.last_segment);
    REQUIRE(d.devices == std::vector<DiscoveredDevice>{ext, group});

    const auto bad = decode_switching_function_devices(top_of(hex_bytes("3003040155")));
    REQUIRE_FALSE(bad.ok);
    REQUIRE(bad.error == "switchingFunctionDevices without lastSegment");
}

TEST_CASE("Panasonic device list: our reading of the layout, and an implicitly tagged variant") {
    DiscoveredDevice a{device_number(1), "101", -1, 1};
    DiscoveredDevice b{device_number(2), "102", -1, 1};
    DiscoveredDevice g{device_number(40), "600", -1, 0};
    const Bytes seg = encode_kme_device_list(3, false, {a, b, g}, "x");
    const auto d = decode_kme_device_list(top_of(seg));
    REQUIRE(d);
    REQUIRE(d->ok);
    REQUIRE(d->segment_id == 3);
    REQUIRE_FALSE(d->last_segment);
    REQUIRE(d->service_cross_ref == "x");
    REQUIRE(d->devices == std::vector<DiscoveredDevice>{a, b, g});

    // The same reply with every wrapper implicit: [3] { [0] xref, [1] seg, [2] last, [3] { [38] {
    // SEQUENCE OF entries } } }. The decoder finds the same facts.
    Writer w;
    w.constructed(kSequenceTag, [&] {
        w.constructed(context(4, true), [&] {
            w.constructed(context(3, true), [&] {
                w.string("x", context(0, false));
                w.integer(7, context(1, false));
                w.boolean(true, context(2, false));
                w.constructed(context(3, true), [&] {
                    w.constructed(context(38, true), [&] {
                        w.constructed(kSequenceTag, [&] {
                            w.constructed(kSequenceTag, [&] { w.constructed(kSequenceTag, [&] { w.integer(1, context(1, false)); });
                                                              w.string("101", universal(univ::kIa5String)); });
                        });
                    });
                });
            });
        });
    });
    const auto v = decode_kme_device_list(top_of(w.bytes()));
    REQUIRE(v);
    REQUIRE(v->ok);
    REQUIRE(v->segment_id == 7);
    REQUIRE(v->last_segment);
    REQUIRE(v->devices.size() == 1);
    REQUIRE(v->devices[0].device == device_number(1));
    REQUIRE(v->devices[0].number == "101");

    // A linked reply without lastSegment is reported, not guessed.
    Writer nolast;
    nolast.constructed(kSequenceTag, [&] {
        nolast.constructed(context(4, true), [&] { nolast.constructed(context(3, true), [&] { nolast.null(); }); });
    });
    const auto n = decode_kme_device_list(top_of(nolast.bytes()));
    REQUIRE(n);
    REQUIRE_FALSE(n->ok);
    REQUIRE(n->error == "Panasonic device list: device list segment without lastSegment");
}

TEST_CASE("systemStatus values are read from the argument in either shape") {
    REQUIRE(decode_system_status(top_of(hex_bytes("30030a0101"))) == 1);
    REQUIRE(decode_system_status(top_of(hex_bytes("0a0104"))) == 4);
    REQUIRE(decode_system_status(top_of(hex_bytes("3005040161" "0500"))) == std::nullopt);
    REQUIRE_FALSE(decode_system_status(std::nullopt));
}

TEST_CASE("Panasonic device list: a DeviceID without a number string is no entry (fuzzer find)") {
    // Found by fuzz_csta_rose: a lone DeviceID SEQUENCE inside the reply was taken for an entry
    // whose device was bare, and the re-encoding read back differently.
    const Bytes pdu = hex_bytes("a144020108020136303ca43aa3383036a003040178a103020101a2030101ffa30000000000000000"
                                "000000a10730058003323031010101300d700381012816033630300a0100");
    const auto c = classify_pdu(pdu);
    REQUIRE(c.ok);
    const auto r = decode_rose(c.top);
    REQUIRE(r.ok);
    const auto k = decode_kme_device_list(*r.pdu.invoke.argument);
    REQUIRE(k);
    REQUIRE(k->ok);
    REQUIRE(k->last_segment);
    REQUIRE(k->devices.empty());
    // A bare-device entry (with its number) still reads, and re-encodes to itself.
    DiscoveredDevice bare{dialing_number("201"), "201", -1, 0};
    bare.device.bare = true;
    const Bytes once = encode_kme_device_list(1, true, {bare});
    const auto back = decode_kme_device_list(top_of(once));
    REQUIRE(back->devices == std::vector<DiscoveredDevice>{bare});
    REQUIRE(encode_kme_device_list(1, true, back->devices) == once);
}

TEST_CASE("switchingFunctionDevices: a category outside the enumeration survives re-encoding (fuzzer find)") {
    // Found by fuzz_csta_rose: category -128 was dropped by the encoder and read back as station.
    const Bytes arg = hex_bytes("30200401550201010101ff3015300739058003323031300a30058003363030800180");
    const auto d = decode_switching_function_devices(top_of(arg));
    REQUIRE(d.ok);
    REQUIRE(d.skipped == 1);  // the entry whose device is no DeviceID
    REQUIRE(d.devices.size() == 1);
    REQUIRE(d.devices[0].category == -128);
    const Bytes once = encode_switching_function_devices("\x55", 1, true, d.devices);
    REQUIRE(decode_switching_function_devices(top_of(once)).devices == d.devices);
}
