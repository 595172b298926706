// libFuzzer entry point: arbitrary bytes as a received stream. Every frame decode_frame accepts
// must lie inside the input; every message decode_message accepts must re-encode to exactly the
// same frame bytes (the encoding is canonical and the decoder strict).
#include "protocol/frame.h"
#include "protocol/messages.h"

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <span>

namespace {
void check(bool ok) {
    if (!ok) __builtin_trap();
}

void drain(std::span<const std::byte> rest, kxcti::protocol::VersionRange accepted) {
    using namespace kxcti::protocol;
    for (;;) {
        const auto r = decode_frame(rest, accepted);
        if (r.status == DecodeStatus::NeedMore) {
            check(r.bytes_needed > 0 && r.bytes_consumed == 0);
            return;
        }
        if (r.status == DecodeStatus::Error) {
            check(!r.text.empty() && r.error != FrameError::None);
            return;
        }
        check(r.bytes_consumed >= kHeaderBytes && r.bytes_consumed <= rest.size());
        check(r.bytes_consumed <= kMaxFrameBytes);
        check(r.frame.payload.data() == rest.data() + kHeaderBytes);
        check(accepted.contains(r.frame.version) && r.frame.type != 0);
        const auto m = decode_message(r.frame);
        if (m) {
            const auto again = encode_message(*m.value, r.frame.version, r.frame.flags);
            check(static_cast<bool>(again));
            check(again.value->size() == r.bytes_consumed);
            check(std::memcmp(again.value->data(), rest.data(), r.bytes_consumed) == 0);
        } else {
            check(!m.text.empty() && m.error != PayloadError::None);
        }
        rest = rest.subspan(r.bytes_consumed);
    }
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::span<const std::byte> input(reinterpret_cast<const std::byte*>(data), size);
    drain(input, kxcti::protocol::kAnyVersion);
    drain(input, kxcti::protocol::kSupportedVersions);
    return 0;
}
