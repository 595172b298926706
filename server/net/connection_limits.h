#pragma once
// Connection caps of one listener: in total and per peer address, so that one runaway script
// or scanner cannot take every slot. Thread-safe: the acceptor adds, sessions release when
// they close (on their own strands).
#include <cstddef>
#include <map>
#include <mutex>
#include <optional>
#include <string>

namespace kxcti::server::net {

class ConnectionLimits {
public:
    ConnectionLimits(unsigned max_total, unsigned max_per_address)
        : max_total_(max_total), max_per_address_(max_per_address) {}

    // nullopt: counted, go on (release() it later); otherwise why not, for the log and the peer.
    std::optional<std::string> try_add(const std::string& address);
    void release(const std::string& address);
    unsigned total() const;

private:
    const unsigned max_total_;
    const unsigned max_per_address_;
    mutable std::mutex mutex_;
    unsigned total_ = 0;
    std::map<std::string, unsigned> per_address_;
};

} // namespace kxcti::server::net
