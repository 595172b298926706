// Event names, ECMA-285 tags and one-line descriptions.
#include "common/csta/device_codec.h"
#include "common/csta/event.h"

#include <array>

namespace kxcti::csta {
namespace {

struct Entry {
    EventType type;
    std::string_view name;
    std::uint32_t category;
    std::uint32_t tag;
};

// ECMA-285 CallControlEvents [0] and LogicalDeviceFeatureEvents [4] (reference/csta-panasonic.md).
constexpr std::array<Entry, 20> kEvents = {{
    {EventType::CallCleared, "CallCleared", kCallControlEvents, 1},
    {EventType::Conferenced, "Conferenced", kCallControlEvents, 2},
    {EventType::ConnectionCleared, "ConnectionCleared", kCallControlEvents, 3},
    {EventType::Delivered, "Delivered", kCallControlEvents, 4},
    {EventType::Diverted, "Diverted", kCallControlEvents, 6},
    {EventType::Established, "Established", kCallControlEvents, 7},
    {EventType::Failed, "Failed", kCallControlEvents, 8},
    {EventType::Held, "Held", kCallControlEvents, 9},
    {EventType::NetworkReached, "NetworkReached", kCallControlEvents, 11},
    {EventType::Originated, "Originated", kCallControlEvents, 13},
    {EventType::Queued, "Queued", kCallControlEvents, 14},
    {EventType::Retrieved, "Retrieved", kCallControlEvents, 15},
    {EventType::ServiceInitiated, "ServiceInitiated", kCallControlEvents, 16},
    {EventType::Transferred, "Transferred", kCallControlEvents, 17},
    {EventType::AgentBusy, "AgentBusy", kLogicalDeviceFeatureEvents, 0},
    {EventType::AgentLoggedOn, "AgentLoggedOn", kLogicalDeviceFeatureEvents, 1},
    {EventType::AgentLoggedOff, "AgentLoggedOff", kLogicalDeviceFeatureEvents, 2},
    {EventType::AgentNotReady, "AgentNotReady", kLogicalDeviceFeatureEvents, 3},
    {EventType::AgentReady, "AgentReady", kLogicalDeviceFeatureEvents, 4},
    {EventType::AgentWorkingAfterCall, "AgentWorkingAfterCall", kLogicalDeviceFeatureEvents, 5},
}};

void add(std::string& out, std::string_view label, const DeviceRef& d) {
    if (d.form == DeviceForm::Absent) return;
    out += ", ";
    out += label;
    out += ' ';
    out += device_text(d);
}

} // namespace

std::string_view event_type_name(EventType type) {
    for (const auto& e : kEvents)
        if (e.type == type) return e.name;
    return "Other";
}

std::optional<EventTags> event_tags(EventType type) {
    for (const auto& e : kEvents)
        if (e.type == type) return EventTags{e.category, e.tag};
    return std::nullopt;
}

EventType event_type_for(std::uint32_t category, std::uint32_t tag) {
    for (const auto& e : kEvents)
        if (e.category == category && e.tag == tag) return e.type;
    return EventType::Other;
}

std::string event_text(const Event& e) {
    std::string out(event_type_name(e.type));
    if (e.type == EventType::Other) out += " [" + std::to_string(e.category) + "][" + std::to_string(e.event_tag) + "]";
    if (e.connection.present()) out += " " + connection_text(e.connection);
    out += ":";
    const std::size_t mark = out.size();
    add(out, "at", e.subject);
    add(out, "to", e.other);
    add(out, "calling", e.calling);
    add(out, "called", e.called);
    add(out, "redirected-by", e.last_redirection);
    add(out, "network-calling", e.network_calling);
    add(out, "network-called", e.network_called);
    if (e.secondary) out += ", secondary " + connection_text(*e.secondary);
    if (e.number_queued) out += ", queued " + std::to_string(*e.number_queued);
    if (e.calls_in_front) out += ", in-front " + std::to_string(*e.calls_in_front);
    if (!e.connections.empty()) out += ", " + std::to_string(e.connections.size()) + " connections";
    if (e.agent_id) out += ", agent " + *e.agent_id;
    add(out, "group", e.acd_group);
    if (e.local_state) out += ", state " + std::string(connection_state_name(*e.local_state));
    if (e.cause) out += ", cause " + event_cause_name(*e.cause);
    if (!e.extensions.empty()) out += ", extensions " + hex(e.extensions);
    if (e.skipped) out += ", " + std::to_string(e.skipped) + " skipped";
    if (out.size() > mark && out[mark] == ',') out.erase(mark, 1);
    return out;
}

} // namespace kxcti::csta
