#include "protocol/frame_reader.h"

#include <algorithm>
#include <cstring>

namespace kxcti::protocol {

std::span<std::byte> FrameReader::prepare() {
    if (error_.status == DecodeStatus::Error) return {};
    // Move the unconsumed tail to the front: frames are consumed whole, so the tail is at most
    // one partial frame.
    if (begin_ > 0) {
        std::memmove(buffer_.data(), buffer_.data() + begin_, end_ - begin_);
        end_ -= begin_;
        begin_ = 0;
    }
    // Give a large buffer back once it has drained: one big report should not pin 1 MiB per
    // connection for the rest of the day.
    if (end_ == 0 && wanted_ <= kReadChunkBytes && buffer_.size() > kReadChunkBytes) {
        buffer_.resize(kReadChunkBytes);
        buffer_.shrink_to_fit();
    }
    // Room for the rest of the frame being received (decode_frame caps the announced length,
    // so wanted_ <= kMaxFrameBytes), and at least one read's worth.
    const std::size_t target = std::min(std::max(wanted_, end_ + kReadChunkBytes), kMaxFrameBytes);
    if (buffer_.size() < target) buffer_.resize(target);
    return std::span<std::byte>(buffer_.data() + end_, buffer_.size() - end_);
}

void FrameReader::commit(std::size_t received) {
    end_ = std::min(end_ + received, buffer_.size());
}

FrameResult FrameReader::next() {
    if (error_.status == DecodeStatus::Error) return error_;
    const std::span<const std::byte> pending(buffer_.data() + begin_, end_ - begin_);
    FrameResult r = decode_frame(pending, accepted_);
    switch (r.status) {
    case DecodeStatus::Ok:
        begin_ += r.bytes_consumed;
        wanted_ = 0;
        break;
    case DecodeStatus::NeedMore:
        wanted_ = pending.size() + r.bytes_needed;
        break;
    case DecodeStatus::Error:
        error_ = r;
        buffer_.clear();
        buffer_.shrink_to_fit();
        begin_ = end_ = wanted_ = 0;
        break;
    }
    return r;
}

} // namespace kxcti::protocol
