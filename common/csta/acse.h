#pragma once
// ACSE (X.227) association as a Panasonic PBX expects it, and the top-level sorting of the
// PDUs a CTI link carries.
//
// The client sends AARQ at once after connecting: protocol-version 1, application context
// 1.3.12.0.218 (CSTA), user-information EXTERNAL 1.3.12.0.285.200 carrying cSTAVersion with
// bit versionFive. The public Panasonic client sends no authentication and is accepted
// (corpus: panasonic_IrbisNN-LinTcMon_lintcmon.py.hex); the PBX answers AARE result 0.
#include "common/csta/ber.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace kxcti::csta {

inline const std::vector<std::uint64_t> kCstaApplicationContext = {1, 3, 12, 0, 218};
inline const std::vector<std::uint64_t> kCstaUserInformation = {1, 3, 12, 0, 285, 200};
// cSTAVersion BIT STRING as two bytes, first bit = versionOne: 0x0800 is versionFive alone,
// what the Panasonic client sends and the PBX echoes.
inline constexpr std::uint16_t kCstaVersionFive = 0x0800;

struct AssociationSettings {
    // Off by default: Panasonic PBXes accept an AARQ without authentication. When on, the AARQ
    // carries sender-acse-requirements {authentication} and the user and password in
    // calling-authentication-value, laid out as the only public CSTA authentication sample does
    // (Siemens HiPath, corpus siemens-hipath_*); whether a Panasonic reads it is unconfirmed.
    bool authenticate = false;
    std::string user;
    std::string password;
    std::uint16_t csta_version_bits = kCstaVersionFive;
};

Bytes encode_aarq(const AssociationSettings& settings);

struct Aare {
    std::int64_t result = -1;                // 0 accepted, 1 rejected-permanent, 2 rejected-transient
    int diagnostic_source = 0;               // 1 acse-service-user, 2 acse-service-provider, 0 none
    std::optional<std::int64_t> diagnostic;
    std::vector<std::uint64_t> context;      // application-context-name
    std::optional<std::uint16_t> csta_version_bits;
    bool accepted() const { return result == 0; }
};

struct AareDecoded {
    bool ok = false;
    Aare aare;
    std::string error;
    unsigned skipped = 0;  // elements we do not read (responder requirements, vendor additions)
};
AareDecoded decode_aare(const Tlv& aare);

// "rejected-permanent (1), acse-service-user: authentication-failure (13): check the [csta]
// user and password" - what to tell an installer.
std::string aare_text(const Aare& aare);

// For test peers: an AARE with this result and diagnostic, shaped like the Panasonic one
// (encode_aare(0, 1, 1) is byte-identical to the corpus AARE).
Bytes encode_aare(std::int64_t result, int diagnostic_source, std::int64_t diagnostic);

// ABRT: abort-source [0] 0 = service user, 1 = service provider.
Bytes encode_abort(std::int64_t source);

enum class PduKind : std::uint8_t {
    Aarq,       // [APPLICATION 0]
    Aare,       // [APPLICATION 1]
    Release,    // [APPLICATION 2] RLRQ or [APPLICATION 3] RLRE
    Abort,      // [APPLICATION 4]
    Rose,       // [1]..[4] constructed
    PeerClose,  // [0] primitive: a Panasonic PBX sends 80 01 00; the public client reconnects on it
    Unknown,
};

struct PduDecoded {
    bool ok = false;
    PduKind kind = PduKind::Unknown;
    Tlv top;             // the whole PDU as one element
    std::string error;   // structure errors (the PDU is unusable)
};

// Checks the whole PDU's structure (lengths, depth) and sorts it by its outer tag.
PduDecoded classify_pdu(ByteView pdu);

} // namespace kxcti::csta
