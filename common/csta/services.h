#pragma once
// The CSTA services the link uses, as argument/result encoders and tolerant decoders:
// systemStatus (211), monitorStart (71), snapshotDevice (74), getSwitchingFunctionDevices (204)
// with its switchingFunctionDevices (205) segments, and the Panasonic escape (51) device list.
// Encoders produce the argument or result element; rose.h wraps them in Invoke/ReturnResult.
// Decoders take the element from a decoded ROSE PDU.
#include "common/csta/ber.h"
#include "common/csta/types.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace kxcti::csta {

// ---- systemStatus (PBX -> client; answered with encode_null_result) ----
enum class SystemStatus : std::uint8_t {
    Initializing = 0, Enabled = 1, Normal = 2, MessagesLost = 3, Disabled = 4,
    OverloadImminent = 5, OverloadReached = 6, OverloadRelieved = 7, PartiallyDisabled = 8,
};
// The systemStatus value of a SystemStatusArg; nullopt when there is none to read.
std::optional<std::int64_t> decode_system_status(const std::optional<Tlv>& argument);
Bytes encode_system_status_arg(SystemStatus status);  // for test peers (corpus shape 30 03 0a 01 02)

// ---- monitorStart ----
// SEQUENCE { DeviceID, requestedMonitorFilter [0] {} }: all events, the shape the public
// Panasonic client sends (corpus: A111020178020147300930058003313031A000 for "101").
Bytes encode_monitor_start_arg(const DeviceRef& device);
std::optional<DeviceRef> decode_monitor_start_arg(const Tlv& argument);   // for test peers
// The monitorCrossRefID of a MonitorStartResult.
std::optional<std::string> decode_monitor_start_result(const std::optional<Tlv>& result);
Bytes encode_monitor_start_result(const std::string& cross_ref);           // for test peers

// ---- snapshotDevice ----
Bytes encode_snapshot_device_arg(const DeviceRef& device);
std::optional<DeviceRef> decode_snapshot_device_arg(const Tlv& argument);  // for test peers

struct SnapshotCall {
    ConnectionRef connection;
    DeviceRef endpoint;
    // The monitored device's own state in this call: the first entry of a compound call state,
    // or the high nibble of a simple one (ECMA-285 SimpleCallState: 0x23 alerting-connect).
    std::optional<ConnectionState> local_state;
    std::vector<ConnectionState> compound;  // every connection's state when given
    std::optional<std::int64_t> simple;     // SimpleCallState value when given
    friend bool operator==(const SnapshotCall&, const SnapshotCall&) = default;
};
struct SnapshotResult {
    bool ok = false;
    std::vector<SnapshotCall> calls;     // empty: the device is idle
    std::optional<std::string> service_cross_ref;  // the data follows in a later event instead
    std::string error;
    unsigned skipped = 0;
};
SnapshotResult decode_snapshot_device_result(const std::optional<Tlv>& result);
Bytes encode_snapshot_device_result(const std::vector<SnapshotCall>& calls);  // for test peers

// ---- device discovery ----
// ReqDeviceCategory / DeviceCategory (ECMA-285 capability-exchange).
namespace category {
inline constexpr int kAcd = 0;
inline constexpr int kGroupAcd = 1;
inline constexpr int kGroupHunt = 2;
inline constexpr int kGroupPick = 3;
inline constexpr int kGroupOther = 4;
inline constexpr int kNetworkInterface = 5;
inline constexpr int kPark = 6;
inline constexpr int kRouteingDevice = 7;
inline constexpr int kStation = 8;
inline constexpr int kVoiceUnit = 9;
inline constexpr int kOther = 10;
} // namespace category
std::string category_name(int category);

struct DiscoveredDevice {
    DeviceRef device;     // what to name in monitorStart / snapshotDevice
    std::string number;   // the dialled number when the list gives one (Panasonic does)
    int category = -1;    // -1: not given (the Panasonic escape list does not say)
    std::optional<std::int64_t> status;  // Panasonic list entry status (meaning undocumented)
    friend bool operator==(const DiscoveredDevice&, const DiscoveredDevice&) = default;
};

struct DeviceSegment {
    bool ok = false;
    std::optional<std::string> service_cross_ref;
    std::optional<std::int64_t> segment_id;
    bool last_segment = false;
    std::vector<DiscoveredDevice> devices;
    std::string error;
    unsigned skipped = 0;
};

// getSwitchingFunctionDevices: an empty argument asks for every device.
Bytes encode_get_switching_function_devices_arg(std::optional<int> requested_category = std::nullopt);
// Its result: the serviceCrossRefID that the 205 segments will carry.
std::optional<std::string> decode_get_switching_function_devices_result(const std::optional<Tlv>& result);
// switchingFunctionDevices (205) argument: one segment of the list.
DeviceSegment decode_switching_function_devices(const Tlv& argument);
Bytes encode_switching_function_devices(const std::string& cross_ref, std::int64_t segment_id, bool last,
                                        const std::vector<DiscoveredDevice>& devices);  // for test peers

} // namespace kxcti::csta
