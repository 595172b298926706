#include "common/csta/ber.h"

#include <array>

namespace kxcti::csta {
namespace {

TlvResult need(std::size_t n) {
    TlvResult r;
    r.status = Status::NeedMore;
    r.needed = n;
    return r;
}

TlvResult fail(std::string text) {
    TlvResult r;
    r.status = Status::Error;
    r.error = std::move(text);
    return r;
}

std::string at(std::size_t offset) { return " at offset " + std::to_string(offset); }

} // namespace

std::string tag_text(const Tag& tag) {
    const std::string n = std::to_string(tag.number);
    switch (tag.cls) {
    case TagClass::Universal:
        switch (tag.number) {
        case univ::kBoolean: return "BOOLEAN";
        case univ::kInteger: return "INTEGER";
        case univ::kBitString: return "BIT STRING";
        case univ::kOctetString: return "OCTET STRING";
        case univ::kNull: return "NULL";
        case univ::kOid: return "OBJECT IDENTIFIER";
        case univ::kExternal: return "EXTERNAL";
        case univ::kEnumerated: return "ENUMERATED";
        case univ::kSequence: return "SEQUENCE";
        case univ::kIa5String: return "IA5String";
        case univ::kGeneralizedTime: return "GeneralizedTime";
        default: return "[UNIVERSAL " + n + "]";
        }
    case TagClass::Application: return "[APPLICATION " + n + "]";
    case TagClass::Context: return "[" + n + "]";
    case TagClass::Private: return "[PRIVATE " + n + "]";
    }
    return "[?]";
}

TlvResult read_tlv(ByteView input, std::size_t base_offset) {
    if (input.empty()) return need(1);
    const std::uint8_t first = input[0];
    Tag tag;
    tag.cls = static_cast<TagClass>(first >> 6);
    tag.constructed = (first & 0x20) != 0;
    tag.number = first & 0x1F;
    std::size_t pos = 1;
    if (tag.number == 0x1F) {
        std::uint32_t number = 0;
        for (std::size_t i = 0;; ++i) {
            if (pos >= input.size()) return need(1);
            const std::uint8_t b = input[pos++];
            if (i == 0 && b == 0x80)
                return fail("tag number with a leading zero byte" + at(base_offset));
            if (i >= kMaxTagNumberBytes)
                return fail("tag number longer than " + std::to_string(kMaxTagNumberBytes) + " bytes" +
                            at(base_offset));
            number = (number << 7) | (b & 0x7Fu);
            if ((b & 0x80) == 0) break;
        }
        tag.number = number;
    }
    if (pos >= input.size()) return need(1);
    const std::uint8_t l0 = input[pos++];
    std::uint64_t length = l0;
    if (l0 == 0x80) {
        return fail("indefinite length" + at(base_offset) +
                    " (CSTA encoders use definite lengths; this peer is not speaking ECMA-285 BER)");
    }
    if (l0 > 0x80) {
        const std::size_t n = l0 & 0x7Fu;
        if (n > kMaxLengthBytes)
            return fail("length field of " + std::to_string(n) + " bytes" + at(base_offset) +
                        " (at most " + std::to_string(kMaxLengthBytes) + ")");
        if (input.size() - pos < n) return need(n - (input.size() - pos));
        length = 0;
        for (std::size_t i = 0; i < n; ++i) length = (length << 8) | input[pos++];
    }
    const std::size_t remaining = input.size() - pos;
    if (length > remaining) return need(static_cast<std::size_t>(length - remaining));
    TlvResult r;
    r.status = Status::Ok;
    r.tlv.tag = tag;
    r.tlv.offset = base_offset;
    r.tlv.header_bytes = pos;
    r.tlv.value = input.subspan(pos, static_cast<std::size_t>(length));
    return r;
}

CheckResult check_structure(ByteView input) {
    CheckResult out;
    const auto top = read_tlv(input, 0);
    if (top.status == Status::Error) {
        out.error = top.error;
        return out;
    }
    if (top.status == Status::NeedMore) {
        out.error = "element at offset 0 is cut short: " + std::to_string(top.needed) + " more bytes needed";
        return out;
    }
    if (top.tlv.total() != input.size()) {
        out.error = std::to_string(input.size() - top.tlv.total()) + " stray bytes after the element ending at offset " +
                    std::to_string(top.tlv.total());
        return out;
    }
    out.elements = 1;
    struct Level {
        ByteView rest;
        std::size_t offset = 0;
    };
    std::array<Level, kMaxDepth> stack{};
    int depth = 0;
    if (top.tlv.tag.constructed) stack[depth++] = {top.tlv.value, top.tlv.header_bytes};
    while (depth > 0) {
        Level& level = stack[static_cast<std::size_t>(depth - 1)];
        if (level.rest.empty()) {
            --depth;
            continue;
        }
        const auto r = read_tlv(level.rest, level.offset);
        if (r.status == Status::Error) {
            out.error = r.error;
            return out;
        }
        if (r.status == Status::NeedMore) {
            out.error = "element" + at(level.offset) + " runs " + std::to_string(r.needed) +
                        " bytes past the end of the element that contains it";
            return out;
        }
        ++out.elements;
        level.rest = level.rest.subspan(r.tlv.total());
        level.offset += r.tlv.total();
        if (r.tlv.tag.constructed) {
            if (depth >= kMaxDepth) {
                out.error = "elements nested deeper than " + std::to_string(kMaxDepth) + at(r.tlv.offset);
                return out;
            }
            stack[static_cast<std::size_t>(depth++)] = {r.tlv.value, r.tlv.offset + r.tlv.header_bytes};
        }
    }
    out.ok = true;
    return out;
}

std::optional<Tlv> Cursor::next() {
    if (rest_.empty() || failed()) return std::nullopt;
    const auto r = read_tlv(rest_, offset_);
    if (r.status != Status::Ok) {
        error_ = r.status == Status::Error
                     ? r.error
                     : "element" + at(offset_) + " runs " + std::to_string(r.needed) +
                           " bytes past the end of the element that contains it";
        rest_ = {};
        return std::nullopt;
    }
    rest_ = rest_.subspan(r.tlv.total());
    offset_ += r.tlv.total();
    return r.tlv;
}

std::optional<Tlv> Cursor::peek() {
    Cursor copy = *this;
    return copy.next();
}

Cursor Cursor::enter(const Tlv& tlv) {
    Cursor c;
    c.depth_ = depth_ + 1;
    if (!tlv.tag.constructed) {
        c.error_ = tag_text(tlv.tag) + at(tlv.offset) + " is primitive where a constructed element was expected";
        return c;
    }
    if (c.depth_ > kMaxDepth) {
        c.error_ = "elements nested deeper than " + std::to_string(kMaxDepth) + at(tlv.offset);
        return c;
    }
    c.rest_ = tlv.value;
    c.offset_ = tlv.offset + tlv.header_bytes;
    return c;
}

IntResult read_integer(const Tlv& tlv) {
    IntResult r;
    if (tlv.tag.constructed) {
        r.error = tag_text(tlv.tag) + at(tlv.offset) + ": an integer must be primitive";
        return r;
    }
    if (tlv.value.empty() || tlv.value.size() > kMaxIntegerBytes) {
        r.error = tag_text(tlv.tag) + at(tlv.offset) + ": integer of " + std::to_string(tlv.value.size()) +
                  " bytes (1 to " + std::to_string(kMaxIntegerBytes) + " accepted)";
        return r;
    }
    // Two's complement, sign taken from the first byte.
    std::uint64_t v = (tlv.value[0] & 0x80) ? ~std::uint64_t{0} : 0;
    for (std::uint8_t b : tlv.value) v = (v << 8) | b;
    r.ok = true;
    r.value = static_cast<std::int64_t>(v);
    return r;
}

std::optional<bool> read_boolean(const Tlv& tlv) {
    if (tlv.tag.constructed || tlv.value.size() != 1) return std::nullopt;
    return tlv.value[0] != 0;
}

std::optional<std::string> read_string(const Tlv& tlv) {
    if (tlv.tag.constructed) return std::nullopt;
    return std::string(reinterpret_cast<const char*>(tlv.value.data()), tlv.value.size());
}

std::optional<std::vector<std::uint64_t>> read_oid(const Tlv& tlv) {
    if (tlv.tag.constructed || tlv.value.empty()) return std::nullopt;
    // An arc of more than 9 bytes would overflow 63 bits.
    constexpr std::size_t kMaxArcBytes = 9;
    std::vector<std::uint64_t> arcs;
    std::uint64_t v = 0;
    std::size_t bytes = 0;
    for (std::uint8_t b : tlv.value) {
        if (bytes == 0 && b == 0x80) return std::nullopt;
        if (++bytes > kMaxArcBytes) return std::nullopt;
        v = (v << 7) | (b & 0x7Fu);
        if (b & 0x80) continue;
        if (arcs.empty()) {
            const std::uint64_t first = v < 40 ? 0 : v < 80 ? 1 : 2;
            arcs.push_back(first);
            arcs.push_back(v - first * 40);
        } else {
            arcs.push_back(v);
        }
        v = 0;
        bytes = 0;
    }
    if (bytes != 0) return std::nullopt;
    return arcs;
}

std::optional<BitString> read_bit_string(const Tlv& tlv) {
    if (tlv.tag.constructed || tlv.value.empty()) return std::nullopt;
    BitString b;
    b.unused_bits = tlv.value[0];
    if (b.unused_bits > 7 || (tlv.value.size() == 1 && b.unused_bits != 0)) return std::nullopt;
    b.bits.assign(tlv.value.begin() + 1, tlv.value.end());
    return b;
}

std::string hex(ByteView bytes) {
    static constexpr char kDigits[] = "0123456789abcdef";
    std::string out;
    out.reserve(bytes.size() * 2);
    for (std::uint8_t b : bytes) {
        out.push_back(kDigits[b >> 4]);
        out.push_back(kDigits[b & 0x0F]);
    }
    return out;
}

std::string hex(std::string_view bytes) { return hex(view(bytes)); }

std::optional<Bytes> from_hex(std::string_view text) {
    Bytes out;
    int high = -1;
    for (char c : text) {
        int v;
        if (c >= '0' && c <= '9') v = c - '0';
        else if (c >= 'a' && c <= 'f') v = c - 'a' + 10;
        else if (c >= 'A' && c <= 'F') v = c - 'A' + 10;
        else if (c == ' ' || c == '\n' || c == '\r' || c == '\t') continue;
        else return std::nullopt;
        if (high < 0) {
            high = v;
        } else {
            out.push_back(static_cast<std::uint8_t>(high << 4 | v));
            high = -1;
        }
    }
    if (high >= 0) return std::nullopt;
    return out;
}

} // namespace kxcti::csta
