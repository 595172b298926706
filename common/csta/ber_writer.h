#pragma once
// BER writer for what the client sends (and what the test peer plays): definite lengths in
// their shortest form, integers in their shortest two's complement, tags in their shortest form.
// That is DER's choice for every element we write, so an encoding decoded and written again is
// byte-identical when the peer also used shortest forms (every Panasonic sample does).
#include "common/csta/ber.h"

#include <cstdint>
#include <optional>
#include <span>
#include <string_view>

namespace kxcti::csta {

class Writer {
public:
    void primitive(Tag tag, ByteView value);
    void integer(std::int64_t v, Tag tag = universal(univ::kInteger));
    void enumerated(std::int64_t v, Tag tag = universal(univ::kEnumerated)) { integer(v, tag); }
    void boolean(bool v, Tag tag = universal(univ::kBoolean));
    void null(Tag tag = universal(univ::kNull));
    void string(std::string_view s, Tag tag = universal(univ::kOctetString));
    void oid(std::span<const std::uint64_t> arcs, Tag tag = universal(univ::kOid));
    void bit_string(std::uint8_t unused_bits, ByteView bits, Tag tag = universal(univ::kBitString));
    // An element already encoded elsewhere, copied verbatim.
    void raw(ByteView encoded);

    // A constructed element whose contents `body` writes into this writer.
    template <typename F>
    void constructed(Tag tag, F&& body) {
        tag.constructed = true;
        const std::size_t mark = open(tag);
        body();
        close(mark);
    }

    const Bytes& bytes() const { return out_; }
    Bytes take() { return std::move(out_); }

private:
    std::size_t open(Tag tag);
    void close(std::size_t mark);
    void put_tag(Tag tag);
    void put_length(std::size_t length);

    Bytes out_;
};

// Decodes one element and writes it again with this writer (shortest forms). nullopt when the
// element does not pass check_structure. Tests use it to prove reader and writer agree.
std::optional<Bytes> reencode(ByteView element);

} // namespace kxcti::csta
