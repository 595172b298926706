#include "common/csta/acse.h"
#include "common/csta/ber_writer.h"
#include "common/csta/device_codec.h"
#include "common/csta/event.h"
#include "common/csta/rose.h"
#include "tests/csta/corpus.h"

#include <catch2/catch.hpp>

using namespace kxcti::csta;
using kxcti::test::csta::bytes_from_unber_xml;
using kxcti::test::csta::hex_bytes;

namespace {

struct Decoded {
    std::int64_t invoke_id = 0;
    Event event;
};

Decoded decode_invoke(const Bytes& pdu) {
    const auto c = classify_pdu(pdu);
    REQUIRE(c.ok);
    REQUIRE(c.kind == PduKind::Rose);
    const auto r = decode_rose(c.top);
    REQUIRE(r.ok);
    REQUIRE(r.pdu.kind == RoseKind::Invoke);
    REQUIRE(r.pdu.invoke.opcode == op::kEventReport);
    REQUIRE(r.pdu.invoke.argument);
    const auto e = decode_event_report(*r.pdu.invoke.argument);
    INFO(e.error);
    REQUIRE(e.ok);
    return {r.pdu.invoke.invoke_id, e.event};
}

ConnectionRef conn(std::string call, std::string at) {
    ConnectionRef c;
    c.call_id = std::move(call);
    c.device = dialing_number(std::move(at));
    return c;
}

DeviceRef not_known() {
    DeviceRef d;
    d.form = DeviceForm::NotKnown;
    return d;
}

Event base(EventType type) {
    Event e;
    e.type = type;
    const auto tags = event_tags(type);
    REQUIRE(tags);
    e.category = tags->category;
    e.event_tag = tags->tag;
    e.cross_ref = std::string("\x00\x07", 2);
    return e;
}

} // namespace

TEST_CASE("golden: the synthetic Delivered (HiPath template, enber) decodes and re-encodes byte-identically") {
    const Bytes pdu = bytes_from_unber_xml("SYNTHETIC-delivered-from-hipath-template.unber.xml");
    REQUIRE(pdu.size() == 92);
    const auto d = decode_invoke(pdu);
    const Event& e = d.event;
    REQUIRE(d.invoke_id == 5);
    REQUIRE(e.type == EventType::Delivered);
    REQUIRE(e.category == 0);
    REQUIRE(e.event_tag == 4);
    REQUIRE(e.cross_ref == std::string("\x00\x01", 2));
    REQUIRE(e.connection == conn(std::string("\x00\x2a", 2), "201"));
    REQUIRE(e.subject == dialing_number("201"));
    REQUIRE(e.calling == dialing_number("101"));
    REQUIRE(e.called == dialing_number("201"));
    REQUIRE(e.last_redirection.form == DeviceForm::NotKnown);
    REQUIRE(e.other.form == DeviceForm::Absent);
    REQUIRE(e.local_state == ConnectionState::Alerting);
    REQUIRE(e.cause == cause::kNewCall);
    REQUIRE(e.timestamp == "20240101120000");
    REQUIRE(e.extensions.size() == 20);
    REQUIRE(e.skipped == 0);
    REQUIRE(event_text(e) ==
            "Delivered call 002a at 201: at 201, calling 101, called 201, redirected-by notKnown, state alerting, "
            "cause newCall, extensions 7e12a010180e3230323430313031313230303030");
    REQUIRE(encode_event_invoke(5, e) == pdu);
}

