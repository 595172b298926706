// libFuzzer entry point: arbitrary bytes as a line an NCID peer sends. parse_gateway_line never
// crashes, and a call it reads always formats as one well-formed CID line.
#include "protocol/ncid.h"

#include <cstddef>
#include <cstdint>
#include <string_view>

namespace {
void check(bool ok) {
    if (!ok) __builtin_trap();
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using namespace kxcti::protocol::ncid;
    const std::string_view line(reinterpret_cast<const char*>(data), size);
    const auto r = parse_gateway_line(line);
    if (r.status == GatewayStatus::Malformed) check(!r.error.empty());
    if (r.status != GatewayStatus::Call) return 0;
    Call c = r.call;
    c.year = 2026;
    const std::string out = cid_line(c);
    check(out.rfind("CID: *DATE*", 0) == 0);
    check(out.size() >= 2 && out.substr(out.size() - 3) == "*\r\n");
    // Exactly one line: no CR or LF before the end.
    check(out.find_first_of("\r\n") == out.size() - 2);
    std::size_t stars = 0;
    for (char ch : out) stars += ch == '*';
    check(stars == 13);
    return 0;
}
