#pragma once
// A plain blocking TCP client on 127.0.0.1 for tests that speak to a server byte by byte
// (a LAN dialogue, a pusher): every read has a deadline, so a silent peer fails the test
// instead of hanging it.
#include <chrono>
#include <cstdint>
#include <optional>
#include <string>

namespace kxcti::test {

class RawTcp {
public:
    // Connects to 127.0.0.1:port; throws std::runtime_error saying why it could not.
    explicit RawTcp(std::uint16_t port);
    ~RawTcp();
    RawTcp(const RawTcp&) = delete;
    RawTcp& operator=(const RawTcp&) = delete;

    void send(const std::string& bytes);  // throws on error
    // Reads until `n` bytes came (returned), or EOF / timeout (what came, possibly less).
    std::string read_n(std::size_t n, std::chrono::milliseconds timeout);
    // Reads until the peer closes; nullopt if it did not close within `timeout`.
    std::optional<std::string> read_to_eof(std::chrono::milliseconds timeout);
    // Reads until the bytes read end with `suffix`; nullopt on EOF or timeout first.
    std::optional<std::string> read_until(const std::string& suffix, std::chrono::milliseconds timeout);
    void close();
    int fd() const { return fd_; }

private:
    // One read of what is there; 0 on EOF; -1 on timeout.
    long read_some(std::string& into, std::chrono::steady_clock::time_point deadline);
    int fd_ = -1;
};

} // namespace kxcti::test
