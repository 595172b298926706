// libFuzzer entry point for everything the CSTA link does with a received PDU: sorting, ACSE,
// ROSE, event reports, systemStatus, snapshot, monitor and device-list results. Invariants:
//  - nothing fails without a reason;
//  - every decoded event, snapshot and device list re-encodes, and the re-encoding is a fixed
//    point (decode(encode(x)) encodes to the same bytes): the writer and the tolerant reader
//    agree on everything the reader keeps.
#include "common/csta/acse.h"
#include "common/csta/event.h"
#include "common/csta/kme.h"
#include "common/csta/rose.h"
#include "common/csta/services.h"

#include <cstddef>
#include <cstdint>

namespace {
using namespace kxcti::csta;

void check(bool ok) {
    if (!ok) __builtin_trap();
}

Tlv top_of(const Bytes& b) {
    check(check_structure(b).ok);
    return read_tlv(b).tlv;
}

void event_fixed_point(const Event& e) {
    const Bytes once = encode_event_report(e);
    const auto back = decode_event_report(top_of(once));
    check(back.ok);
    check(encode_event_report(back.event) == once);
    (void)event_text(back.event);
}

void argument(const Tlv& arg) {
    const auto e = decode_event_report(arg);
    check(e.ok || !e.error.empty());
    if (e.ok) event_fixed_point(e.event);

    (void)decode_system_status(arg);
    (void)decode_monitor_start_arg(arg);
    (void)decode_snapshot_device_arg(arg);

    if (const auto k = decode_kme_device_list(arg)) {
        check(k->ok || !k->error.empty());
        if (k->ok) {
            const Bytes once = encode_kme_device_list(k->segment_id.value_or(0), k->last_segment, k->devices,
                                                      k->service_cross_ref.value_or(""));
            const auto back = decode_kme_device_list(top_of(once));
            check(back && back->ok);
            check(back->devices.size() == k->devices.size());
            check(encode_kme_device_list(back->segment_id.value_or(0), back->last_segment, back->devices,
                                         back->service_cross_ref.value_or("")) == once);
        }
    }
    const auto s = decode_switching_function_devices(arg);
    check(s.ok || !s.error.empty());
    if (s.ok) {
        const Bytes once = encode_switching_function_devices(s.service_cross_ref.value_or(""), s.segment_id.value_or(0),
                                                             s.last_segment, s.devices);
        const auto back = decode_switching_function_devices(top_of(once));
        check(back.ok && back.devices == s.devices);
    }
}

void result(const std::optional<Tlv>& res) {
    const auto s = decode_snapshot_device_result(res);
    check(s.ok || !s.error.empty());
    if (s.ok) {
        const Bytes once = encode_snapshot_device_result(s.calls);
        const auto back = decode_snapshot_device_result(top_of(once));
        check(back.ok);
        check(encode_snapshot_device_result(back.calls) == once);
    }
    (void)decode_monitor_start_result(res);
    (void)decode_get_switching_function_devices_result(res);
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const auto c = classify_pdu(ByteView(data, size));
    if (!c.ok) {
        check(!c.error.empty());
        return 0;
    }
    if (c.kind == PduKind::Aare) {
        const auto a = decode_aare(c.top);
        check(a.ok || !a.error.empty());
        if (a.ok) (void)aare_text(a.aare);
        return 0;
    }
    if (c.kind != PduKind::Rose) return 0;
    const auto r = decode_rose(c.top);
    if (!r.ok) {
        check(!r.error.empty());
        return 0;
    }
    switch (r.pdu.kind) {
    case RoseKind::Invoke:
        if (r.pdu.invoke.argument) argument(*r.pdu.invoke.argument);
        break;
    case RoseKind::ReturnResult: result(r.pdu.result.result); break;
    case RoseKind::ReturnError: (void)error_text(r.pdu.error); break;
    case RoseKind::Reject: (void)reject_text(r.pdu.reject); break;
    }
    return 0;
}