TEST_CASE("every event the link decodes round-trips through encode and decode") {
    std::vector<Event> events;
    {
        Event e = base(EventType::Queued);  // ICD group 600 queues a call from an outside line
        e.connection = conn("\x10\x01", "600");
        e.subject = dialing_number("600");
        e.calling = dialing_number("0123456789");
        e.called = dialing_number("600");
        e.last_redirection = not_known();
        e.number_queued = 3;
        e.calls_in_front = 2;
        e.local_state = ConnectionState::Queued;
        e.cause = cause::kEnteringDistribution;
        events.push_back(e);
    }
    {
        Event e = base(EventType::Diverted);  // group 600 hands it to agent 201
        e.connection = conn("\x10\x01", "600");
        e.subject = dialing_number("600");
        e.other = dialing_number("201");
        e.calling = dialing_number("0123456789");
        e.called = dialing_number("600");
        e.last_redirection = dialing_number("600");
        e.cause = cause::kDistributed;
        events.push_back(e);
    }
    for (auto type : {EventType::Delivered, EventType::Established, EventType::Failed, EventType::NetworkReached}) {
        Event e = base(type);
        e.connection = conn("\x10\x01", "201");
        e.subject = dialing_number("201");
        e.calling = dialing_number("0123456789");
        e.called = dialing_number("600");
        e.last_redirection = dialing_number("600");
        e.local_state = type == EventType::Delivered ? ConnectionState::Alerting : ConnectionState::Connected;
        e.correlator_data = "c";
        e.cause = type == EventType::Delivered ? cause::kNewCall : cause::kNormal;
        e.network_calling = dialing_number("0123456789");
        e.associated_called = dialing_number("601");
        events.push_back(e);
    }
    for (auto type : {EventType::ConnectionCleared, EventType::Held, EventType::Retrieved, EventType::ServiceInitiated}) {
        Event e = base(type);
        e.connection = conn("\x10\x01", "201");
        e.subject = dialing_number("201");
        e.local_state = ConnectionState::Null;
        e.cause = cause::kNormalClearing;
        events.push_back(e);
    }
    {
        Event e = base(EventType::CallCleared);
        e.connection.call_id = std::string("\x10\x01");
        e.cause = cause::kNormalClearing;
        events.push_back(e);
    }
    {
        Event e = base(EventType::Originated);
        e.connection = conn("\x10\x02", "202");
        e.subject = dialing_number("202");
        e.called = dialing_number("90123");
        e.local_state = ConnectionState::Connected;
        e.cause = cause::kNewCall;
        events.push_back(e);
    }
    {
        Event e = base(EventType::Transferred);  // 201 transfers the caller to 202: new call id
        e.connection = conn("\x10\x01", "201");
        e.secondary = conn("\x10\x03", "201");
        e.subject = dialing_number("201");
        e.other = dialing_number("202");
        ConnectionListEntry a;
        a.new_connection = conn("\x10\x04", "202");
        a.old_connection = conn("\x10\x03", "202");
        a.endpoint = dialing_number("202");
        ConnectionListEntry b;
        b.new_connection = conn("\x10\x04", "0123456789");
        b.endpoint.form = DeviceForm::NotKnown;
        e.connections = {a, b};
        e.cause = cause::kTransfer;
        events.push_back(e);
    }
    {
        Event e = base(EventType::Conferenced);
        e.connection = conn("\x10\x01", "201");
        e.secondary = conn("\x10\x03", "201");
        e.subject = dialing_number("201");
        e.other = dialing_number("203");
        ConnectionListEntry a;
        a.new_connection = conn("\x10\x01", "203");
        a.endpoint = dialing_number("203");
        e.connections = {a};
        e.local_state = ConnectionState::Connected;
        e.cause = 63;  // conference
        events.push_back(e);
    }
    for (auto type : {EventType::AgentBusy, EventType::AgentLoggedOn, EventType::AgentLoggedOff, EventType::AgentNotReady,
                      EventType::AgentReady, EventType::AgentWorkingAfterCall}) {
        Event e = base(type);
        e.subject = dialing_number("201");
        e.agent_id = "7";
        e.acd_group = dialing_number("600");
        events.push_back(e);
    }
    REQUIRE(events.size() == 20);
    for (const auto& e : events) {
        INFO(event_type_name(e.type));
        const Bytes pdu = encode_event_invoke(42, e);
        const auto d = decode_invoke(pdu);
        REQUIRE(d.invoke_id == 42);
        REQUIRE(d.event == e);
        REQUIRE(encode_event_invoke(42, d.event) == pdu);
    }
}

