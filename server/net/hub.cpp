#include "server/net/hub.h"

#include "common/util/log.h"

#include <boost/asio/post.hpp>

#include <bit>
#include <ctime>

namespace kxcti::server::net {
namespace {

// Where an event happened, for the scope check.
struct Place {
    std::string_view ext;
    std::string_view group;
    bool group_only = false;  // QueueState: a group's figure, not an extension's
};

Place place_of(const LiveEvent& e) {
    return std::visit(
        [](const auto& m) -> Place {
            using T = std::decay_t<decltype(m)>;
            if constexpr (std::is_same_v<T, protocol::QueueState>)
                return {{}, m.group, true};
            else
                return {m.ext, m.group, false};
        },
        e);
}

bool visible(const accounts::Scope& scope, const Place& p) {
    return p.group_only ? scope.sees_group(p.group) : scope.sees(p.ext, p.group);
}

protocol::Message as_message(const LiveEvent& e) {
    return std::visit([](const auto& m) { return protocol::Message{m}; }, e);
}

} // namespace

protocol::ncid::Call ncid_call(const protocol::CallRinging& ring) {
    const std::time_t t = static_cast<std::time_t>(ring.at_us / 1'000'000);
    std::tm local{};
    localtime_r(&t, &local);
    protocol::ncid::Call c;
    c.year = local.tm_year + 1900;
    c.month = local.tm_mon + 1;
    c.day = local.tm_mday;
    c.hour = local.tm_hour;
    c.minute = local.tm_min;
    c.line = ring.trunk;
    c.number = ring.caller;
    c.name = ring.caller_name;
    return c;
}

void Hub::add(const std::shared_ptr<PeerSession>& session) {
    std::lock_guard lock(mutex_);
    all_[session->id()] = session;
}

void Hub::remove(std::uint64_t id) {
    std::shared_ptr<PeerSession> last;  // released outside the lock
    std::lock_guard lock(mutex_);
    if (auto it = all_.find(id); it != all_.end()) {
        last = std::move(it->second);
        all_.erase(it);
    }
    live_.erase(id);
    ncid_.erase(id);
}

SharedBytes Hub::frame(const protocol::Message& m, std::uint16_t version,
                       std::map<std::uint16_t, SharedBytes>& cache) const {
    auto& slot = cache[version];
    if (!slot) {
        auto encoded = protocol::encode_message(m, version);
        if (!encoded) {
            log::error("net", "cannot encode a live event: ", encoded.text);
            return nullptr;
        }
        slot = std::make_shared<const Bytes>(std::move(*encoded.value));
    }
    return slot;
}

void Hub::subscribe(const std::shared_ptr<PeerSession>& session, accounts::Scope scope, std::uint16_t version) {
    std::lock_guard lock(mutex_);
    if (!all_.count(session->id())) return;  // closed meanwhile
    for (const auto& [group, state] : queues_) {
        if (!scope.sees_group(group)) continue;
        std::map<std::uint16_t, SharedBytes> cache;
        if (auto f = frame(state, version, cache)) session->deliver(f);
    }
    for (const auto& [ext, state] : operators_) {
        if (!scope.sees(ext, state.group)) continue;
        std::map<std::uint16_t, SharedBytes> cache;
        if (auto f = frame(state, version, cache)) session->deliver(f);
    }
    live_[session->id()] = Subscriber{session, std::move(scope), version};
}

void Hub::subscribe_ncid(const std::shared_ptr<PeerSession>& session, const std::string& banner) {
    std::lock_guard lock(mutex_);
    if (!all_.count(session->id())) return;
    std::vector<protocol::ncid::Call> log(call_log_.begin(), call_log_.end());
    const std::string greeting = banner + protocol::ncid::startup_end(log);
    const auto* p = reinterpret_cast<const std::byte*>(greeting.data());
    session->deliver(std::make_shared<const Bytes>(p, p + greeting.size()));
    ncid_[session->id()] = session;
}

void Hub::publish(const LiveEvent& event) { publish(std::span<const LiveEvent>(&event, 1)); }

void Hub::publish(std::span<const LiveEvent> events) {
    while (events.size() > kMaxBatchEvents) {
        publish(events.first(kMaxBatchEvents));
        events = events.subspan(kMaxBatchEvents);
    }
    if (events.empty()) return;
    std::vector<protocol::Message> messages;
    std::vector<Place> places;
    for (const auto& e : events) {
        messages.push_back(as_message(e));
        places.push_back(place_of(e));
    }
    // Per event, its frame per protocol version; per (version, events seen), the joined bytes:
    // sessions that see the same events share one buffer.
    std::vector<std::map<std::uint16_t, SharedBytes>> frames(events.size());
    std::map<std::pair<std::uint16_t, std::uint32_t>, SharedBytes> joined;
    Targets targets;
    {
        std::lock_guard lock(mutex_);
        events_ += events.size();
        for (const auto& e : events) remember(e);
        targets.reserve(live_.size() + ncid_.size() * events.size());
        for (auto& [id, sub] : live_) {
            std::uint32_t seen = 0;
            for (std::size_t i = 0; i < events.size(); ++i)
                if (visible(sub.scope, places[i])) seen |= 1u << i;
            if (!seen) continue;
            auto& bytes = joined[{sub.version, seen}];
            if (!bytes) {
                Bytes all;
                for (std::size_t i = 0; i < events.size(); ++i)
                    if (seen & (1u << i))
                        if (auto f = frame(messages[i], sub.version, frames[i])) all.insert(all.end(), f->begin(), f->end());
                if (all.empty()) continue;
                bytes = std::make_shared<const Bytes>(std::move(all));
            }
            targets.emplace_back(sub.session, bytes);
            deliveries_ += static_cast<std::uint64_t>(std::popcount(seen));
        }
        const auto before = targets.size();
        for (const auto& e : events)
            if (const auto* ring = std::get_if<protocol::CallRinging>(&e)) ring_to_ncid(*ring, targets);
        deliveries_ += targets.size() - before;
    }
    if (targets.empty()) return;
    boost::asio::post(fanout_, [targets = std::move(targets)] {
        for (const auto& [session, bytes] : targets) session->deliver_now(bytes);
    });
}

void Hub::remember(const LiveEvent& event) {
    if (const auto* q = std::get_if<protocol::QueueState>(&event)) {
        if (queues_.size() >= kMaxTrackedStates) std::erase_if(queues_, [](const auto& kv) { return kv.second.waiting == 0; });
        if (queues_.size() < kMaxTrackedStates || queues_.count(q->group)) queues_[q->group] = *q;
    } else if (const auto* o = std::get_if<protocol::OperatorState>(&event)) {
        if (operators_.size() >= kMaxTrackedStates)
            std::erase_if(operators_, [](const auto& kv) {
                return kv.second.activity == protocol::OperatorActivity::Idle;
            });
        if (operators_.size() < kMaxTrackedStates || operators_.count(o->ext)) operators_[o->ext] = *o;
    }
}

void Hub::ring_to_ncid(const protocol::CallRinging& ring, Targets& targets) {
    const auto call = ncid_call(ring);
    if (call_log_lines_ > 0) {
        call_log_.push_back(call);
        while (call_log_.size() > call_log_lines_) call_log_.pop_front();
    }
    if (ncid_.empty()) return;
    const std::string line = protocol::ncid::cid_line(call);
    const auto* p = reinterpret_cast<const std::byte*>(line.data());
    auto bytes = std::make_shared<const Bytes>(p, p + line.size());
    for (auto& [id, session] : ncid_) targets.emplace_back(session, bytes);
}

std::vector<std::shared_ptr<PeerSession>> Hub::sessions() const {
    std::lock_guard lock(mutex_);
    std::vector<std::shared_ptr<PeerSession>> out;
    out.reserve(all_.size());
    for (const auto& [id, s] : all_) out.push_back(s);
    return out;
}

void Hub::count_slow_drop() {
    std::lock_guard lock(mutex_);
    ++slow_drops_;
}

HubCounts Hub::counts() const {
    std::lock_guard lock(mutex_);
    return HubCounts{all_.size(), live_.size(), ncid_.size(), events_, deliveries_, slow_drops_};
}

} // namespace kxcti::server::net
