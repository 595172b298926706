#pragma once
// A live event as the server passes it around: one of the protocol's live messages
// (protocol/messages_live.h), so that what is published is exactly what clients receive.
#include "protocol/messages.h"

#include <variant>

namespace kxcti::server::live {

using LiveEvent = std::variant<protocol::CallRinging, protocol::CallAnswered, protocol::CallEnded,
                               protocol::QueueState, protocol::OperatorState>;

} // namespace kxcti::server::live
