#include "common/csta/framing.h"

namespace kxcti::csta {

FrameResult decode_frame(ByteView input, std::size_t max_pdu) {
    FrameResult r;
    if (input.size() < kFrameHeaderBytes) {
        r.needed = kFrameHeaderBytes - input.size();
        return r;
    }
    const std::size_t length = static_cast<std::size_t>(input[0]) << 8 | input[1];
    if (length > max_pdu) {
        r.status = Status::Error;
        r.error = "frame prefix announces a PDU of " + std::to_string(length) + " bytes (at most " +
                  std::to_string(max_pdu) + " accepted): the peer is not a CSTA link or the stream lost sync";
        return r;
    }
    if (input.size() - kFrameHeaderBytes < length) {
        r.needed = length - (input.size() - kFrameHeaderBytes);
        return r;
    }
    r.status = Status::Ok;
    r.pdu = input.subspan(kFrameHeaderBytes, length);
    r.consumed = kFrameHeaderBytes + length;
    return r;
}

std::optional<Bytes> encode_frame(ByteView pdu) {
    if (pdu.size() > kMaxPduBytes) return std::nullopt;
    Bytes out;
    out.reserve(pdu.size() + kFrameHeaderBytes);
    out.push_back(static_cast<std::uint8_t>(pdu.size() >> 8));
    out.push_back(static_cast<std::uint8_t>(pdu.size() & 0xFF));
    out.insert(out.end(), pdu.begin(), pdu.end());
    return out;
}

std::optional<std::string> FrameAssembler::feed(ByteView data, const std::function<void(ByteView)>& on_pdu) {
    buffer_.insert(buffer_.end(), data.begin(), data.end());
    std::size_t start = 0;
    std::optional<std::string> error;
    while (start < buffer_.size()) {
        const auto r = decode_frame(ByteView(buffer_).subspan(start), max_pdu_);
        if (r.status == Status::NeedMore) break;
        if (r.status == Status::Error) {
            error = r.error;
            break;
        }
        start += r.consumed;
        if (r.pdu.empty()) {
            ++empty_frames_;
            continue;
        }
        on_pdu(r.pdu);
    }
    if (error) {
        buffer_.clear();
        return error;
    }
    buffer_.erase(buffer_.begin(), buffer_.begin() + static_cast<std::ptrdiff_t>(start));
    return std::nullopt;
}

} // namespace kxcti::csta
