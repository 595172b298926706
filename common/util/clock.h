#pragma once
// Time is injected: everything that stamps or compares times takes a Clock, so tests run
// without sleeping and replays are deterministic.
#include <chrono>
#include <cstdint>

namespace kxcti {

using SystemTime = std::chrono::time_point<std::chrono::system_clock, std::chrono::microseconds>;

class Clock {
public:
    virtual ~Clock() = default;
    virtual SystemTime now() const = 0;
};

class RealClock final : public Clock {
public:
    SystemTime now() const override {
        return std::chrono::time_point_cast<std::chrono::microseconds>(
            std::chrono::system_clock::now());
    }
};

// A clock that only moves when told to (tests, simulator virtual time).
class ManualClock final : public Clock {
public:
    explicit ManualClock(SystemTime start = SystemTime{}) : now_(start) {}
    SystemTime now() const override { return now_; }
    void set(SystemTime t) { now_ = t; }
    void advance(std::chrono::microseconds d) { now_ += d; }

private:
    SystemTime now_;
};

inline std::int64_t to_unix_us(SystemTime t) { return t.time_since_epoch().count(); }
inline SystemTime from_unix_us(std::int64_t us) { return SystemTime{std::chrono::microseconds{us}}; }

} // namespace kxcti
