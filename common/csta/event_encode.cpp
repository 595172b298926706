#include "common/csta/device_codec.h"
#include "common/csta/event.h"
#include "common/csta/rose.h"

namespace kxcti::csta {
namespace {

void device(Writer& w, std::uint32_t app_tag, const DeviceRef& d, bool redirection = false) {
    if (d.form == DeviceForm::Absent) return;
    write_device_wrapper(w, application(app_tag, true), d, redirection);
}

void connection_list(Writer& w, Tag tag, const std::vector<ConnectionListEntry>& list) {
    w.constructed(tag, [&] {
        for (const auto& entry : list) {
            w.constructed(kSequenceTag, [&] {
                if (entry.new_connection)
                    w.constructed(context(0, true), [&] { write_connection(w, *entry.new_connection); });
                if (entry.old_connection)
                    w.constructed(context(1, true), [&] { write_connection(w, *entry.old_connection); });
                if (entry.endpoint.form == DeviceForm::Absent) return;
                w.constructed(context(2, true), [&] {
                    if (entry.endpoint.form == DeviceForm::NotKnown) w.null();
                    else if (entry.endpoint.form == DeviceForm::Restricted) w.null(context(1, false));
                    else write_device_id(w, entry.endpoint);
                });
            });
        }
    });
}

void tail(Writer& w, const Event& e, std::optional<std::uint32_t> correlator) {
    if (e.local_state) w.integer(static_cast<std::int64_t>(*e.local_state), application(app::kLocalConnectionState, false));
    if (correlator && e.correlator_data) w.string(*e.correlator_data, context(*correlator, false));
    if (e.cause) w.enumerated(*e.cause);
}

void network_and_associated(Writer& w, const Event& e) {
    device(w, app::kNetworkCalling, e.network_calling);
    device(w, app::kNetworkCalled, e.network_called);
    device(w, app::kAssociatedCalling, e.associated_calling);
    device(w, app::kAssociatedCalled, e.associated_called);
}

void extensions(Writer& w, const Event& e) {
    if (!e.extensions.empty()) {
        w.raw(e.extensions);
    } else if (e.timestamp) {
        w.constructed(application(app::kCommonArguments, true), [&] {
            w.constructed(context(0, true), [&] { w.string(*e.timestamp, universal(univ::kGeneralizedTime)); });
        });
    }
}

void fields(Writer& w, const Event& e) {
    const bool has_connection = e.connection.present();
    auto conn = [&] {
        if (has_connection) write_connection(w, e.connection);
    };
    switch (e.type) {
    case EventType::CallCleared:
        conn();
        tail(w, e, 0);
        break;
    case EventType::Conferenced:
        conn();
        if (e.secondary) write_connection(w, *e.secondary);
        device(w, app::kSubject, e.subject);
        device(w, app::kSubject, e.other);
        connection_list(w, kSequenceTag, e.connections);
        tail(w, e, 1);
        break;
    case EventType::ConnectionCleared:
    case EventType::Held:
    case EventType::Retrieved:
    case EventType::ServiceInitiated:
        conn();
        device(w, app::kSubject, e.subject);
        tail(w, e, 0);
        break;
    case EventType::Delivered:
    case EventType::Established:
    case EventType::Failed:
    case EventType::NetworkReached:
        conn();
        device(w, app::kSubject, e.subject);
        device(w, app::kCalling, e.calling);
        device(w, app::kCalled, e.called);
        device(w, app::kRedirection, e.last_redirection, true);
        if (e.secondary) write_connection(w, *e.secondary);
        tail(w, e, e.type == EventType::Established ? 1u : 0u);
        network_and_associated(w, e);
        break;
    case EventType::Diverted:
        conn();
        device(w, app::kSubject, e.subject);
        device(w, app::kSubject, e.other);
        device(w, app::kCalling, e.calling);
        device(w, app::kCalled, e.called);
        device(w, app::kRedirection, e.last_redirection, true);
        tail(w, e, 0);
        network_and_associated(w, e);
        break;
    case EventType::Originated:
        conn();
        device(w, app::kSubject, e.subject);
        device(w, app::kCalled, e.called);
        tail(w, e, 1);
        network_and_associated(w, e);
        break;
    case EventType::Queued:
        conn();
        device(w, app::kSubject, e.subject);
        device(w, app::kCalling, e.calling);
        device(w, app::kCalled, e.called);
        device(w, app::kRedirection, e.last_redirection, true);
        if (e.number_queued) w.integer(*e.number_queued, context(0, false));
        if (e.calls_in_front) w.integer(*e.calls_in_front, context(1, false));
        tail(w, e, 2);
        network_and_associated(w, e);
        break;
    case EventType::Transferred:
        conn();
        if (e.secondary) write_connection(w, *e.secondary, context(0, true));
        device(w, app::kSubject, e.subject);
        device(w, app::kSubject, e.other);
        connection_list(w, context(1, true), e.connections);
        tail(w, e, 2);
        break;
    case EventType::AgentBusy:
    case EventType::AgentLoggedOn:
    case EventType::AgentLoggedOff:
    case EventType::AgentNotReady:
    case EventType::AgentReady:
    case EventType::AgentWorkingAfterCall: {
        device(w, app::kSubject, e.subject);
        // AgentID is [2] IMPLICIT in AgentLoggedOn/Off, untagged in the others (ECMA-285).
        const bool tagged = e.type == EventType::AgentLoggedOn || e.type == EventType::AgentLoggedOff;
        if (e.agent_id) w.string(*e.agent_id, tagged ? context(2, false) : universal(univ::kOctetString));
        if (e.acd_group.form != DeviceForm::Absent) write_device_id(w, e.acd_group);
        if (e.cause) w.enumerated(*e.cause);
        break;
    }
    case EventType::Other:
        conn();
        device(w, app::kSubject, e.subject);
        tail(w, e, std::nullopt);
        break;
    }
    extensions(w, e);
}

} // namespace

Bytes encode_event_report(const Event& e) {
    EventTags tags{e.category, e.event_tag};
    if (auto known = event_tags(e.type)) tags = *known;
    Writer w;
    w.constructed(kSequenceTag, [&] {
        w.string(e.cross_ref, application(app::kCrossRefId, false));
        w.constructed(context(tags.category, true), [&] {
            w.constructed(context(tags.tag, true), [&] { fields(w, e); });
        });
    });
    return w.take();
}

Bytes encode_event_invoke(std::int64_t invoke_id, const Event& e) {
    return encode_invoke(invoke_id, op::kEventReport, encode_event_report(e));
}

} // namespace kxcti::csta
