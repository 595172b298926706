#pragma once
// The two Boost.Serialization archives every payload goes through (docs/protocol.md, "Payload
// encoding"). They derive from Boost's binary archives (no header, no codecvt) so that structs
// keep the usual `template <class Archive> void serialize(Archive&, unsigned)` and `ar & field`,
// but they replace every primitive, because Boost's own binary primitives trust the peer: a
// std::string or std::vector length is read and resized before a single element byte is checked
// (a 2^28 count in an 84-byte frame zero-fills 1 GiB before throwing), enums are cast from any
// int, a bool byte of 2 is undefined behaviour, and integer sizes and byte order are the host's.
//
// On the wire (little-endian, sizes fixed whatever the platform):
//   integers, float, double  their own size;   bool  1 byte, 0 or 1
//   enum                     its unsigned underlying type, checked against wire_enum(E).last
//   std::string              u32 byte count, then the bytes
//   std::vector<T>           u32 element count, then the elements
//   struct                   its fields in serialize() order, nothing else (no class info)
// A count is checked against the bytes that remain (count * smallest encoding of one element)
// before anything is reserved. Pointers, polymorphic types and unregistered structs do not
// compile. Decoding throws PayloadFailure; payload.h turns every exception into a result.
#include "protocol/frame.h"

#include <boost/archive/binary_iarchive_impl.hpp>
#include <boost/archive/binary_oarchive_impl.hpp>
#include <boost/serialization/collection_size_type.hpp>
#include <boost/serialization/item_version_type.hpp>
#include <boost/serialization/level.hpp>
#include <boost/serialization/library_version_type.hpp>
#include <boost/serialization/tracking.hpp>

#include <bit>
#include <concepts>
#include <cstddef>
#include <cstdint>
#include <exception>
#include <span>
#include <streambuf>
#include <string>
#include <string_view>
#include <type_traits>
#include <vector>

// Declares a payload struct (at global scope, fully qualified name): no class-info bytes and no
// object tracking, so a struct is exactly its fields on the wire. The archives refuse structs
// without it at compile time.
#define KXCTI_PROTOCOL_STRUCT(T)                                                                   \
    BOOST_CLASS_IMPLEMENTATION(T, boost::serialization::object_serializable)                     \
    BOOST_CLASS_TRACKING(T, boost::serialization::track_never)

