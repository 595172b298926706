#pragma once
// Panasonic private data (KmeSpecificPrivateData) carried by escape (51): the device-list
// request the public Panasonic client sends after association, and the PBX's segmented reply.
//
// The request is known byte for byte (corpus: panasonic_IrbisNN-LinTcMon_phonesystem.py.hex):
//   escape { kmeSystemData[4] { getSystemData[0] { request: deviceList[4] { category[1] {
//            standardDevice[0] { ENUMERATED n } } } } } }
// sent twice, with n = 5 and n = 2. The reply's layout is only known from the field names in
// that client's pyasn1 schema (rose.py): kmeSystemData[4] { systemDataLinkedReply[3] {
// crossRefID, segmentID, lastSegment, sysData { deviceList[38] { SEQUENCE OF { device DeviceID,
// number IA5String, status ENUMERATED } } } } }. Its exact tagging is unconfirmed, so the
// decoder searches the linked reply for those shapes instead of following one path.
#include "common/csta/services.h"

namespace kxcti::csta {

// The two categories the public client asks for (their Panasonic meaning is undocumented; it
// monitors every device either list returns).
inline constexpr int kKmeDiscoveryCategories[] = {5, 2};

// The escape argument asking for the device list of `category`.
Bytes encode_kme_device_list_request(int category);

// A device-list segment in an escape argument sent by the PBX; nullopt when the escape is not
// a KME systemDataLinkedReply (other private data is not an error: it is skipped by the caller).
std::optional<DeviceSegment> decode_kme_device_list(const Tlv& argument);

// For test peers: a segment as we read the layout above (explicit tagging, as pyasn1 would
// encode that schema). Labelled ours, not a capture.
Bytes encode_kme_device_list(std::int64_t segment_id, bool last, const std::vector<DiscoveredDevice>& devices,
                             const std::string& cross_ref = {});

} // namespace kxcti::csta
