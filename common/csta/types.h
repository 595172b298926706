#pragma once
// Plain values for what CSTA events and services talk about: devices, connections, states,
// causes. No BER here; device_codec.h reads and writes them.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace kxcti::csta {

// ECMA-285 DeviceID forms, plus the "no device" choices of CallingDeviceID and friends.
enum class DeviceForm : std::uint8_t {
    Absent,          // the field was not in the PDU
    DialingNumber,   // [0] digits: what Panasonic uses for extensions in monitorStart
    DeviceNumber,    // [1] INTEGER: Panasonic's internal device number (discovery lists it)
    ImplicitPublic,  // [2] digits
    ExplicitPublic,  // [3] { [ton] digits }
    ImplicitPrivate, // [4] digits
    ExplicitPrivate, // [5] { [ton] digits }
    Other,           // [6] octets
    NotKnown,        // [7]
    Restricted,      // [8] (RedirectionDeviceID: [10])
    NotRequired,     // RedirectionDeviceID [8]
    NotSpecified,    // RedirectionDeviceID [9]
};

struct DeviceRef {
    DeviceForm form = DeviceForm::Absent;
    std::string number;             // digits; for DeviceNumber the decimal text of device_number
    std::int64_t device_number = 0; // DeviceNumber only
    int ton = -1;                   // ExplicitPublic / ExplicitPrivate: the type-of-number tag
    // Encoded as a bare [0]..[6] without the DeviceID SEQUENCE around it. ECMA-285 always wraps;
    // some encoders (and older editions' ExtendedDeviceID) do not, so the reader accepts both and
    // remembers which it saw so that a re-encoding is byte-identical.
    bool bare = false;

    bool has_number() const {
        return form != DeviceForm::Absent && form != DeviceForm::NotKnown && form != DeviceForm::Restricted &&
               form != DeviceForm::NotRequired && form != DeviceForm::NotSpecified;
    }
    friend bool operator==(const DeviceRef&, const DeviceRef&) = default;
};

DeviceRef dialing_number(std::string digits);
DeviceRef device_number(std::int64_t n);

struct ConnectionRef {
    std::optional<std::string> call_id;    // raw octets of CallID
    DeviceRef device;                      // LocalDeviceID staticID (Absent when missing)
    std::optional<std::string> dynamic_id; // LocalDeviceID dynamicID [3]
    bool present() const { return call_id || device.form != DeviceForm::Absent || dynamic_id; }
    friend bool operator==(const ConnectionRef&, const ConnectionRef&) = default;
};

// LocalConnectionState ([APPLICATION 14]).
enum class ConnectionState : std::uint8_t { Null = 0, Initiated = 1, Alerting = 2, Connected = 3, Hold = 4, Queued = 5, Fail = 6 };
std::string_view connection_state_name(ConnectionState s);
std::optional<ConnectionState> connection_state(std::int64_t v);

// EventCause values used in call-centre statistics (ECMA-285 event-causes; the full list is
// named by event_cause_name).
namespace cause {
inline constexpr int kBusy = 3;
inline constexpr int kCallCancelled = 5;
inline constexpr int kCallForwardImmediate = 6;
inline constexpr int kCallForwardBusy = 7;
inline constexpr int kCallForwardNoAnswer = 8;
inline constexpr int kCallForward = 9;
inline constexpr int kCallNotAnswered = 10;
inline constexpr int kCallPickup = 11;
inline constexpr int kNewCall = 22;
inline constexpr int kOverflow = 26;
inline constexpr int kRedirected = 28;
inline constexpr int kTransfer = 32;
inline constexpr int kConsultation = 37;
inline constexpr int kDistributed = 38;
inline constexpr int kEnteringDistribution = 42;
inline constexpr int kNormalClearing = 48;
inline constexpr int kACDForward = 58;
inline constexpr int kAlertTimeExpired = 60;
inline constexpr int kNormal = 78;
inline constexpr int kQueueCleared = 82;
} // namespace cause
// "distributed" for 38; "cause 200" for values outside the table.
std::string event_cause_name(int cause);

} // namespace kxcti::csta
