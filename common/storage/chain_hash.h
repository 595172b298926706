#pragma once
// A chain hash over a file's lines: h_0 = kChainHashSeed, h_i = H(h_{i-1}, line_i). Two files
// have equal (i, h_i) exactly when their first i lines are equal (up to 64-bit collisions: at
// 2^-64 per comparison, negligible next to a disk's error rate). import uses it to skip lines
// it journaled before, whatever the file is called now.
//
// H is 64-bit FNV-1a (Fowler, Noll, Vo; offset basis and prime as published at
// http://www.isthe.com/chongo/tech/comp/fnv/) fed with the 8 bytes of h_{i-1} (little endian),
// the 4 bytes of the line's length (little endian, so "ab","c" differs from "a","bc") and the
// line's bytes. Stored in SQLite as the same 64 bits read as a signed integer.
#include <cstdint>
#include <string_view>

namespace kxcti::storage {

inline constexpr std::uint64_t kFnvOffsetBasis = 14695981039346656037ull;
inline constexpr std::uint64_t kFnvPrime = 1099511628211ull;
inline constexpr std::uint64_t kChainHashSeed = kFnvOffsetBasis;

inline std::uint64_t chain_hash(std::uint64_t previous, std::string_view line) noexcept {
    std::uint64_t h = kFnvOffsetBasis;
    auto feed = [&h](unsigned char byte) {
        h ^= byte;
        h *= kFnvPrime;
    };
    for (int i = 0; i < 8; ++i) feed(static_cast<unsigned char>(previous >> (8 * i)));
    auto n = static_cast<std::uint32_t>(line.size());
    for (int i = 0; i < 4; ++i) feed(static_cast<unsigned char>(n >> (8 * i)));
    for (char c : line) feed(static_cast<unsigned char>(c));
    return h;
}

} // namespace kxcti::storage