namespace kxcti::protocol {

enum class PayloadError : std::uint8_t {
    None,
    Truncated,     // a field runs past the end of the payload
    CountTooLarge, // a string or collection count larger than the bytes that remain
    BadEnum,       // an enum value that is not defined
    BadBool,       // a bool byte other than 0 or 1
    TrailingBytes, // bytes left after a complete message
    TooLarge,      // encoding: the payload would exceed kMaxPayloadBytes
    UnknownType,   // a message type that is not in the registry
    Malformed,     // anything else the archive refused
};

// Names an enum for the archives: its wire name and its last defined value. Every enum in a
// payload needs `constexpr WireEnum<E> wire_enum(E)` beside it (found by ADL); values run from
// 0 to `last` without gaps.
template <class E>
struct WireEnum {
    std::string_view name;
    E last;
};

template <class E>
concept PayloadEnum = std::is_enum_v<E> && std::is_unsigned_v<std::underlying_type_t<E>> &&
                      requires(E e) {
                          { wire_enum(e) } -> std::same_as<WireEnum<E>>;
                      };

class PayloadFailure : public std::exception {
public:
    PayloadFailure(PayloadError code, std::string text) : code_(code), text_(std::move(text)) {}
    PayloadError code() const { return code_; }
    const char* what() const noexcept override { return text_.c_str(); }

private:
    PayloadError code_;
    std::string text_;
};

// The payload being read: a read-only view; never copies or grows.
class InBuffer : public std::streambuf {
public:
    explicit InBuffer(std::span<const std::byte> bytes);
    std::size_t remaining() const { return static_cast<std::size_t>(egptr() - gptr()); }
    std::size_t consumed() const { return static_cast<std::size_t>(gptr() - eback()); }
    void read(void* out, std::size_t n); // throws PayloadFailure(Truncated)
};

// The payload being written: appends to `out` (nullptr: only counts) up to `cap` bytes.
class OutBuffer : public std::streambuf {
public:
    OutBuffer(std::vector<std::byte>* out, std::size_t cap) : out_(out), cap_(cap) {}
    std::size_t written() const { return written_; }
    void write(const void* in, std::size_t n); // throws PayloadFailure(TooLarge)

protected:
    int_type overflow(int_type c) override;
    std::streamsize xsputn(const char* s, std::streamsize n) override;

private:
    std::vector<std::byte>* out_;
    std::size_t cap_;
    std::size_t written_ = 0;
};

namespace detail {
template <class T>
struct IsVector : std::false_type {};
template <class T, class A>
struct IsVector<std::vector<T, A>> : std::true_type {};

// Boost's class-information and archive-header types. Its archives can write them (virtual vsave/vload), but a
// KXCTI_PROTOCOL_STRUCT never asks for them; reaching one means a struct slipped past the rules.
template <class T>
constexpr bool is_boost_bookkeeping =
    std::is_same_v<T, boost::archive::version_type> ||
    std::is_same_v<T, boost::archive::object_id_type> ||
    std::is_same_v<T, boost::archive::object_reference_type> ||
    std::is_same_v<T, boost::archive::class_id_type> ||
    std::is_same_v<T, boost::archive::class_id_reference_type> ||
    std::is_same_v<T, boost::archive::class_id_optional_type> ||
    std::is_same_v<T, boost::archive::class_name_type> ||
    std::is_same_v<T, boost::archive::tracking_type> ||
    std::is_same_v<T, boost::serialization::library_version_type> ||
    std::is_same_v<T, boost::serialization::item_version_type> ||
    std::is_same_v<T, boost::serialization::collection_size_type>;

[[noreturn]] void refuse_bookkeeping();

template <class T>
constexpr bool is_wire_number =
    (std::is_integral_v<T> || std::is_same_v<T, float> || std::is_same_v<T, double>) &&
    !std::is_same_v<T, char> && !std::is_same_v<T, wchar_t> && !std::is_same_v<T, char8_t> &&
    !std::is_same_v<T, char16_t> && !std::is_same_v<T, char32_t>;

// What every payload type must be; a static_assert names the rule that was broken.
template <class T>
constexpr void check_payload_type() {
    static_assert(!std::is_pointer_v<T>, "payloads carry no pointers");
    static_assert(!std::is_polymorphic_v<T>, "payloads carry no polymorphic types");
    if constexpr (std::is_enum_v<T> && !std::is_same_v<T, std::byte>)
        static_assert(PayloadEnum<T>, "an enum in a payload needs an unsigned underlying type "
                                      "and a constexpr WireEnum<E> wire_enum(E) beside it");
    if constexpr (std::is_class_v<T> && !IsVector<T>::value && !std::is_same_v<T, std::string>)
        static_assert(boost::serialization::implementation_level<T>::value ==
                              boost::serialization::object_serializable,
                      "declare payload structs with KXCTI_PROTOCOL_STRUCT(T)");
    if constexpr (IsVector<T>::value)
        static_assert(!std::is_same_v<typename T::value_type, bool> &&
                          !std::is_empty_v<typename T::value_type>,
                      "vector<bool> and vectors of empty structs have no wire form");
}

template <class U>
U from_little_endian(const unsigned char* b) {
    U u = 0;
    for (std::size_t i = 0; i < sizeof(U); ++i) u |= static_cast<U>(U{b[i]} << (8 * i));
    return u;
}
} // namespace detail

template <class T>
std::size_t min_wire_bytes(std::uint16_t version);

class PayloadIArchive
    : public boost::archive::binary_iarchive_impl<PayloadIArchive, char, std::char_traits<char>> {
    using Base = boost::archive::binary_iarchive_impl<PayloadIArchive, char, std::char_traits<char>>;
    friend class boost::archive::detail::interface_iarchive<PayloadIArchive>;
    friend class boost::archive::basic_binary_iarchive<PayloadIArchive>;
    friend class boost::archive::load_access;

public:
    // `version`: the protocol version of the frame, for serialize() functions whose fields
    // changed between versions.
    PayloadIArchive(InBuffer& in, std::uint16_t version);
    std::uint16_t protocol_version() const { return version_; }
    std::size_t remaining() const { return in_.remaining(); }
    std::size_t offset() const { return in_.consumed(); }

    // Boost's own string reader resizes to a length it has not checked; ours replaces it.
    void load(std::string& s) { load_string(s); }
    using Base::load;

protected:
    template <class T>
    void load_override(T& t) {
        if constexpr (detail::is_boost_bookkeeping<T>) {
            detail::refuse_bookkeeping();
        } else {
            load_value(t);
        }
    }

private:
    template <class T>
    void load_value(T& t) {
        detail::check_payload_type<T>();
        if constexpr (std::is_same_v<T, std::byte>) {
            in_.read(&t, 1);
        } else if constexpr (std::is_enum_v<T>) {
            load_enum(t);
        } else if constexpr (std::is_same_v<T, std::string>) {
            load_string(t);
        } else if constexpr (detail::IsVector<T>::value) {
            load_vector(t);
        } else if constexpr (std::is_arithmetic_v<T>) {
            static_assert(detail::is_wire_number<T>, "use <cstdint> types, bool, float or double");
            load_number(t);
        } else {
            Base::load_override(t); // a struct: Boost calls its serialize()
        }
    }

    template <class T>
    void load_number(T& t) {
        const std::size_t at = offset();
        unsigned char b[sizeof(T)];
        in_.read(b, sizeof(T));
        if constexpr (std::is_same_v<T, bool>) {
            if (b[0] > 1)
                throw PayloadFailure(PayloadError::BadBool, "bool byte " + std::to_string(b[0]) +
                                                                " at payload offset " +
                                                                std::to_string(at) +
                                                                " is neither 0 nor 1");
            t = b[0] == 1;
        } else if constexpr (std::is_floating_point_v<T>) {
            using Bits = std::conditional_t<sizeof(T) == 4, std::uint32_t, std::uint64_t>;
            t = std::bit_cast<T>(detail::from_little_endian<Bits>(b));
        } else {
            t = static_cast<T>(detail::from_little_endian<std::make_unsigned_t<T>>(b));
        }
    }

    template <class E>
    void load_enum(E& e) {
        using U = std::underlying_type_t<E>;
        const std::size_t at = offset();
        U raw{};
        load_number(raw);
        const WireEnum<E> info = wire_enum(E{});
        if (raw > static_cast<U>(info.last))
            throw PayloadFailure(PayloadError::BadEnum,
                                 std::string(info.name) + " value " + std::to_string(raw) +
                                     " at payload offset " + std::to_string(at) +
                                     " is not defined (0 to " +
                                     std::to_string(static_cast<U>(info.last)) + " are)");
        e = static_cast<E>(raw);
    }

    // Reads a u32 count and refuses it unless `count * min_bytes` fit in what remains.
    std::size_t load_count(std::size_t min_bytes, const char* what);
    void load_string(std::string& s);

    template <class V>
    void load_vector(V& v) {
        using T = typename V::value_type;
        const std::size_t count = load_count(min_wire_bytes<T>(version_), "collection count");
        v.clear();
        v.reserve(count); // bounded: count <= remaining() / min_wire_bytes
        for (std::size_t i = 0; i < count; ++i) {
            T item{};
            *this >> item;
            v.push_back(std::move(item));
        }
    }

    InBuffer& in_;
    std::uint16_t version_;
};

class PayloadOArchive
    : public boost::archive::binary_oarchive_impl<PayloadOArchive, char, std::char_traits<char>> {
    using Base = boost::archive::binary_oarchive_impl<PayloadOArchive, char, std::char_traits<char>>;
    friend class boost::archive::detail::interface_oarchive<PayloadOArchive>;
    friend class boost::archive::basic_binary_oarchive<PayloadOArchive>;
    friend class boost::archive::save_access;

public:
    PayloadOArchive(OutBuffer& out, std::uint16_t version);
    std::uint16_t protocol_version() const { return version_; }

    void save(const std::string& s) { save_string(s); }
    using Base::save;

protected:
    template <class T>
    void save_override(const T& t) {
        if constexpr (detail::is_boost_bookkeeping<T>) {
            detail::refuse_bookkeeping();
        } else {
            save_value(t);
        }
    }

private:
    template <class T>
    void save_value(const T& t) {
        detail::check_payload_type<T>();
        if constexpr (std::is_same_v<T, std::byte>) {
            out_.write(&t, 1);
        } else if constexpr (std::is_enum_v<T>) {
            save_enum(t);
        } else if constexpr (std::is_same_v<T, std::string>) {
            save_string(t);
        } else if constexpr (detail::IsVector<T>::value) {
            save_count(t.size());
            for (const auto& item : t) *this << item;
        } else if constexpr (std::is_arithmetic_v<T>) {
            static_assert(detail::is_wire_number<T>, "use <cstdint> types, bool, float or double");
            save_number(t);
        } else {
            Base::save_override(t);
        }
    }

    template <class T>
    void save_number(T t) {
        if constexpr (std::is_same_v<T, bool>)
            save_le(std::uint8_t{t ? std::uint8_t{1} : std::uint8_t{0}});
        else if constexpr (std::is_same_v<T, float>)
            save_le(std::bit_cast<std::uint32_t>(t));
        else if constexpr (std::is_same_v<T, double>)
            save_le(std::bit_cast<std::uint64_t>(t));
        else
            save_le(static_cast<std::make_unsigned_t<T>>(t));
    }

    template <class U>
    void save_le(U u) {
        unsigned char b[sizeof(U)];
        for (std::size_t i = 0; i < sizeof(U); ++i) b[i] = static_cast<unsigned char>(u >> (8 * i));
        out_.write(b, sizeof(U));
    }

    template <class E>
    void save_enum(E e) {
        using U = std::underlying_type_t<E>;
        const WireEnum<E> info = wire_enum(E{});
        // Never send what the peer must refuse: an undefined value is our bug.
        if (static_cast<U>(e) > static_cast<U>(info.last))
            throw PayloadFailure(PayloadError::BadEnum,
                                 std::string(info.name) + " value " +
                                     std::to_string(static_cast<U>(e)) +
                                     " is not defined and cannot be sent");
        save_number(static_cast<U>(e));
    }

    void save_count(std::size_t n);
    void save_string(const std::string& s);

    OutBuffer& out_;
    std::uint16_t version_;
};

// The smallest encoding of one T: what a collection count is multiplied by before it is
// believed. For a struct it is the encoding of T{} (strings and vectors empty), which is exact
// because every field has a fixed size or a count prefix.
template <class T>
std::size_t min_wire_bytes(std::uint16_t version) {
    if constexpr (std::is_same_v<T, std::string> || detail::IsVector<T>::value) {
        return sizeof(std::uint32_t);
    } else if constexpr (std::is_enum_v<T>) {
        return sizeof(std::underlying_type_t<T>);
    } else if constexpr (std::is_arithmetic_v<T>) {
        return sizeof(T);
    } else {
        OutBuffer counter(nullptr, kMaxPayloadBytes);
        PayloadOArchive ar(counter, version);
        const T empty{};
        ar << empty;
        return counter.written() == 0 ? 1 : counter.written();
    }
}

} // namespace kxcti::protocol
