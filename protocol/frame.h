#pragma once
// The one frame codec of the client/server protocol (docs/protocol.md, "Frame"). A frame is a
// fixed 14-byte header followed by the payload:
//
//   offset 0  4 bytes  magic "KXCT"
//   offset 4  u16      protocol version the payload is encoded in (1 or more; 0 is never valid)
//   offset 6  u16      message type (MessageType in messages.h; 0 is never valid)
//   offset 8  u16      flags (kFlagMore; every other bit is an error)
//   offset 10 u32      payload length in bytes (at most kMaxPayloadBytes)
//
// All header fields are unsigned and big-endian. decode_frame is a pure function over the bytes
// received so far: it checks each header field as soon as its bytes are there, refuses a length
// over the cap from the header alone (it never waits for such a body), and allocates nothing;
// the payload it returns is a view into the caller's buffer. The same code serves the server,
// the clients, the tests and the fuzzer.
#include <array>
#include <cstddef>
#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace kxcti::protocol {

inline constexpr std::array<std::byte, 4> kMagic{std::byte{'K'}, std::byte{'X'}, std::byte{'C'},
                                                 std::byte{'T'}};
inline constexpr std::size_t kHeaderBytes = 14;

// One cap for both directions, header included. 1 MiB holds a report chunk of some thousands of
// rows; larger results are streamed as several frames (kFlagMore). A fixed cap means neither end
// ever buffers more than this for one frame, whatever the peer's length field says.
inline constexpr std::size_t kMaxFrameBytes = 1024 * 1024;
inline constexpr std::size_t kMaxPayloadBytes = kMaxFrameBytes - kHeaderBytes;

// Flag bits. kFlagMore: more frames of the same message type follow as one stream (report
// chunks); the stream's last frame has the bit clear. Bit 0x0001 is reserved for compression,
// which no protocol version supports yet; it and every other undefined bit make a frame invalid,
// so a future meaning can never be silently ignored by an old peer.
inline constexpr std::uint16_t kFlagCompressedReserved = 0x0001;
inline constexpr std::uint16_t kFlagMore = 0x0002;
inline constexpr std::uint16_t kKnownFlags = kFlagMore;

// Protocol versions a decoder accepts in the header. Before the handshake a server accepts any
// version (kAnyVersion) so that it can read a Hello from any client and answer with a clear
// refusal; after it, only the negotiated one.
struct VersionRange {
    std::uint16_t min = 1;
    std::uint16_t max = 1;
    constexpr bool contains(std::uint16_t v) const { return v >= min && v <= max; }
    friend constexpr bool operator==(VersionRange, VersionRange) = default;
};
inline constexpr VersionRange kAnyVersion{1, 0xFFFF};

struct FrameHeader {
    std::uint16_t version = 0;
    std::uint16_t type = 0;
    std::uint16_t flags = 0;
    std::uint32_t length = 0;
};

struct Frame {
    std::uint16_t version = 0;
    std::uint16_t type = 0;
    std::uint16_t flags = 0;
    std::span<const std::byte> payload; // a view into the decoder's input
};

enum class DecodeStatus : std::uint8_t { NeedMore, Ok, Error };

enum class FrameError : std::uint8_t {
    None,
    BadMagic,      // not a kxcti peer (or the stream lost sync)
    BadVersion,    // version 0 or outside the accepted range
    ReservedType,  // message type 0
    UnknownFlags,  // a flag bit that is not defined
    TooLarge,      // length over kMaxPayloadBytes
};

struct FrameResult {
    DecodeStatus status = DecodeStatus::NeedMore;
    Frame frame;                    // valid when status == Ok
    std::size_t bytes_consumed = 0; // header + payload when Ok; 0 otherwise
    std::size_t bytes_needed = 0;   // when NeedMore: how many more bytes at least
    FrameError error = FrameError::None;
    std::string text; // when Error: what was wrong and where
};

// Decodes the first frame in `input`. NeedMore until a whole frame is there; Error as soon as a
// header field is known to be wrong. The stream cannot be resynchronised after an Error: close.
FrameResult decode_frame(std::span<const std::byte> input, VersionRange accepted);
FrameResult decode_frame(std::string_view input, VersionRange accepted);

// The 14 header bytes for a frame (for scatter writes without copying the payload).
// Throws std::invalid_argument for a header we would refuse ourselves (version or type 0,
// undefined flags, length over the cap): that is a bug in the caller, not bad input.
std::array<std::byte, kHeaderBytes> encode_header(const FrameHeader& header);

// Header + payload in one buffer; `header.length` is taken from the payload. Throws like
// encode_header.
std::vector<std::byte> encode_frame(std::uint16_t version, std::uint16_t type, std::uint16_t flags,
                                    std::span<const std::byte> payload);

} // namespace kxcti::protocol
