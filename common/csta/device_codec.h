#pragma once
// Reading and writing DeviceID, the [APPLICATION n] device wrappers and ConnectionID. Shared by
// the event and service codecs; tolerant on input (both wrapped and bare device forms, both
// ConnectionID shapes), canonical on output.
#include "common/csta/ber.h"
#include "common/csta/ber_writer.h"
#include "common/csta/types.h"

#include <string>
#include <vector>

namespace kxcti::csta {

// What a decoder skipped: counted always, the first few tags named for the log line.
struct DecodeNotes {
    // Enough to see what a PBX adds without letting one PDU fill a log line.
    static constexpr std::size_t kMaxNamed = 4;
    unsigned skipped = 0;
    std::vector<std::string> named;
    void skip(const Tlv& t);
};

// [APPLICATION n] tags of the device wrappers and ConnectionID (ECMA-285 device-identifiers).
namespace app {
inline constexpr std::uint32_t kCalling = 1;
inline constexpr std::uint32_t kCalled = 2;
inline constexpr std::uint32_t kSubject = 3;
inline constexpr std::uint32_t kRedirection = 4;
inline constexpr std::uint32_t kAssociatedCalling = 5;
inline constexpr std::uint32_t kAssociatedCalled = 6;
inline constexpr std::uint32_t kNetworkCalling = 7;
inline constexpr std::uint32_t kNetworkCalled = 8;
inline constexpr std::uint32_t kConnectionId = 11;
inline constexpr std::uint32_t kLocalConnectionState = 14;
inline constexpr std::uint32_t kCrossRefId = 21;
inline constexpr std::uint32_t kSnapshotDeviceData = 22;
inline constexpr std::uint32_t kUserData = 29;
inline constexpr std::uint32_t kCommonArguments = 30;
} // namespace app

// A DeviceID SEQUENCE, or a bare [0]..[6] element. False when it is neither.
bool read_device_id(Cursor& parent, const Tlv& t, DeviceRef& out);
// The contents of a wrapper ([APPLICATION 1..8] or an implicit re-tag of one): DeviceID or one of
// the NULL choices. `redirection`: RedirectionDeviceID numbers its NULL choices differently.
bool read_device_wrapper(Cursor& parent, const Tlv& wrapper, DeviceRef& out, bool redirection = false);
// The contents of a ConnectionID ([APPLICATION 11], or an implicit/explicit re-tag of it).
bool read_connection(Cursor& parent, const Tlv& t, ConnectionRef& out);

void write_device_id(Writer& w, const DeviceRef& d);
void write_device_wrapper(Writer& w, Tag tag, const DeviceRef& d, bool redirection = false);
void write_connection(Writer& w, const ConnectionRef& c, Tag tag = application(app::kConnectionId, true));

// "101", "#17" (device number 17), "notKnown", "(none)": how a device reads in a log line.
std::string device_text(const DeviceRef& d);
std::string connection_text(const ConnectionRef& c);

} // namespace kxcti::csta
