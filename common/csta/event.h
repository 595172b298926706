#pragma once
// CSTA event reports (cSTAEventReport, operation 21) as plain values.
//
// No capture of a Panasonic event is public (reference/csta-panasonic.md), so the decoder is
// tolerant: fields are recognised by their tags wherever they sit in the event, unknown or
// unread elements are skipped and counted (never a reason to drop the event), device and
// connection identifiers are accepted in every form ECMA-285's editions allow.
//
// Which field means what, by event:
//   type              connection            subject            other
//   CallCleared       clearedCall           -                  -
//   Conferenced       primaryOldCall        conferencingDevice addedParty       (+ secondary, connections)
//   ConnectionCleared droppedConnection     releasingDevice    -
//   Delivered         connection            alertingDevice     -
//   Diverted          connection            divertingDevice    newDestination
//   Established       establishedConnection answeringDevice    -
//   Failed            failedConnection      failingDevice      -
//   Held              heldConnection        holdingDevice      -
//   NetworkReached    outboundConnection    networkInterfaceUsed -
//   Originated        originatedConnection  callingDevice      -
//   Queued            queuedConnection      queue (the group)  -
//   Retrieved         retrievedConnection   retrievingDevice   -
//   ServiceInitiated  initiatedConnection   initiatingDevice   -
//   Transferred       primaryOldCall        transferringDevice transferredToDevice (+ secondary, connections)
//   Agent*            -                     agentDevice        -                (+ agent_id, acd_group)
#include "common/csta/ber.h"
#include "common/csta/types.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace kxcti::csta {

enum class EventType : std::uint8_t {
    CallCleared, Conferenced, ConnectionCleared, Delivered, Diverted, Established, Failed, Held,
    NetworkReached, Originated, Queued, Retrieved, ServiceInitiated, Transferred,
    AgentBusy, AgentLoggedOn, AgentLoggedOff, AgentNotReady, AgentReady, AgentWorkingAfterCall,
    Other,  // any other event: category and event_tag say which; fields are still decoded
};
std::string_view event_type_name(EventType type);

// eventSpecificInfo categories (ECMA-285).
inline constexpr std::uint32_t kCallControlEvents = 0;
inline constexpr std::uint32_t kLogicalDeviceFeatureEvents = 4;

struct EventTags {
    std::uint32_t category = 0;
    std::uint32_t tag = 0;
};
// ECMA-285 tags of each event; Other has none (nullopt).
std::optional<EventTags> event_tags(EventType type);
// The event a category and tag name; Other for any we do not decode by name.
EventType event_type_for(std::uint32_t category, std::uint32_t tag);

struct ConnectionListEntry {
    std::optional<ConnectionRef> new_connection;
    std::optional<ConnectionRef> old_connection;
    DeviceRef endpoint;
    friend bool operator==(const ConnectionListEntry&, const ConnectionListEntry&) = default;
};

struct Event {
    EventType type = EventType::Other;
    std::uint32_t category = 0;   // eventSpecificInfo tag
    std::uint32_t event_tag = 0;  // the event's tag inside its category
    std::string cross_ref;        // monitorCrossRefID octets: the monitor that reported it
    // Filled by the session, not from the wire: the dialled number (or device text) of the
    // device whose monitor that cross reference belongs to; empty when unknown.
    std::string monitored;

    ConnectionRef connection;
    // Conferenced, Transferred: secondaryOldCall. Delivered, Established, NetworkReached:
    // originatingNIDConnection.
    std::optional<ConnectionRef> secondary;
    DeviceRef subject;
    DeviceRef other;
    DeviceRef calling;
    DeviceRef called;
    DeviceRef last_redirection;
    DeviceRef associated_calling;
    DeviceRef associated_called;
    DeviceRef network_calling;
    DeviceRef network_called;
    std::optional<ConnectionState> local_state;
    std::optional<int> cause;
    std::optional<std::int64_t> number_queued;   // Queued
    std::optional<std::int64_t> calls_in_front;  // Queued
    std::vector<ConnectionListEntry> connections; // Transferred, Conferenced
    std::optional<std::string> agent_id;          // Agent*
    DeviceRef acd_group;                          // Agent*
    std::optional<std::string> correlator_data;
    // CSTACommonArguments ([APPLICATION 30]) as received, kept whole: Panasonic's private data
    // (KME additional data: device, hold type, condition code, call id, DID number) travels
    // here in an undocumented layout, and a site visit needs the bytes.
    Bytes extensions;
    std::optional<std::string> timestamp;  // security timestamp (GeneralizedTime) if present

    unsigned skipped = 0;                  // elements not read
    std::vector<std::string> skipped_tags; // the first few, "[5]@41"

    friend bool operator==(const Event&, const Event&) = default;
};

struct EventDecoded {
    bool ok = false;
    Event event;
    std::string error;
};

// The argument of a cSTAEventReport invoke (a SEQUENCE { crossRefIdentifier, eventSpecificInfo }).
EventDecoded decode_event_report(const Tlv& argument);

// The argument element for `e` (fields in ECMA-285 order, absent ones left out), and the whole
// invoke. Used by test peers and to prove decode/encode agree on golden bytes.
Bytes encode_event_report(const Event& e);
Bytes encode_event_invoke(std::int64_t invoke_id, const Event& e);

// One line for logs and the probe: "Delivered call 002a at 201: alerting 201, calling 101,
// called 201, cause newCall".
std::string event_text(const Event& e);

} // namespace kxcti::csta
