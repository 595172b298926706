#pragma once
// A small tolerant BER reader (X.690, definite lengths only) for the CSTA link.
//
// Everything here is a pure function over bytes the caller owns: a Tlv is a view into the
// input, nothing is allocated for a length the peer chose, and nothing throws on input. Each
// result says Ok, NeedMore (the input ends before the element does: only meaningful while a
// stream is still arriving) or Error (with what was wrong and at which offset).
//
// Limits, each refused with an Error rather than trusted:
//  - a tag number needs at most kMaxTagNumberBytes continuation bytes;
//  - a long-form length has at most kMaxLengthBytes bytes, and every length is checked against
//    what remains of the enclosing element before anything is read from it;
//  - constructed elements nest at most kMaxDepth deep.
#include <cstddef>
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace kxcti::csta {

using Bytes = std::vector<std::uint8_t>;
using ByteView = std::span<const std::uint8_t>;

// The deepest element any structure we decode reaches is about 12 levels (a Transferred event's
// connection list: ROSE, argument, event choice, event, list, entry, [0], ConnectionID, both,
// [1], DeviceID, number). Twice that leaves room for vendor additions while bounding the work
// (and any recursion) a hostile peer can cause with a deeply nested frame.
inline constexpr int kMaxDepth = 32;
// Tag numbers above 2^28 appear in no ASN.1 module a PBX uses; four continuation bytes keep
// the arithmetic in 32 bits.
inline constexpr std::size_t kMaxTagNumberBytes = 4;
// A frame is at most 64 KiB (2-byte prefix): two length bytes suffice; four accepts any encoder
// that pads, while a fifth could only describe an element larger than any frame.
inline constexpr std::size_t kMaxLengthBytes = 4;
// INTEGER and ENUMERATED values we use (invoke ids, opcodes, causes, device numbers) fit in
// 64 bits; a longer one is refused rather than truncated.
inline constexpr std::size_t kMaxIntegerBytes = 8;

enum class TagClass : std::uint8_t { Universal = 0, Application = 1, Context = 2, Private = 3 };

struct Tag {
    TagClass cls = TagClass::Universal;
    bool constructed = false;
    std::uint32_t number = 0;
    friend constexpr bool operator==(const Tag&, const Tag&) = default;
};

constexpr Tag universal(std::uint32_t n, bool constructed = false) {
    return Tag{TagClass::Universal, constructed, n};
}
constexpr Tag application(std::uint32_t n, bool constructed) {
    return Tag{TagClass::Application, constructed, n};
}
constexpr Tag context(std::uint32_t n, bool constructed) {
    return Tag{TagClass::Context, constructed, n};
}

// Universal tag numbers we read or write.
namespace univ {
inline constexpr std::uint32_t kBoolean = 1;
inline constexpr std::uint32_t kInteger = 2;
inline constexpr std::uint32_t kBitString = 3;
inline constexpr std::uint32_t kOctetString = 4;
inline constexpr std::uint32_t kNull = 5;
inline constexpr std::uint32_t kOid = 6;
inline constexpr std::uint32_t kExternal = 8;
inline constexpr std::uint32_t kEnumerated = 10;
inline constexpr std::uint32_t kSequence = 16;
inline constexpr std::uint32_t kIa5String = 22;
inline constexpr std::uint32_t kGeneralizedTime = 24;
} // namespace univ

inline constexpr Tag kSequenceTag = universal(univ::kSequence, true);

// "[APPLICATION 21]", "[3] constructed", "INTEGER": how a tag reads in a log line.
std::string tag_text(const Tag& tag);

enum class Status : std::uint8_t { Ok, NeedMore, Error };

struct Tlv {
    Tag tag;
    std::size_t offset = 0;       // of the tag byte, from the start of the input given
    std::size_t header_bytes = 0; // tag + length bytes
    ByteView value;               // the contents octets: a view into the input
    std::size_t total() const { return header_bytes + value.size(); }
};

// The whole element (header and contents) as it sat in the input.
inline ByteView element_bytes(const Tlv& t) {
    return ByteView(t.value.data() - t.header_bytes, t.total());
}

struct TlvResult {
    Status status = Status::NeedMore;
    Tlv tlv;                    // when Ok
    std::size_t needed = 0;     // when NeedMore: at least this many more bytes
    std::string error;          // when Error
};

// Reads the first element of `input` (offsets are reported relative to `base_offset`).
TlvResult read_tlv(ByteView input, std::size_t base_offset = 0);

// Walks every element of `input` down to primitives: all lengths consistent, nothing left over,
// depth within kMaxDepth. Ok when the whole input is exactly one valid element; NeedMore never
// (the input is taken as complete). Decoders run this first so that later walks only meet
// well-formed structure.
struct CheckResult {
    bool ok = false;
    std::string error;
    std::size_t elements = 0;
};
CheckResult check_structure(ByteView input);

// Iterates the elements inside a constructed value. Errors (truncation, bad length) stop the
// iteration and are kept; a walk that ends early because of an error is not a clean end.
class Cursor {
public:
    Cursor() = default;
    // `content`: the value of a constructed element; `offset`: where it starts in the PDU.
    Cursor(ByteView content, std::size_t offset, int depth) : rest_(content), offset_(offset), depth_(depth) {}
    explicit Cursor(const Tlv& constructed, int depth = 1)
        : rest_(constructed.value), offset_(constructed.offset + constructed.header_bytes), depth_(depth) {}

    // The next element, or nullopt at the end or on error (see error()).
    std::optional<Tlv> next();
    // The next element without consuming it.
    std::optional<Tlv> peek();
    // Children of `tlv` one level deeper; an error if that passes kMaxDepth.
    Cursor enter(const Tlv& tlv);
    bool at_end() const { return rest_.empty(); }
    bool failed() const { return !error_.empty(); }
    const std::string& error() const { return error_; }
    int depth() const { return depth_; }

private:
    ByteView rest_;
    std::size_t offset_ = 0;
    int depth_ = 0;
    std::string error_;
};

// Primitive values. Each checks the tag's form (primitive) and the length.
struct IntResult {
    bool ok = false;
    std::int64_t value = 0;
    std::string error;
};
IntResult read_integer(const Tlv& tlv);     // INTEGER, ENUMERATED or an implicit tag of either
std::optional<bool> read_boolean(const Tlv& tlv);
// OCTET STRING / IA5String / GeneralizedTime contents (primitive form only: the constructed
// string form is not used by CSTA encoders).
std::optional<std::string> read_string(const Tlv& tlv);
// Object identifier arcs; nullopt when malformed.
std::optional<std::vector<std::uint64_t>> read_oid(const Tlv& tlv);
struct BitString {
    std::uint8_t unused_bits = 0;
    Bytes bits;
};
std::optional<BitString> read_bit_string(const Tlv& tlv);

// Lowercase hex of bytes, for logs and tests.
std::string hex(ByteView bytes);
std::string hex(std::string_view bytes);
// Parses hex digits (spaces and newlines ignored); nullopt on any other character or an odd
// count.
std::optional<Bytes> from_hex(std::string_view text);

inline ByteView view(std::string_view s) {
    return ByteView(reinterpret_cast<const std::uint8_t*>(s.data()), s.size());
}

} // namespace kxcti::csta
