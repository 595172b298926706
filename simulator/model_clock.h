#pragma once
// The traffic model's clock in real time (--speed X): model second t is due (t - t0) / X real
// seconds after the anchor (t0, the moment the first line or event went out). Shared by the SMDR
// output's pacer and the CSTA link, so that what the two print stays in step. Thread-safe.
#include <chrono>
#include <cstdint>
#include <mutex>
#include <optional>
#include <utility>

namespace kxcti::sim {

class ModelClock {
public:
    explicit ModelClock(double speed) : speed_(speed) {}

    // Milliseconds until model second `t` is due (0: now or past, or nothing anchored yet).
    int wait_ms(std::int64_t t) const {
        std::lock_guard lock(mutex_);
        if (!anchor_) return 0;
        const auto due = anchor_->first + std::chrono::duration_cast<std::chrono::steady_clock::duration>(
                                              std::chrono::duration<double>(static_cast<double>(t - anchor_->second) / speed_));
        const auto left = due - std::chrono::steady_clock::now();
        if (left <= std::chrono::steady_clock::duration::zero()) return 0;
        return static_cast<int>(std::chrono::ceil<std::chrono::milliseconds>(left).count());
    }
    // Model second `t` goes out now: the clock starts here unless it already runs.
    void anchor(std::int64_t t) {
        std::lock_guard lock(mutex_);
        if (!anchor_) anchor_.emplace(std::chrono::steady_clock::now(), t);
    }

private:
    double speed_;
    mutable std::mutex mutex_;
    std::optional<std::pair<std::chrono::steady_clock::time_point, std::int64_t>> anchor_;
};

} // namespace kxcti::sim
