#include "server/live/live_tracker.h"

#include <algorithm>

namespace kxcti::server::live {
namespace {
constexpr std::int64_t kStaleUs = std::chrono::duration_cast<std::chrono::microseconds>(kStaleAfter).count();
}

std::vector<LiveEvent> LiveTracker::update(const LiveEvent& event) {
    std::vector<LiveEvent> out;
    using protocol::OperatorActivity;
    if (const auto* ring = std::get_if<protocol::CallRinging>(&event)) {
        prune(ring->at_us, out);
        if (!ring->group.empty() && ring->group == ring->ext) {
            auto& q = queues_[ring->group].since;
            if (!q.count(ring->call_key) && q.size() >= kMaxWaitingPerGroup)
                q.erase(std::min_element(q.begin(), q.end(), [](auto& a, auto& b) { return a.second < b.second; }));
            q.emplace(ring->call_key, ring->at_us);
            queue_state(ring->group, ring->at_us, out);
        } else {
            set_operator(ring->ext, ring->group, OperatorActivity::Ringing, ring->call_key, ring->caller, ring->at_us,
                         out);
        }
    } else if (const auto* answer = std::get_if<protocol::CallAnswered>(&event)) {
        prune(answer->at_us, out);
        leave_queues(answer->call_key, answer->at_us, out);
        // Other extensions that were ringing with this call stop ringing.
        for (auto& [ext, op] : operators_)
            if (ext != answer->ext && op.call_key == answer->call_key && op.activity == OperatorActivity::Ringing)
                set_operator(ext, op.group, OperatorActivity::Idle, {}, {}, answer->at_us, out);
        if (answer->group != answer->ext || answer->group.empty())
            set_operator(answer->ext, answer->group, OperatorActivity::Talking, answer->call_key, answer->caller,
                         answer->at_us, out);
    } else if (const auto* end = std::get_if<protocol::CallEnded>(&event)) {
        prune(end->at_us, out);
        leave_queues(end->call_key, end->at_us, out);
        for (auto& [ext, op] : operators_)
            if (op.call_key == end->call_key && op.activity != OperatorActivity::Idle)
                set_operator(ext, op.group, OperatorActivity::Idle, {}, {}, end->at_us, out);
    }
    return out;
}

void LiveTracker::set_operator(const std::string& ext, const std::string& group, protocol::OperatorActivity activity,
                               const std::string& key, const std::string& caller, std::int64_t at_us,
                               std::vector<LiveEvent>& out) {
    if (ext.empty()) return;
    const bool fresh = !operators_.count(ext);
    if (fresh && operators_.size() >= kMaxTracked) {
        auto oldest = std::min_element(operators_.begin(), operators_.end(),
                                       [](auto& a, auto& b) { return a.second.since_us < b.second.since_us; });
        operators_.erase(oldest);
    }
    auto& op = operators_[ext];
    if (!fresh && op.activity == activity && op.call_key == key) return;
    op.activity = activity;
    op.group = group;
    op.call_key = key;
    op.caller = caller;
    op.since_us = at_us;
    out.push_back(protocol::OperatorState{at_us, ext, group, activity, caller});
}

void LiveTracker::leave_queues(const std::string& key, std::int64_t at_us, std::vector<LiveEvent>& out) {
    for (auto& [group, q] : queues_)
        if (q.since.erase(key)) queue_state(group, at_us, out);
}

void LiveTracker::queue_state(const std::string& group, std::int64_t at_us, std::vector<LiveEvent>& out) const {
    const auto& q = queues_.at(group).since;
    std::int64_t oldest = 0;
    for (const auto& [key, since] : q)
        if (oldest == 0 || since < oldest) oldest = since;
    out.push_back(protocol::QueueState{at_us, group, static_cast<std::uint32_t>(q.size()), oldest});
}

void LiveTracker::prune(std::int64_t now_us, std::vector<LiveEvent>& out) {
    for (auto& [group, q] : queues_) {
        const auto before = q.since.size();
        std::erase_if(q.since, [&](const auto& kv) { return now_us - kv.second > kStaleUs; });
        if (q.since.size() != before) queue_state(group, now_us, out);
    }
    std::erase_if(queues_, [](const auto& kv) { return kv.second.since.empty(); });
    for (auto& [ext, op] : operators_)
        if (op.activity != protocol::OperatorActivity::Idle && now_us - op.since_us > kStaleUs)
            set_operator(ext, op.group, protocol::OperatorActivity::Idle, {}, {}, now_us, out);
}

} // namespace kxcti::server::live
