#pragma once
#include <catch2/catch.hpp>

namespace kxcti::test {

template <class T>
T as(const std::optional<protocol::Message>& m) {
    REQUIRE(m.has_value());
    INFO("got " << protocol::message_name(static_cast<std::uint16_t>(protocol::message_type(*m))) << ", expected "
                << protocol::message_name(static_cast<std::uint16_t>(T::kType)));
    REQUIRE(std::holds_alternative<T>(*m));
    return std::get<T>(*m);
}

} // namespace kxcti::test
