#include "protocol/messages.h"

#include <algorithm>
#include <array>
#include <stdexcept>
#include <utility>

namespace kxcti::protocol {
namespace {

template <std::size_t... I>
constexpr bool types_are_unique(std::index_sequence<I...>) {
    constexpr std::array<MessageType, sizeof...(I)> types{
        std::variant_alternative_t<I, Message>::kType...};
    for (std::size_t a = 0; a < types.size(); ++a)
        for (std::size_t b = a + 1; b < types.size(); ++b)
            if (types[a] == types[b]) return false;
    return true;
}
static_assert(types_are_unique(std::make_index_sequence<std::variant_size_v<Message>>{}),
              "two messages share a MessageType");

std::string where(std::uint16_t type) {
    return std::string(message_name(type)) + " (type " + std::to_string(type) + "): ";
}

template <std::size_t I = 0>
PayloadResult<Message> decode_as(const Frame& frame) {
    if constexpr (I == std::variant_size_v<Message>) {
        PayloadResult<Message> r;
        r.error = PayloadError::UnknownType;
        r.text = "message type " + std::to_string(frame.type) +
                 " is not in the registry of protocol version " + std::to_string(frame.version);
        return r;
    } else {
        using T = std::variant_alternative_t<I, Message>;
        if (frame.type != static_cast<std::uint16_t>(T::kType)) return decode_as<I + 1>(frame);
        auto decoded = decode_payload<T>(frame.payload, frame.version);
        PayloadResult<Message> r;
        if (decoded) {
            r.value = std::move(*decoded.value);
        } else {
            r.error = decoded.error;
            r.text = where(frame.type) + decoded.text;
        }
        return r;
    }
}

} // namespace

MessageType message_type(const Message& message) {
    return std::visit([](const auto& m) { return std::decay_t<decltype(m)>::kType; }, message);
}

std::string_view message_name(std::uint16_t type) {
    // A switch, so that -Wswitch names a MessageType added without a name here.
    switch (static_cast<MessageType>(type)) {
    case MessageType::Hello: return "Hello";
    case MessageType::Welcome: return "Welcome";
    case MessageType::Refused: return "Refused";
    case MessageType::Goodbye: return "Goodbye";
    case MessageType::Error: return "Error";
    case MessageType::Ping: return "Ping";
    case MessageType::Pong: return "Pong";
    case MessageType::Login: return "Login";
    case MessageType::LoginOk: return "LoginOk";
    case MessageType::LoginRefused: return "LoginRefused";
    case MessageType::CallRinging: return "CallRinging";
    case MessageType::CallAnswered: return "CallAnswered";
    case MessageType::CallEnded: return "CallEnded";
    case MessageType::QueueState: return "QueueState";
    case MessageType::OperatorState: return "OperatorState";
    case MessageType::PhonebookLookup: return "PhonebookLookup";
    case MessageType::PhonebookResult: return "PhonebookResult";
    case MessageType::HistoryLookup: return "HistoryLookup";
    case MessageType::HistoryResult: return "HistoryResult";
    case MessageType::RequestFailed: return "RequestFailed";
    case MessageType::ReportCatalogRequest: return "ReportCatalogRequest";
    case MessageType::ReportCatalog: return "ReportCatalog";
    case MessageType::ReportRequest: return "ReportRequest";
    case MessageType::ReportColumns: return "ReportColumns";
    case MessageType::ReportRows: return "ReportRows";
    case MessageType::ReportProgress: return "ReportProgress";
    case MessageType::ReportDone: return "ReportDone";
    case MessageType::ReportCancel: return "ReportCancel";
    }
    return "unknown";
}

PayloadResult<Message> decode_message(const Frame& frame) { return decode_as(frame); }

PayloadResult<std::vector<std::byte>> encode_message(const Message& message, std::uint16_t version,
                                                     std::uint16_t flags) {
    const auto type = static_cast<std::uint16_t>(message_type(message));
    PayloadResult<std::vector<std::byte>> r;
    std::vector<std::byte> out(kHeaderBytes);
    auto written = std::visit(
        [&](const auto& m) { return encode_payload_into(out, m, version); }, message);
    if (!written) {
        r.error = written.error;
        r.text = where(type) + written.text;
        return r;
    }
    try {
        const auto header =
            encode_header({version, type, flags, static_cast<std::uint32_t>(*written.value)});
        std::copy(header.begin(), header.end(), out.begin());
    } catch (const std::invalid_argument& e) {
        r.error = PayloadError::Malformed;
        r.text = where(type) + e.what();
        return r;
    }
    r.value = std::move(out);
    return r;
}

} // namespace kxcti::protocol
