#pragma once
// Byte-building helpers for hand-crafted (often hostile) frames and payloads.
#include <cstddef>
#include <cstdint>
#include <initializer_list>
#include <span>
#include <string_view>
#include <utility>
#include <vector>

namespace kxcti::test {

using Bytes = std::vector<std::byte>;

inline Bytes bytes(std::initializer_list<unsigned> values) {
    Bytes out;
    for (unsigned v : values) out.push_back(static_cast<std::byte>(v));
    return out;
}

inline Bytes& operator<<(Bytes& out, std::string_view text) {
    for (char c : text) out.push_back(static_cast<std::byte>(c));
    return out;
}

inline Bytes& operator<<(Bytes& out, const Bytes& more) {
    out.insert(out.end(), more.begin(), more.end());
    return out;
}

// Chains that start from a temporary: le(1, 2) << le(4, 4) << "text".
inline Bytes operator<<(Bytes&& out, std::string_view text) {
    out << text;
    return std::move(out);
}

inline Bytes operator<<(Bytes&& out, const Bytes& more) {
    out << more;
    return std::move(out);
}

// Little-endian, as payload fields are.
inline Bytes le(std::uint64_t v, std::size_t width) {
    Bytes out;
    for (std::size_t i = 0; i < width; ++i) out.push_back(static_cast<std::byte>(v >> (8 * i)));
    return out;
}

// Big-endian, as frame header fields are.
inline Bytes be(std::uint64_t v, std::size_t width) {
    Bytes out;
    for (std::size_t i = width; i-- > 0;) out.push_back(static_cast<std::byte>(v >> (8 * i)));
    return out;
}

// A frame header with any field values, valid or not.
inline Bytes header(std::uint16_t version, std::uint16_t type, std::uint16_t flags,
                    std::uint32_t length, std::string_view magic = "KXCT") {
    Bytes out;
    out << magic << be(version, 2) << be(type, 2) << be(flags, 2) << be(length, 4);
    return out;
}

inline std::span<const std::byte> prefix(const Bytes& b, std::size_t n) {
    return std::span<const std::byte>(b.data(), n);
}

} // namespace kxcti::test
