#pragma once
// Framing of the Panasonic CTI link: every PDU is preceded by its length as 2 bytes,
// big-endian (corpus: IrbisNN/LinTcMon phonesystem.py reads 2 bytes, then that many).
// PDUs of more than 127 and 255 bytes occur, PDUs arrive split across reads and several
// arrive in one read; decode_frame handles all of these as a pure function, FrameAssembler
// keeps the bytes of one connection between reads.
#include "common/csta/ber.h"

#include <functional>
#include <optional>
#include <string>

namespace kxcti::csta {

inline constexpr std::size_t kFrameHeaderBytes = 2;
// The prefix cannot say more than 65535, so this is the cap on both directions: nobody can make
// us buffer more than one such PDU plus one read, whatever the peer sends.
inline constexpr std::size_t kMaxPduBytes = 0xFFFF;

struct FrameResult {
    Status status = Status::NeedMore;
    ByteView pdu;              // when Ok: a view into the input (may be empty: see below)
    std::size_t consumed = 0;  // when Ok: prefix + PDU
    std::size_t needed = 0;    // when NeedMore: at least this many more bytes
    std::string error;         // when Error
};

// The first frame of `input`. A zero-length frame is Ok with an empty pdu (no known PBX sends
// one; callers skip and count it). A length over `max_pdu` is an Error from the prefix alone.
FrameResult decode_frame(ByteView input, std::size_t max_pdu = kMaxPduBytes);

// Prefix + PDU; nullopt when the PDU is longer than the prefix can say.
std::optional<Bytes> encode_frame(ByteView pdu);

// Collects the bytes of one connection and hands out whole PDUs.
class FrameAssembler {
public:
    explicit FrameAssembler(std::size_t max_pdu = kMaxPduBytes) : max_pdu_(max_pdu) {}

    // Appends `data` and calls on_pdu for every complete PDU, in order (the view is valid only
    // during the call). Returns an error text when the stream is broken: close the connection,
    // the stream cannot be resynchronised.
    std::optional<std::string> feed(ByteView data, const std::function<void(ByteView)>& on_pdu);

    void reset() { buffer_.clear(); }
    std::size_t buffered() const { return buffer_.size(); }
    std::uint64_t empty_frames() const { return empty_frames_; }

private:
    std::size_t max_pdu_;
    Bytes buffer_;
    std::uint64_t empty_frames_ = 0;
};

} // namespace kxcti::csta
