#include "server/accounts/login_limiter.h"

#include <algorithm>
#include <cctype>

namespace kxcti::server::accounts {

std::string LoginLimiter::key(const std::string& user) {
    // User names are case-insensitive (accounts table COLLATE NOCASE): so is their counter.
    std::string k = user.substr(0, 128);
    std::transform(k.begin(), k.end(), k.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return k;
}

std::optional<std::chrono::seconds> LoginLimiter::full(Times& times, unsigned limit, std::chrono::seconds window) {
    const auto now = clock_.now();
    while (!times.empty() && times.front() + window <= now) times.pop_front();
    if (times.size() < limit) return std::nullopt;
    const auto wait = std::chrono::ceil<std::chrono::seconds>(times.front() + window - now);
    return std::max(wait, std::chrono::seconds(1));
}

void LoginLimiter::bound(std::map<std::string, Times>& map, std::chrono::seconds window) {
    if (map.size() < kMaxTrackedKeys) return;
    const auto now = clock_.now();
    std::erase_if(map, [&](const auto& kv) { return kv.second.empty() || kv.second.back() + window <= now; });
    while (map.size() >= kMaxTrackedKeys) {
        auto stalest = std::min_element(map.begin(), map.end(), [](const auto& a, const auto& b) {
            return a.second.back() < b.second.back();
        });
        map.erase(stalest);
    }
}

std::optional<std::chrono::seconds> LoginLimiter::admit_address(const std::string& address) {
    std::lock_guard lock(mutex_);
    auto it = addresses_.find(address);
    if (it == addresses_.end()) {
        bound(addresses_, kAddressWindow);
        it = addresses_.emplace(address, Times{}).first;
    }
    if (auto wait = full(it->second, settings_.attempts_per_address, kAddressWindow)) return wait;
    it->second.push_back(clock_.now());
    return std::nullopt;
}

std::optional<std::chrono::seconds> LoginLimiter::user_locked(const std::string& user) {
    std::lock_guard lock(mutex_);
    auto it = users_.find(key(user));
    if (it == users_.end()) return std::nullopt;
    return full(it->second, settings_.failures_per_user, kUserWindow);
}

void LoginLimiter::failed(const std::string& user) {
    std::lock_guard lock(mutex_);
    auto k = key(user);
    auto it = users_.find(k);
    if (it == users_.end()) {
        bound(users_, kUserWindow);
        it = users_.emplace(std::move(k), Times{}).first;
    }
    it->second.push_back(clock_.now());
    // A name is only ever checked against failures_per_user: older ones are of no use.
    while (it->second.size() > settings_.failures_per_user) it->second.pop_front();
}

void LoginLimiter::succeeded(const std::string& user) {
    std::lock_guard lock(mutex_);
    users_.erase(key(user));
}

} // namespace kxcti::server::accounts
