#pragma once
// Assembled calls as compact bytes, for the stored calls that reports read instead of assembling
// records again (common/reports/call_store.h). Lossless: decode(encode(calls)) == calls, every
// field of every leg, unknowns stay unknown. Varints, times as deltas from the previous time
// written, ids as deltas from the call's id: a call centre's call takes about 100 bytes.
#include "common/calls/call.h"

#include <span>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace kxcti::calls {

// Raise when the encoding changes: stored bytes of another version are rebuilt, never misread.
inline constexpr int kCallCodecVersion = 1;

struct CodecError : std::runtime_error {
    using std::runtime_error::runtime_error;
};

// Appends the calls (any order; kept) to `out`.
void encode_calls(std::span<const Call> calls, std::string& out);

// The calls of bytes written by encode_calls. Throws CodecError on a version or length mismatch
// (a damaged or foreign blob).
std::vector<Call> decode_calls(std::string_view bytes);

} // namespace kxcti::calls
