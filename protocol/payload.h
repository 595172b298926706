#pragma once
// Payload bytes <-> plain structs, as pure functions that never throw: every failure, from our
// own bound checks or from Boost, becomes a PayloadResult with a code and a text saying what was
// wrong and where (payload offset). Encoding format and checks: archive.h, docs/protocol.md.
#include "protocol/archive.h"

#include <boost/archive/archive_exception.hpp>

#include <new>
#include <optional>
#include <span>
#include <string>
#include <vector>

namespace kxcti::protocol {

template <class T>
struct PayloadResult {
    std::optional<T> value; // set exactly when error == None
    PayloadError error = PayloadError::None;
    std::string text;
    explicit operator bool() const { return value.has_value(); }
};

namespace detail {
template <class T, class F>
PayloadResult<T> guarded(F&& body) {
    PayloadResult<T> r;
    auto fail = [&r](PayloadError e, std::string text) {
        r.value.reset();
        r.error = e;
        r.text = std::move(text);
    };
    try {
        body(r);
    } catch (const PayloadFailure& e) {
        fail(e.code(), e.what());
    } catch (const boost::archive::archive_exception& e) {
        fail(PayloadError::Malformed, std::string("archive refused the payload: ") + e.what());
    } catch (const std::bad_alloc&) {
        fail(PayloadError::Malformed, "out of memory while decoding the payload");
    } catch (const std::exception& e) {
        fail(PayloadError::Malformed, e.what());
    } catch (...) {
        fail(PayloadError::Malformed, "unknown exception while decoding the payload");
    }
    return r;
}
} // namespace detail

// Decodes exactly one T from `payload` (a frame's payload). Bytes left over are an error.
template <class T>
PayloadResult<T> decode_payload(std::span<const std::byte> payload, std::uint16_t version) {
    return detail::guarded<T>([&](PayloadResult<T>& r) {
        InBuffer in(payload);
        T value{};
        {
            PayloadIArchive ar(in, version);
            ar >> value;
        }
        if (in.remaining() != 0)
            throw PayloadFailure(PayloadError::TrailingBytes,
                                 std::to_string(in.remaining()) +
                                     " bytes after the end of the message at payload offset " +
                                     std::to_string(in.consumed()));
        r.value = std::move(value);
    });
}

// Appends the encoding of `value` to `out`; at most kMaxPayloadBytes are written. On failure
// `out` may hold a partial payload: truncate it to its old size.
template <class T>
PayloadResult<std::size_t> encode_payload_into(std::vector<std::byte>& out, const T& value,
                                               std::uint16_t version) {
    return detail::guarded<std::size_t>([&](PayloadResult<std::size_t>& r) {
        OutBuffer buffer(&out, kMaxPayloadBytes);
        PayloadOArchive ar(buffer, version);
        ar << value;
        r.value = buffer.written();
    });
}

template <class T>
PayloadResult<std::vector<std::byte>> encode_payload(const T& value, std::uint16_t version) {
    PayloadResult<std::vector<std::byte>> r;
    std::vector<std::byte> bytes;
    auto written = encode_payload_into(bytes, value, version);
    if (!written) {
        r.error = written.error;
        r.text = std::move(written.text);
        return r;
    }
    r.value = std::move(bytes);
    return r;
}

} // namespace kxcti::protocol
