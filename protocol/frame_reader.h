#pragma once
// Receive-side buffering for one connection, shared by the server's sessions and the client
// library: bytes go in as they arrive, whole frames come out (decode_frame does the checking).
// Memory follows what the peer has proven: the buffer starts small and grows only to the
// length a valid header announced, never past kMaxFrameBytes, so 1,000 idle connections cost
// 1,000 small buffers, not 1,000 frame-sized ones.
#include "protocol/frame.h"

#include <cstddef>
#include <span>
#include <vector>

namespace kxcti::protocol {

// What a connection reads at a time, and the buffer a fresh connection gets.
inline constexpr std::size_t kReadChunkBytes = 4096;

class FrameReader {
public:
    explicit FrameReader(VersionRange accepted) : accepted_(accepted) {}

    // After the handshake: only the negotiated version is accepted.
    void set_accepted(VersionRange accepted) { accepted_ = accepted; }

    // Where to receive the next bytes; then commit() the number received. Call next() until it
    // returns NeedMore first: the span is then never empty (empty only after an Error).
    // Invalidates frames returned earlier.
    std::span<std::byte> prepare();
    void commit(std::size_t received);

    // The next whole frame (its payload a view into this reader, valid until the next
    // prepare() or next()), NeedMore, or Error. An Error is final: every later call returns
    // it again, and the connection must be closed.
    FrameResult next();

    std::size_t buffered() const { return end_ - begin_; }
    std::size_t capacity() const { return buffer_.size(); }

private:
    VersionRange accepted_;
    std::vector<std::byte> buffer_;
    std::size_t begin_ = 0;  // first byte not yet consumed
    std::size_t end_ = 0;    // one past the last byte received
    std::size_t wanted_ = 0; // bytes the next frame needs in total (0: unknown yet)
    FrameResult error_;      // set once an Error was returned
};

} // namespace kxcti::protocol
