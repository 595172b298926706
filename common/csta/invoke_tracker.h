#pragma once
// Our outstanding ROSE invokes: ids handed out, their operation, and when each gives up.
// Time is passed in (the session reads its injected Clock), so timeouts are tested without
// sleeping.
#include "common/util/clock.h"

#include <chrono>
#include <cstdint>
#include <map>
#include <optional>
#include <vector>

namespace kxcti::csta {

struct PendingInvoke {
    std::int64_t id = 0;
    std::int64_t opcode = 0;
    SystemTime sent{};
    SystemTime deadline{};
    std::size_t context = 0;  // the caller's index (which device a monitorStart was for)
};

class InvokeTracker {
public:
    // Ids stay in 1..32767: positive and two bytes at most, the range the public Panasonic
    // client uses (it wraps at 32767); an id still outstanding is never reused.
    static constexpr std::int64_t kMaxInvokeId = 32767;

    // A fresh id for `opcode`; nullopt only when every id is outstanding.
    std::optional<std::int64_t> start(std::int64_t opcode, SystemTime now, std::chrono::microseconds timeout,
                                      std::size_t context = 0);
    // The invoke an answer names, removed; nullopt for an id we are not waiting on.
    std::optional<PendingInvoke> finish(std::int64_t id);
    // Invokes whose deadline has passed, removed, oldest first.
    std::vector<PendingInvoke> expire(SystemTime now);
    std::optional<SystemTime> next_deadline() const;
    std::size_t outstanding() const { return pending_.size(); }
    void clear() { pending_.clear(); }

private:
    std::int64_t next_ = 1;
    std::map<std::int64_t, PendingInvoke> pending_;
};

} // namespace kxcti::csta
