#pragma once
// Login rate limits, on the injected clock so that tests need no sleeping:
//  - attempts per address in a one-minute window, whatever their outcome, counted before any
//    password is hashed (a storm costs the server nothing but the refusal);
//  - failed attempts per user name in a 15-minute window: once reached, that name is refused
//    until the oldest failure leaves the window, even with the right password.
// Thread-safe. Memory is bounded: at most kMaxTrackedKeys addresses and names are remembered;
// past that, expired entries are pruned and then the stalest is forgotten.
#include "common/util/clock.h"

#include <chrono>
#include <cstddef>
#include <deque>
#include <map>
#include <mutex>
#include <optional>
#include <string>

namespace kxcti::server::accounts {

inline constexpr std::chrono::seconds kAddressWindow{60};
inline constexpr std::chrono::seconds kUserWindow{15 * 60};
// Some thousands of desks and names; a scan with random names cannot grow it past this.
inline constexpr std::size_t kMaxTrackedKeys = 10'000;

struct LimitSettings {
    unsigned attempts_per_address = 20; // per kAddressWindow
    unsigned failures_per_user = 5;     // per kUserWindow
};

class LoginLimiter {
public:
    LoginLimiter(LimitSettings settings, const Clock& clock) : settings_(settings), clock_(clock) {}

    // Counts an attempt from `address`. nullopt: go on; otherwise how long until the address
    // may try again (whole seconds, at least 1). A refused attempt is not counted.
    std::optional<std::chrono::seconds> admit_address(const std::string& address);
    // nullopt when `user` may try; otherwise how long until it may.
    std::optional<std::chrono::seconds> user_locked(const std::string& user);
    void failed(const std::string& user);
    void succeeded(const std::string& user);  // forgets the user's failures

private:
    using Times = std::deque<SystemTime>;
    static std::string key(const std::string& user);
    std::optional<std::chrono::seconds> full(Times& times, unsigned limit, std::chrono::seconds window);
    void bound(std::map<std::string, Times>& map, std::chrono::seconds window);

    LimitSettings settings_;
    const Clock& clock_;
    std::mutex mutex_;
    std::map<std::string, Times> addresses_;
    std::map<std::string, Times> users_;
};

} // namespace kxcti::server::accounts
