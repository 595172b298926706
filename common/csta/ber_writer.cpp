#include "common/csta/ber_writer.h"

namespace kxcti::csta {

void Writer::put_tag(Tag tag) {
    const auto head = static_cast<std::uint8_t>(static_cast<unsigned>(tag.cls) << 6 | (tag.constructed ? 0x20u : 0u));
    if (tag.number < 0x1F) {
        out_.push_back(static_cast<std::uint8_t>(head | tag.number));
        return;
    }
    out_.push_back(static_cast<std::uint8_t>(head | 0x1Fu));
    std::uint8_t groups[5];
    int n = 0;
    std::uint32_t v = tag.number;
    do {
        groups[n++] = static_cast<std::uint8_t>(v & 0x7Fu);
        v >>= 7;
    } while (v != 0);
    while (n-- > 0) out_.push_back(static_cast<std::uint8_t>(groups[n] | (n > 0 ? 0x80u : 0u)));
}

void Writer::put_length(std::size_t length) {
    if (length < 0x80) {
        out_.push_back(static_cast<std::uint8_t>(length));
        return;
    }
    std::uint8_t bytes[sizeof(std::size_t)];
    int n = 0;
    for (std::size_t v = length; v != 0; v >>= 8) bytes[n++] = static_cast<std::uint8_t>(v & 0xFFu);
    out_.push_back(static_cast<std::uint8_t>(0x80 | n));
    while (n-- > 0) out_.push_back(bytes[n]);
}

void Writer::primitive(Tag tag, ByteView value) {
    tag.constructed = false;
    put_tag(tag);
    put_length(value.size());
    out_.insert(out_.end(), value.begin(), value.end());
}

void Writer::integer(std::int64_t v, Tag tag) {
    std::uint8_t bytes[8];
    int n = 8;
    for (int i = 7; i >= 0; --i) bytes[i] = static_cast<std::uint8_t>(static_cast<std::uint64_t>(v) >> (8 * (7 - i)));
    // Drop leading bytes that only repeat the sign of the next one.
    int start = 0;
    while (start < 7 && ((bytes[start] == 0x00 && !(bytes[start + 1] & 0x80)) ||
                         (bytes[start] == 0xFF && (bytes[start + 1] & 0x80))))
        ++start;
    primitive(tag, ByteView(bytes + start, static_cast<std::size_t>(n - start)));
}

void Writer::boolean(bool v, Tag tag) {
    const std::uint8_t b = v ? 0xFF : 0x00;
    primitive(tag, ByteView(&b, 1));
}

void Writer::null(Tag tag) { primitive(tag, {}); }

void Writer::string(std::string_view s, Tag tag) { primitive(tag, view(s)); }

void Writer::oid(std::span<const std::uint64_t> arcs, Tag tag) {
    Bytes body;
    auto put_arc = [&body](std::uint64_t v) {
        std::uint8_t groups[10];
        int n = 0;
        do {
            groups[n++] = static_cast<std::uint8_t>(v & 0x7Fu);
            v >>= 7;
        } while (v != 0);
        while (n-- > 0) body.push_back(static_cast<std::uint8_t>(groups[n] | (n > 0 ? 0x80u : 0u)));
    };
    if (arcs.size() >= 2) {
        put_arc(arcs[0] * 40 + arcs[1]);
        for (std::size_t i = 2; i < arcs.size(); ++i) put_arc(arcs[i]);
    }
    primitive(tag, body);
}

void Writer::bit_string(std::uint8_t unused_bits, ByteView bits, Tag tag) {
    Bytes body;
    body.reserve(bits.size() + 1);
    body.push_back(unused_bits);
    body.insert(body.end(), bits.begin(), bits.end());
    primitive(tag, body);
}

void Writer::raw(ByteView encoded) { out_.insert(out_.end(), encoded.begin(), encoded.end()); }

std::size_t Writer::open(Tag tag) {
    put_tag(tag);
    out_.push_back(0); // length placeholder, widened in close() if the contents need it
    return out_.size() - 1;
}

void Writer::close(std::size_t mark) {
    const std::size_t length = out_.size() - mark - 1;
    if (length < 0x80) {
        out_[mark] = static_cast<std::uint8_t>(length);
        return;
    }
    std::uint8_t bytes[sizeof(std::size_t)];
    int n = 0;
    for (std::size_t v = length; v != 0; v >>= 8) bytes[n++] = static_cast<std::uint8_t>(v & 0xFFu);
    out_[mark] = static_cast<std::uint8_t>(0x80 | n);
    Bytes wide;
    while (n-- > 0) wide.push_back(bytes[n]);
    out_.insert(out_.begin() + static_cast<std::ptrdiff_t>(mark) + 1, wide.begin(), wide.end());
}

namespace {
// Recursion is bounded: check_structure has already refused anything deeper than kMaxDepth.
void copy_element(Writer& w, const Tlv& tlv, int depth) {
    if (!tlv.tag.constructed) {
        w.primitive(tlv.tag, tlv.value);
        return;
    }
    w.constructed(tlv.tag, [&] {
        Cursor c(tlv, depth);
        while (auto child = c.next()) copy_element(w, *child, depth + 1);
    });
}
} // namespace

std::optional<Bytes> reencode(ByteView element) {
    if (!check_structure(element).ok) return std::nullopt;
    const auto top = read_tlv(element);
    Writer w;
    copy_element(w, top.tlv, 1);
    return w.take();
}

} // namespace kxcti::csta
