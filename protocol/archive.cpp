#include "protocol/archive.h"

#include <boost/archive/impl/archive_serializer_map.ipp>
#include <boost/archive/impl/basic_binary_iarchive.ipp>
#include <boost/archive/impl/basic_binary_iprimitive.ipp>
#include <boost/archive/impl/basic_binary_oarchive.ipp>
#include <boost/archive/impl/basic_binary_oprimitive.ipp>

#include <cstring>
#include <limits>

// A derived Boost archive needs its base templates instantiated once (the Boost library only
// does so for its own archive classes).
namespace boost::archive {
template class basic_binary_iprimitive<kxcti::protocol::PayloadIArchive, char,
                                       std::char_traits<char>>;
template class basic_binary_iarchive<kxcti::protocol::PayloadIArchive>;
template class binary_iarchive_impl<kxcti::protocol::PayloadIArchive, char, std::char_traits<char>>;
template class detail::archive_serializer_map<kxcti::protocol::PayloadIArchive>;
template class basic_binary_oprimitive<kxcti::protocol::PayloadOArchive, char,
                                       std::char_traits<char>>;
template class basic_binary_oarchive<kxcti::protocol::PayloadOArchive>;
template class binary_oarchive_impl<kxcti::protocol::PayloadOArchive, char, std::char_traits<char>>;
template class detail::archive_serializer_map<kxcti::protocol::PayloadOArchive>;
} // namespace boost::archive

namespace kxcti::protocol {
namespace {
// The archives never read or write a Boost header or use a locale: the frame header carries
// the version, and bytes are bytes.
constexpr unsigned kArchiveFlags = boost::archive::no_header | boost::archive::no_codecvt;
} // namespace

void detail::refuse_bookkeeping() {
    throw PayloadFailure(PayloadError::Malformed,
                         "Boost class information is not part of the kxcti wire format");
}

InBuffer::InBuffer(std::span<const std::byte> bytes) {
    // std::streambuf wants char*; the get area is only ever read.
    auto* p = const_cast<char*>(reinterpret_cast<const char*>(bytes.data()));
    setg(p, p, p + bytes.size());
}

void InBuffer::read(void* out, std::size_t n) {
    if (n > remaining())
        throw PayloadFailure(PayloadError::Truncated,
                             "a " + std::to_string(n) + "-byte field at payload offset " +
                                 std::to_string(consumed()) + " runs past the end (" +
                                 std::to_string(remaining()) + " bytes remain)");
    if (n != 0) std::memcpy(out, gptr(), n);
    setg(eback(), gptr() + n, egptr());
}

void OutBuffer::write(const void* in, std::size_t n) {
    if (n > cap_ - written_)
        throw PayloadFailure(PayloadError::TooLarge,
                             "payload exceeds the " + std::to_string(cap_) +
                                 "-byte cap; stream large results as several frames");
    if (out_ != nullptr && n != 0) {
        const auto* b = static_cast<const std::byte*>(in);
        out_->insert(out_->end(), b, b + n);
    }
    written_ += n;
}

OutBuffer::int_type OutBuffer::overflow(int_type c) {
    if (traits_type::eq_int_type(c, traits_type::eof())) return traits_type::not_eof(c);
    if (written_ >= cap_) return traits_type::eof();
    const char ch = traits_type::to_char_type(c);
    write(&ch, 1);
    return c;
}

std::streamsize OutBuffer::xsputn(const char* s, std::streamsize n) {
    const auto room = static_cast<std::streamsize>(cap_ - written_);
    const std::streamsize take = n < room ? n : room;
    write(s, static_cast<std::size_t>(take));
    return take;
}

PayloadIArchive::PayloadIArchive(InBuffer& in, std::uint16_t version)
    : Base(in, kArchiveFlags), in_(in), version_(version) {
    init(kArchiveFlags);
}

std::size_t PayloadIArchive::load_count(std::size_t min_bytes, const char* what) {
    const std::size_t at = offset();
    std::uint32_t count = 0;
    load_number(count);
    // Division, not multiplication: count * min_bytes cannot overflow this way.
    if (count > remaining() / min_bytes) {
        const std::string needs =
            min_bytes == 1 ? std::to_string(count) + " bytes"
                           : "at least " + std::to_string(std::uint64_t{count} * min_bytes) +
                                 " bytes (" + std::to_string(min_bytes) + " per element)";
        throw PayloadFailure(PayloadError::CountTooLarge,
                             std::string(what) + " " + std::to_string(count) +
                                 " at payload offset " + std::to_string(at) + " needs " + needs +
                                 " but only " + std::to_string(remaining()) + " remain");
    }
    return count;
}

void PayloadIArchive::load_string(std::string& s) {
    const std::size_t length = load_count(1, "string length");
    s.resize(length);
    in_.read(s.data(), length);
}

PayloadOArchive::PayloadOArchive(OutBuffer& out, std::uint16_t version)
    : Base(out, kArchiveFlags), out_(out), version_(version) {
    init(kArchiveFlags);
}

void PayloadOArchive::save_count(std::size_t n) {
    if (n > std::numeric_limits<std::uint32_t>::max())
        throw PayloadFailure(PayloadError::TooLarge,
                             "a count of " + std::to_string(n) + " does not fit in 32 bits");
    save_number(static_cast<std::uint32_t>(n));
}

void PayloadOArchive::save_string(const std::string& s) {
    save_count(s.size());
    out_.write(s.data(), s.size());
}

} // namespace kxcti::protocol
