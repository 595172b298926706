// libFuzzer entry point: arbitrary bytes as what a connection receives, read the way the
// server's sessions and the client library read it (FrameReader, then decode_message), in
// pieces whose sizes come from the input's first byte. Never crashes, never throws, never
// buffers more than one frame, and every frame it yields decodes or fails with a reason.
#include "protocol/frame_reader.h"
#include "protocol/messages.h"

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <cstring>

namespace {
void check(bool ok) {
    if (!ok) __builtin_trap();
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using namespace kxcti::protocol;
    if (size == 0) return 0;
    const std::size_t step = 1 + data[0] % 64;
    ++data;
    --size;
    FrameReader reader(kAnyVersion);
    bool handshaken = false;
    std::size_t at = 0;
    while (at < size) {
        auto space = reader.prepare();
        if (space.empty()) break; // after an Error
        check(reader.capacity() <= kMaxFrameBytes);
        const std::size_t n = std::min({step, space.size(), size - at});
        std::memcpy(space.data(), data + at, n);
        reader.commit(n);
        at += n;
        while (true) {
            const auto r = reader.next();
            if (r.status == DecodeStatus::NeedMore) break;
            if (r.status == DecodeStatus::Error) {
                check(!r.text.empty());
                break;
            }
            check(r.frame.payload.size() <= kMaxPayloadBytes);
            const auto m = decode_message(r.frame);
            check(static_cast<bool>(m) == m.text.empty());
            // As a session does: after the first frame only version 1 is accepted.
            if (!handshaken) reader.set_accepted({1, 1});
            handshaken = true;
        }
    }
    return 0;
}
