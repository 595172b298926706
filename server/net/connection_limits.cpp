#include "server/net/connection_limits.h"

namespace kxcti::server::net {

std::optional<std::string> ConnectionLimits::try_add(const std::string& address) {
    std::lock_guard lock(mutex_);
    if (total_ >= max_total_)
        return "the server already has " + std::to_string(total_) + " connections (max_connections = " +
               std::to_string(max_total_) + "); try again later";
    auto& n = per_address_[address];
    if (n >= max_per_address_)
        return "your address " + address + " already has " + std::to_string(n) +
               " connections (max_per_address = " + std::to_string(max_per_address_) + "); close one first";
    ++n;
    ++total_;
    return std::nullopt;
}

void ConnectionLimits::release(const std::string& address) {
    std::lock_guard lock(mutex_);
    auto it = per_address_.find(address);
    if (it == per_address_.end()) return;
    if (--it->second == 0) per_address_.erase(it);
    --total_;
}

unsigned ConnectionLimits::total() const {
    std::lock_guard lock(mutex_);
    return total_;
}

} // namespace kxcti::server::net
