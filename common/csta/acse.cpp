#include "common/csta/acse.h"

#include "common/csta/ber_writer.h"

#include <array>

namespace kxcti::csta {
namespace {

// protocol-version [0] IMPLICIT BIT STRING {version1(0)}: one bit set, seven unused.
void write_protocol_version(Writer& w) {
    const std::uint8_t bit = 0x80;
    w.bit_string(7, ByteView(&bit, 1), context(0, false));
}

void write_context(Writer& w) {
    w.constructed(context(1, true), [&] { w.oid(kCstaApplicationContext); });
}

// user-information [30] IMPLICIT SEQUENCE OF EXTERNAL { direct-reference 1.3.12.0.285.200,
// single-ASN1-type [0] { newDefinition [0] { cSTAVersion BIT STRING } } }.
void write_user_information(Writer& w, std::uint16_t version_bits) {
    const std::array<std::uint8_t, 2> bits = {static_cast<std::uint8_t>(version_bits >> 8),
                                              static_cast<std::uint8_t>(version_bits & 0xFF)};
    w.constructed(context(30, true), [&] {
        w.constructed(universal(univ::kExternal, true), [&] {
            w.oid(kCstaUserInformation);
            w.constructed(context(0, true), [&] {
                w.constructed(context(0, true), [&] { w.bit_string(0, bits); });
            });
        });
    });
}

std::optional<std::uint16_t> find_csta_version(Cursor c) {
    // [30] -> EXTERNAL -> [0] -> [0] -> BIT STRING: walk down taking the first constructed
    // child each time, then the first BIT STRING.
    for (int guard = 0; guard < 6; ++guard) {
        auto t = c.next();
        while (t && t->tag.cls == TagClass::Universal && t->tag.number == univ::kOid) t = c.next();
        if (!t) return std::nullopt;
        if (t->tag == universal(univ::kBitString)) {
            const auto b = read_bit_string(*t);
            if (!b || b->bits.empty()) return std::nullopt;
            std::uint16_t v = static_cast<std::uint16_t>(b->bits[0] << 8);
            if (b->bits.size() > 1) v = static_cast<std::uint16_t>(v | b->bits[1]);
            return v;
        }
        if (!t->tag.constructed) return std::nullopt;
        c = c.enter(*t);
    }
    return std::nullopt;
}

const char* user_diagnostic(std::int64_t d) {
    static constexpr std::array<const char*, 15> kNames = {
        "null", "no-reason-given", "application-context-name-not-supported",
        "calling-AP-title-not-recognized", "calling-AP-invocation-identifier-not-recognized",
        "calling-AE-qualifier-not-recognized", "calling-AE-invocation-identifier-not-recognized",
        "called-AP-title-not-recognized", "called-AP-invocation-identifier-not-recognized",
        "called-AE-qualifier-not-recognized", "called-AE-invocation-identifier-not-recognized",
        "authentication-mechanism-name-not-recognized", "authentication-mechanism-name-required",
        "authentication-failure", "authentication-required"};
    return d >= 0 && d < static_cast<std::int64_t>(kNames.size()) ? kNames[static_cast<std::size_t>(d)] : "unknown";
}

} // namespace

Bytes encode_aarq(const AssociationSettings& settings) {
    Writer w;
    w.constructed(application(0, true), [&] {
        write_protocol_version(w);
        write_context(w);
        if (settings.authenticate) {
            // sender-acse-requirements [10] IMPLICIT BIT STRING {authentication(0)}
            const std::uint8_t bit = 0x80;
            w.bit_string(6, ByteView(&bit, 1), context(10, false));
            // calling-authentication-value [12] { external [2] { [0] { [0] { name, password } } } }
            // (HiPath layout, corpus siemens-hipath_*: AARQ_apdu).
            w.constructed(context(12, true), [&] {
                w.constructed(context(2, true), [&] {
                    w.constructed(context(0, true), [&] {
                        w.constructed(context(0, true), [&] {
                            w.string(settings.user);
                            w.string(settings.password);
                        });
                    });
                });
            });
        }
        write_user_information(w, settings.csta_version_bits);
    });
    return w.take();
}

AareDecoded decode_aare(const Tlv& aare) {
    AareDecoded out;
    if (aare.tag != application(1, true)) {
        out.error = tag_text(aare.tag) + " is not an AARE ([APPLICATION 1])";
        return out;
    }
    Cursor c(aare, 1);
    while (auto t = c.next()) {
        if (t->tag.cls != TagClass::Context) {
            ++out.skipped;
            continue;
        }
        if (t->tag.number == 1 && t->tag.constructed) {
            Cursor inner = c.enter(*t);
            if (auto oid_tlv = inner.next()) {
                if (auto oid = read_oid(*oid_tlv)) out.aare.context = *oid;
            }
        } else if (t->tag.number == 2 && t->tag.constructed) {
            Cursor inner = c.enter(*t);
            if (auto v = inner.next()) {
                const auto r = read_integer(*v);
                if (r.ok) out.aare.result = r.value;
            }
        } else if (t->tag.number == 3 && t->tag.constructed) {
            Cursor inner = c.enter(*t);
            if (auto choice = inner.next(); choice && choice->tag.constructed) {
                out.aare.diagnostic_source = static_cast<int>(choice->tag.number);
                Cursor value = inner.enter(*choice);
                if (auto v = value.next()) {
                    const auto r = read_integer(*v);
                    if (r.ok) out.aare.diagnostic = r.value;
                }
            }
        } else if (t->tag.number == 30 && t->tag.constructed) {
            out.aare.csta_version_bits = find_csta_version(c.enter(*t));
        } else if (t->tag.number != 0) {
            ++out.skipped;
        }
    }
    if (c.failed()) {
        out.error = "AARE: " + c.error();
        return out;
    }
    if (out.aare.result < 0) {
        out.error = "AARE without a result [2]";
        return out;
    }
    out.ok = true;
    return out;
}

std::string aare_text(const Aare& aare) {
    static constexpr std::array<const char*, 3> kResults = {"accepted", "rejected-permanent", "rejected-transient"};
    std::string text = aare.result >= 0 && aare.result < 3 ? kResults[static_cast<std::size_t>(aare.result)] : "result";
    text += " (" + std::to_string(aare.result) + ")";
    if (aare.diagnostic && aare.result != 0) {
        if (aare.diagnostic_source == 1) {
            text += ", acse-service-user: " + std::string(user_diagnostic(*aare.diagnostic)) + " (" +
                    std::to_string(*aare.diagnostic) + ")";
            if (*aare.diagnostic >= 11 && *aare.diagnostic <= 14)
                text += ": check [csta] authenticate, user and password against the PBX's CTI settings";
            if (*aare.diagnostic == 2) text += ": the PBX does not offer CSTA Phase III on this port";
        } else {
            text += ", acse-service-provider: " + std::to_string(*aare.diagnostic);
        }
    }
    return text;
}

Bytes encode_aare(std::int64_t result, int diagnostic_source, std::int64_t diagnostic) {
    Writer w;
    w.constructed(application(1, true), [&] {
        write_protocol_version(w);
        write_context(w);
        w.constructed(context(2, true), [&] { w.integer(result); });
        w.constructed(context(3, true), [&] {
            w.constructed(context(static_cast<std::uint32_t>(diagnostic_source), true), [&] { w.integer(diagnostic); });
        });
        write_user_information(w, kCstaVersionFive);
    });
    return w.take();
}

Bytes encode_abort(std::int64_t source) {
    Writer w;
    w.constructed(application(4, true), [&] { w.integer(source, context(0, false)); });
    return w.take();
}

PduDecoded classify_pdu(ByteView pdu) {
    PduDecoded out;
    const auto check = check_structure(pdu);
    if (!check.ok) {
        out.error = check.error;
        return out;
    }
    out.top = read_tlv(pdu).tlv;
    const Tag& t = out.top.tag;
    out.ok = true;
    if (t.cls == TagClass::Application && t.constructed) {
        switch (t.number) {
        case 0: out.kind = PduKind::Aarq; return out;
        case 1: out.kind = PduKind::Aare; return out;
        case 2:
        case 3: out.kind = PduKind::Release; return out;
        case 4: out.kind = PduKind::Abort; return out;
        default: break;
        }
    }
    if (t.cls == TagClass::Context && t.constructed && t.number >= 1 && t.number <= 4) out.kind = PduKind::Rose;
    else if (t.cls == TagClass::Context && !t.constructed && t.number == 0) out.kind = PduKind::PeerClose;
    else out.kind = PduKind::Unknown;
    return out;
}

} // namespace kxcti::csta