TEST_CASE("devices in every DeviceID form, bare or wrapped, decode and re-encode identically") {
    std::vector<DeviceRef> forms;
    forms.push_back(dialing_number("201"));
    forms.push_back(device_number(17));
    for (auto f : {DeviceForm::ImplicitPublic, DeviceForm::ImplicitPrivate, DeviceForm::Other}) {
        DeviceRef d;
        d.form = f;
        d.number = "0612345678";
        forms.push_back(d);
    }
    DeviceRef ex;
    ex.form = DeviceForm::ExplicitPublic;
    ex.ton = 2;  // national
    ex.number = "612345678";
    forms.push_back(ex);
    ex.form = DeviceForm::ExplicitPrivate;
    ex.ton = 5;
    forms.push_back(ex);
    for (auto f : {DeviceForm::NotKnown, DeviceForm::Restricted}) {
        DeviceRef d;
        d.form = f;
        forms.push_back(d);
    }
    for (bool bare : {false, true}) {
        for (auto d : forms) {
            if (d.has_number()) d.bare = bare;
            INFO(device_text(d) << (bare ? " bare" : ""));
            Event e = base(EventType::Established);
            e.connection = conn("\x01", "201");
            e.subject = d;
            e.calling = d;
            e.last_redirection = d;
            e.cause = cause::kNormal;
            const Bytes pdu = encode_event_invoke(1, e);
            const auto back = decode_invoke(pdu);
            REQUIRE(back.event.subject == d);
            REQUIRE(back.event.calling == d);
            REQUIRE(back.event.last_redirection == d);
            REQUIRE(encode_event_invoke(1, back.event) == pdu);
        }
    }
}

TEST_CASE("unknown elements anywhere in an event are skipped, counted and named - known fields survive") {
    // Delivered with a vendor [APPLICATION 25] before the connection, a context [20] after the
    // cause and a PRIVATE element at the end.
    Writer w;
    w.constructed(kSequenceTag, [&] {
        w.string(std::string("\x00\x09", 2), application(21, false));
        w.constructed(context(0, true), [&] {
            w.constructed(context(4, true), [&] {
                w.string("vendor", application(25, false));
                w.constructed(application(11, true), [&] { w.string("\x05", context(0, false)); });
                w.constructed(application(3, true), [&] {
                    w.constructed(kSequenceTag, [&] { w.string("201", context(0, false)); });
                });
                w.enumerated(cause::kDistributed);
                w.constructed(context(20, true), [&] { w.null(); });
                w.null(Tag{TagClass::Private, false, 3});
            });
        });
    });
    const auto top = read_tlv(w.bytes());
    REQUIRE(check_structure(w.bytes()).ok);
    const auto d = decode_event_report(top.tlv);
    REQUIRE(d.ok);
    REQUIRE(d.event.type == EventType::Delivered);
    REQUIRE(d.event.connection.call_id == "\x05");
    REQUIRE(d.event.subject == dialing_number("201"));
    REQUIRE(d.event.cause == cause::kDistributed);
    REQUIRE(d.event.skipped == 3);
    REQUIRE(d.event.skipped_tags == std::vector<std::string>{"[APPLICATION 25]@10", "[20]@35", "[PRIVATE 3]@39"});
}

TEST_CASE("events of other categories are kept as Other with their tags") {
    Writer w;
    w.constructed(kSequenceTag, [&] {
        w.string("x", application(21, false));
        w.constructed(context(7, true), [&] {      // vendorSpecEvents
            w.constructed(context(2, true), [&] {  // some private event
                w.constructed(application(11, true), [&] { w.string("\x09", context(0, false)); });
                w.enumerated(cause::kNormal);
            });
        });
    });
    const auto d = decode_event_report(read_tlv(w.bytes()).tlv);
    REQUIRE(d.ok);
    REQUIRE(d.event.type == EventType::Other);
    REQUIRE(d.event.category == 7);
    REQUIRE(d.event.event_tag == 2);
    REQUIRE(d.event.connection.call_id == "\x09");
    REQUIRE(event_text(d.event) == "Other [7][2] call 09: cause normal");
}

TEST_CASE("event reports without their envelope are refused with a reason") {
    struct Case {
        const char* hex;
        const char* error;
    };
    const Case cases[] = {
        {"0400", "event report argument is OCTET STRING, not a SEQUENCE"},
        {"30035501aa", "event report without eventSpecificInfo"},
        {"30075501aaa0020500", "event report: no event inside category [0]"},
    };
    for (const auto& c : cases) {
        INFO(c.hex);
        const Bytes b = hex_bytes(c.hex);
        const auto d = decode_event_report(read_tlv(b).tlv);
        REQUIRE_FALSE(d.ok);
        REQUIRE(d.error == c.error);
    }
}
