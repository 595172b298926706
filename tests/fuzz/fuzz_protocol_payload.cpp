// libFuzzer entry point: arbitrary bytes as the payload of every registered message type.
// Decoding never crashes, never throws, and anything it accepts re-encodes to the same bytes.
#include "protocol/messages.h"

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <span>

namespace {
void check(bool ok) {
    if (!ok) __builtin_trap();
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using namespace kxcti::protocol;
    const std::span<const std::byte> payload(reinterpret_cast<const std::byte*>(data), size);
    // One past the last type too, for the unknown-type path.
    for (std::uint16_t type = 1; type <= std::variant_size_v<Message> + 1; ++type) {
        const Frame frame{1, type, 0, payload};
        const auto m = decode_message(frame);
        if (!m) {
            check(!m.text.empty() && m.error != PayloadError::None);
            continue;
        }
        check(static_cast<std::uint16_t>(message_type(*m.value)) == type);
        const auto again = encode_message(*m.value, 1);
        check(static_cast<bool>(again));
        check(again.value->size() == kHeaderBytes + size);
        check(size == 0 || std::memcmp(again.value->data() + kHeaderBytes, data, size) == 0);
    }
    return 0;
}
