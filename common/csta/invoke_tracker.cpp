#include "common/csta/invoke_tracker.h"

#include <algorithm>

namespace kxcti::csta {

std::optional<std::int64_t> InvokeTracker::start(std::int64_t opcode, SystemTime now, std::chrono::microseconds timeout,
                                                 std::size_t context) {
    if (pending_.size() >= static_cast<std::size_t>(kMaxInvokeId)) return std::nullopt;
    while (pending_.count(next_)) next_ = next_ == kMaxInvokeId ? 1 : next_ + 1;
    const std::int64_t id = next_;
    next_ = next_ == kMaxInvokeId ? 1 : next_ + 1;
    pending_[id] = PendingInvoke{id, opcode, now, now + timeout, context};
    return id;
}

std::optional<PendingInvoke> InvokeTracker::finish(std::int64_t id) {
    const auto it = pending_.find(id);
    if (it == pending_.end()) return std::nullopt;
    PendingInvoke p = it->second;
    pending_.erase(it);
    return p;
}

std::vector<PendingInvoke> InvokeTracker::expire(SystemTime now) {
    std::vector<PendingInvoke> out;
    for (auto it = pending_.begin(); it != pending_.end();) {
        if (it->second.deadline <= now) {
            out.push_back(it->second);
            it = pending_.erase(it);
        } else {
            ++it;
        }
    }
    std::sort(out.begin(), out.end(), [](const PendingInvoke& a, const PendingInvoke& b) { return a.sent < b.sent; });
    return out;
}

std::optional<SystemTime> InvokeTracker::next_deadline() const {
    std::optional<SystemTime> best;
    for (const auto& [id, p] : pending_)
        if (!best || p.deadline < *best) best = p.deadline;
    return best;
}

} // namespace kxcti::csta
