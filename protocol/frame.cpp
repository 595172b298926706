#include "protocol/frame.h"

#include <algorithm>
#include <stdexcept>

namespace kxcti::protocol {
namespace {

constexpr std::size_t kVersionAt = 4;
constexpr std::size_t kTypeAt = 6;
constexpr std::size_t kFlagsAt = 8;
constexpr std::size_t kLengthAt = 10;

std::uint16_t read_u16(std::span<const std::byte> b, std::size_t at) {
    return static_cast<std::uint16_t>((std::to_integer<unsigned>(b[at]) << 8) |
                                      std::to_integer<unsigned>(b[at + 1]));
}

std::uint32_t read_u32(std::span<const std::byte> b, std::size_t at) {
    return (std::uint32_t{read_u16(b, at)} << 16) | read_u16(b, at + 2);
}

void write_u16(std::byte* out, std::uint16_t v) {
    out[0] = static_cast<std::byte>(v >> 8);
    out[1] = static_cast<std::byte>(v & 0xFF);
}

std::string hex16(std::uint16_t v) {
    static constexpr char kDigits[] = "0123456789abcdef";
    std::string s = "0x0000";
    for (int i = 0; i < 4; ++i) s[5 - i] = kDigits[(v >> (4 * i)) & 0xF];
    return s;
}

std::string describe(VersionRange r) {
    return r.min == r.max ? std::to_string(r.min)
                          : std::to_string(r.min) + " to " + std::to_string(r.max);
}

FrameResult fail(FrameError e, std::string text) {
    FrameResult r;
    r.status = DecodeStatus::Error;
    r.error = e;
    r.text = std::move(text);
    return r;
}

FrameResult need(std::size_t total, std::size_t have) {
    FrameResult r;
    r.status = DecodeStatus::NeedMore;
    r.bytes_needed = total - have;
    return r;
}

} // namespace

FrameResult decode_frame(std::span<const std::byte> in, VersionRange accepted) {
    // Each field is judged as soon as its bytes are in, so garbage (an HTTP request, a port
    // scanner) is refused after a few bytes instead of after a whole header.
    const std::size_t magic_have = std::min(in.size(), kMagic.size());
    if (!std::equal(in.begin(), in.begin() + static_cast<std::ptrdiff_t>(magic_have),
                    kMagic.begin()))
        return fail(FrameError::BadMagic,
                    "frame header: bad magic at byte 0 (expected \"KXCT\"): the peer is not a "
                    "kxcti client or server, or the stream lost sync; close the connection");
    if (in.size() >= kTypeAt) {
        const std::uint16_t v = read_u16(in, kVersionAt);
        if (v == 0 || !accepted.contains(v))
            return fail(FrameError::BadVersion,
                        "frame header: protocol version " + std::to_string(v) +
                            " at byte 4 is outside the accepted range " + describe(accepted));
    }
    if (in.size() >= kFlagsAt && read_u16(in, kTypeAt) == 0)
        return fail(FrameError::ReservedType,
                    "frame header: message type 0 at byte 6 is reserved and never sent");
    if (in.size() >= kLengthAt) {
        const std::uint16_t flags = read_u16(in, kFlagsAt);
        if ((flags & ~kKnownFlags) != 0)
            return fail(FrameError::UnknownFlags,
                        "frame header: undefined flag bits " + hex16(flags & ~kKnownFlags) +
                            " at byte 8 (defined: " + hex16(kKnownFlags) +
                            " more; 0x0001 is reserved for compression)");
    }
    if (in.size() < kHeaderBytes) return need(kHeaderBytes, in.size());

    const std::uint32_t length = read_u32(in, kLengthAt);
    if (length > kMaxPayloadBytes)
        return fail(FrameError::TooLarge, "frame header: payload length " +
                                              std::to_string(length) + " at byte 10 exceeds the " +
                                              std::to_string(kMaxPayloadBytes) + "-byte cap");
    const std::size_t total = kHeaderBytes + length;
    if (in.size() < total) return need(total, in.size());

    FrameResult r;
    r.status = DecodeStatus::Ok;
    r.frame.version = read_u16(in, kVersionAt);
    r.frame.type = read_u16(in, kTypeAt);
    r.frame.flags = read_u16(in, kFlagsAt);
    r.frame.payload = in.subspan(kHeaderBytes, length);
    r.bytes_consumed = total;
    return r;
}

FrameResult decode_frame(std::string_view in, VersionRange accepted) {
    return decode_frame(std::as_bytes(std::span(in.data(), in.size())), accepted);
}

std::array<std::byte, kHeaderBytes> encode_header(const FrameHeader& h) {
    if (h.version == 0) throw std::invalid_argument("encode_header: protocol version 0");
    if (h.type == 0) throw std::invalid_argument("encode_header: message type 0");
    if ((h.flags & ~kKnownFlags) != 0)
        throw std::invalid_argument("encode_header: undefined flag bits " +
                                    hex16(h.flags & ~kKnownFlags));
    if (h.length > kMaxPayloadBytes)
        throw std::invalid_argument("encode_header: payload of " + std::to_string(h.length) +
                                    " bytes exceeds the cap");
    std::array<std::byte, kHeaderBytes> out{};
    std::copy(kMagic.begin(), kMagic.end(), out.begin());
    write_u16(&out[kVersionAt], h.version);
    write_u16(&out[kTypeAt], h.type);
    write_u16(&out[kFlagsAt], h.flags);
    write_u16(&out[kLengthAt], static_cast<std::uint16_t>(h.length >> 16));
    write_u16(&out[kLengthAt + 2], static_cast<std::uint16_t>(h.length & 0xFFFF));
    return out;
}

std::vector<std::byte> encode_frame(std::uint16_t version, std::uint16_t type, std::uint16_t flags,
                                    std::span<const std::byte> payload) {
    if (payload.size() > kMaxPayloadBytes)
        throw std::invalid_argument("encode_frame: payload of " + std::to_string(payload.size()) +
                                    " bytes exceeds the cap");
    const auto header =
        encode_header({version, type, flags, static_cast<std::uint32_t>(payload.size())});
    std::vector<std::byte> out;
    out.reserve(kHeaderBytes + payload.size());
    out.insert(out.end(), header.begin(), header.end());
    out.insert(out.end(), payload.begin(), payload.end());
    return out;
}

} // namespace kxcti::protocol
