#include "common/csta/device_codec.h"
#include "common/csta/event.h"

namespace kxcti::csta {
namespace {

bool is_agent(EventType t) { return t >= EventType::AgentBusy && t <= EventType::AgentWorkingAfterCall; }

// correlatorData's context tag differs by event (ECMA-285 event modules).
std::optional<std::uint32_t> correlator_tag(EventType t) {
    switch (t) {
    case EventType::Established:
    case EventType::Originated:
    case EventType::Conferenced: return 1;
    case EventType::Queued:
    case EventType::Transferred: return 2;
    case EventType::Other: return std::nullopt;
    default: return is_agent(t) ? std::nullopt : std::optional<std::uint32_t>(0);
    }
}

// A ConnectionList: SEQUENCE OF SEQUENCE { [0] new, [1] old, [2] endpoint, [3] nid, ... }.
void read_connection_list(Cursor& parent, const Tlv& list, Event& e, DecodeNotes& notes) {
    Cursor entries = parent.enter(list);
    while (auto item = entries.next()) {
        if (item->tag != kSequenceTag) {
            notes.skip(*item);
            continue;
        }
        ConnectionListEntry entry;
        Cursor fields = entries.enter(*item);
        while (auto f = fields.next()) {
            const bool ctx = f->tag.cls == TagClass::Context && f->tag.constructed;
            if (ctx && (f->tag.number == 0 || f->tag.number == 1)) {
                ConnectionRef c;
                if (read_connection(fields, *f, c)) (f->tag.number == 0 ? entry.new_connection : entry.old_connection) = c;
            } else if (ctx && f->tag.number == 2) {
                Cursor ep = fields.enter(*f);
                if (auto d = ep.next()) {
                    if (d->tag == universal(univ::kNull)) entry.endpoint.form = DeviceForm::NotKnown;
                    else if (d->tag == context(1, false)) entry.endpoint.form = DeviceForm::Restricted;
                    else if (!read_device_id(ep, *d, entry.endpoint)) notes.skip(*d);
                }
            } else {
                notes.skip(*f);
            }
        }
        e.connections.push_back(std::move(entry));
    }
}

void read_extensions(Cursor& parent, const Tlv& ext, Event& e) {
    const ByteView raw = element_bytes(ext);
    e.extensions.assign(raw.begin(), raw.end());
    Cursor c = parent.enter(ext);
    while (auto t = c.next()) {
        if (t->tag != context(0, true)) continue;  // security [0]; privateData [1] stays raw
        Cursor sec = c.enter(*t);
        while (auto s = sec.next()) {
            if (s->tag == universal(univ::kGeneralizedTime)) e.timestamp = read_string(*s);
        }
    }
}

void read_application(Cursor& c, const Tlv& t, Event& e, int& connections, int& subjects, DecodeNotes& notes) {
    DeviceRef* target = nullptr;
    bool redirection = false;
    switch (t.tag.number) {
    case app::kConnectionId: {
        ConnectionRef conn;
        if (!read_connection(c, t, conn)) break;
        if (connections++ == 0) e.connection = conn;
        else if (!e.secondary) e.secondary = conn;
        else notes.skip(t);
        return;
    }
    case app::kSubject: target = subjects++ == 0 ? &e.subject : subjects == 2 ? &e.other : nullptr; break;
    case app::kCalling: target = &e.calling; break;
    case app::kCalled: target = &e.called; break;
    case app::kRedirection: target = &e.last_redirection; redirection = true; break;
    case app::kAssociatedCalling: target = &e.associated_calling; break;
    case app::kAssociatedCalled: target = &e.associated_called; break;
    case app::kNetworkCalling: target = &e.network_calling; break;
    case app::kNetworkCalled: target = &e.network_called; break;
    case app::kLocalConnectionState: {
        const auto v = read_integer(t);
        if (v.ok) e.local_state = connection_state(v.value);
        if (v.ok && e.local_state) return;
        break;
    }
    case app::kCommonArguments:
        if (t.tag.constructed) {
            read_extensions(c, t, e);
            return;
        }
        break;
    default: break;
    }
    if (target && read_device_wrapper(c, t, *target, redirection)) return;
    notes.skip(t);
}

void read_context(Cursor& c, const Tlv& t, Event& e, DecodeNotes& notes) {
    const auto n = t.tag.number;
    const auto corr = correlator_tag(e.type);
    if (e.type == EventType::Queued && !t.tag.constructed && (n == 0 || n == 1)) {
        const auto v = read_integer(t);
        if (v.ok) {
            (n == 0 ? e.number_queued : e.calls_in_front) = v.value;
            return;
        }
    } else if (e.type == EventType::Transferred && t.tag.constructed && n == 0) {
        ConnectionRef conn;
        if (read_connection(c, t, conn)) {
            e.secondary = conn;
            return;
        }
    } else if (e.type == EventType::Transferred && t.tag.constructed && n == 1) {
        read_connection_list(c, t, e, notes);
        return;
    } else if (is_agent(e.type) && !t.tag.constructed && n == 2) {
        e.agent_id = read_string(t);
        return;
    } else if (corr && n == *corr && !t.tag.constructed) {
        e.correlator_data = read_string(t);
        return;
    }
    notes.skip(t);
}

void read_universal(Cursor& c, const Tlv& t, Event& e, DecodeNotes& notes) {
    if (t.tag == universal(univ::kEnumerated) && !e.cause) {
        const auto v = read_integer(t);
        if (v.ok) {
            e.cause = static_cast<int>(v.value);
            return;
        }
    } else if (t.tag == kSequenceTag && e.type == EventType::Conferenced) {
        read_connection_list(c, t, e, notes);
        return;
    } else if (t.tag == kSequenceTag && is_agent(e.type) && e.acd_group.form == DeviceForm::Absent) {
        if (read_device_id(c, t, e.acd_group)) return;
    } else if (t.tag == universal(univ::kOctetString) && is_agent(e.type) && !e.agent_id) {
        e.agent_id = read_string(t);
        return;
    }
    notes.skip(t);
}

EventDecoded fail(std::string why) {
    EventDecoded r;
    r.error = std::move(why);
    return r;
}

} // namespace

EventDecoded decode_event_report(const Tlv& argument) {
    if (argument.tag != kSequenceTag)
        return fail("event report argument is " + tag_text(argument.tag) + ", not a SEQUENCE");
    EventDecoded out;
    Event& e = out.event;
    DecodeNotes notes;
    Cursor top(argument, 2);
    std::optional<Tlv> info;
    while (auto t = top.next()) {
        if (t->tag == application(app::kCrossRefId, false)) e.cross_ref = read_string(*t).value_or("");
        else if (!info && t->tag.cls == TagClass::Context && t->tag.constructed) info = t;
        else notes.skip(*t);
    }
    if (top.failed()) return fail("event report: " + top.error());
    if (!info) return fail("event report without eventSpecificInfo");
    e.category = info->tag.number;
    Cursor category = top.enter(*info);
    const auto event = category.next();
    if (!event || !event->tag.constructed || event->tag.cls != TagClass::Context)
        return fail(category.failed() ? category.error() : "event report: no event inside category [" + std::to_string(e.category) + "]");
    e.event_tag = event->tag.number;
    e.type = event_type_for(e.category, e.event_tag);

    Cursor fields = category.enter(*event);
    int connections = 0;
    int subjects = 0;
    while (auto t = fields.next()) {
        switch (t->tag.cls) {
        case TagClass::Application: read_application(fields, *t, e, connections, subjects, notes); break;
        case TagClass::Context: read_context(fields, *t, e, notes); break;
        case TagClass::Universal: read_universal(fields, *t, e, notes); break;
        default: notes.skip(*t); break;
        }
    }
    if (fields.failed()) return fail("event " + std::string(event_type_name(e.type)) + ": " + fields.error());
    e.skipped = notes.skipped;
    e.skipped_tags = std::move(notes.named);
    out.ok = true;
    return out;
}

} // namespace kxcti::csta
