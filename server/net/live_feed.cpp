#include "server/net/live_feed.h"

#include "common/util/log.h"
#include "server/live/smdr_live.h"

#include <exception>

namespace kxcti::server::net {

void LiveFeed::record(const smdr::Record& record, SystemTime received) {
    if (auto e = live::event_from_record(record, to_unix_us(received), directory_)) event(std::move(*e));
}

void LiveFeed::event(LiveEvent e) {
    if (auto* ring = std::get_if<protocol::CallRinging>(&e)) enrich(*ring);
    // The event and the states it changed go out together: one write per client.
    auto states = tracker_.update(e);
    std::vector<LiveEvent> batch;
    batch.reserve(1 + states.size());
    batch.push_back(std::move(e));
    for (auto& state : states) batch.emplace_back(std::move(state));
    hub_.publish(std::span<const LiveEvent>(batch));
}

void LiveFeed::gateway_ring(const protocol::ncid::Call& call) {
    protocol::CallRinging ring;
    ring.at_us = to_unix_us(clock_.now());
    ring.trunk = call.line;
    ring.caller = call.number;
    ring.caller_name = call.name;
    ring.call_key = ring.trunk + "|" + ring.caller;
    event(std::move(ring));
}

void LiveFeed::enrich(protocol::CallRinging& ring) {
    if (ring.caller.empty()) return;
    // A failing look-up must not cost the pop-up: it goes out without the extras.
    try {
        if (ring.caller_name.empty()) {
            auto entries = lookups_.phonebook(ring.caller);
            if (!entries.empty()) ring.caller_name = entries.front().name;
        }
        lookups_.earlier_calls(ring.caller, ring.at_us, ring.earlier_calls, ring.last_call_us);
    } catch (const std::exception& e) {
        log::warn("net", "pop-up for ", ring.caller, " goes out without phonebook and history: ", e.what());
    }
}

} // namespace kxcti::server::net
