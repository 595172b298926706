// libFuzzer entry point for the CSTA BER reader, writer and framing: arbitrary bytes as one
// PDU and as a received stream. Invariants (a trap on any failure):
//  - read_tlv never reports an element reaching past its input;
//  - what check_structure accepts, reencode writes, and the rewrite is accepted again with the
//    same element count and rewrites to itself;
//  - a cursor walk over an accepted element sees the same elements as check_structure;
//  - framing gives the same PDUs whether the stream arrives at once or cut anywhere.
#include "common/csta/ber.h"
#include "common/csta/ber_writer.h"
#include "common/csta/framing.h"

#include <cstddef>
#include <cstdint>
#include <vector>

namespace {
using namespace kxcti::csta;

void check(bool ok) {
    if (!ok) __builtin_trap();
}

std::size_t walk(Cursor c) {
    std::size_t n = 0;
    while (auto t = c.next()) {
        ++n;
        if (t->tag.constructed) n += walk(c.enter(*t));
    }
    check(!c.failed());
    return n;
}

std::vector<Bytes> frames(ByteView stream, std::size_t cut, std::size_t max_pdu, bool& broken) {
    FrameAssembler a(max_pdu);
    std::vector<Bytes> out;
    auto sink = [&](ByteView p) { out.emplace_back(p.begin(), p.end()); };
    broken = a.feed(stream.first(cut), sink).has_value();
    if (!broken) broken = a.feed(stream.subspan(cut), sink).has_value();
    return out;
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const ByteView input(data, size);

    const auto r = read_tlv(input);
    if (r.status == Status::Ok) check(r.tlv.total() <= size && r.tlv.value.data() + r.tlv.value.size() <= data + size);
    if (r.status == Status::Error) check(!r.error.empty());
    if (r.status == Status::NeedMore) check(r.needed > 0);

    const auto structure = check_structure(input);
    if (structure.ok) {
        const auto again = reencode(input);
        check(again.has_value());
        const auto second = check_structure(*again);
        check(second.ok && second.elements == structure.elements);
        check(reencode(*again) == *again);
        const auto top = read_tlv(input).tlv;
        check(1 + (top.tag.constructed ? walk(Cursor(top, 1)) : 0) == structure.elements);
    } else {
        check(!structure.error.empty());
    }

    // The same bytes as a stream, whole and cut at a position the input chooses.
    const std::size_t cut = size ? data[0] % (size + 1) : 0;
    const std::size_t cap = size > 1 ? 64 + data[size - 1] * 16 : kMaxPduBytes;
    bool broken_whole = false;
    bool broken_cut = false;
    const auto whole = frames(input, size, cap, broken_whole);
    const auto split = frames(input, cut, cap, broken_cut);
    check(broken_whole == broken_cut);
    check(whole == split);
    for (const auto& p : whole) check(!p.empty() && p.size() <= cap);
    return 0;
}
