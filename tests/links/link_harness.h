#pragma once
// What the link tests share: a sink that keeps every line a link hands on, running the
// io_context on the test thread until a condition holds (never sleeping), and link configs
// with millisecond backoffs so that reconnects are quick.
#include "common/util/clock.h"
#include "server/links/link.h"

#include <utility>  // Boost 1.74 Asio under C++20 needs it first
#include <boost/asio/io_context.hpp>

#include <chrono>
#include <cstdint>
#include <string>
#include <vector>

namespace kxcti::test {

using namespace std::chrono_literals;

// Generous: the machine is shared; a passing run takes a fraction of this.
inline constexpr std::chrono::milliseconds kLinkDeadline = 20s;

// Runs `io` one handler at a time until `done()` holds; false if `limit` passed first.
template <typename Pred>
bool run_until(boost::asio::io_context& io, Pred done, std::chrono::milliseconds limit = kLinkDeadline) {
    auto deadline = std::chrono::steady_clock::now() + limit;
    while (!done()) {
        auto now = std::chrono::steady_clock::now();
        if (now >= deadline) return false;
        if (io.stopped()) io.restart();
        io.run_one_for(std::min<std::chrono::steady_clock::duration>(deadline - now, 100ms));
    }
    return true;
}

// Every line a link handed on, in order.
struct LineSink {
    std::vector<ReceivedLine> lines;

    server::LineHandler handler() {
        return [this](ReceivedLine line) { lines.push_back(std::move(line)); };
    }
    // The bytes of the lines that ended with `end`, in order.
    std::vector<std::string> with_end(LineEnd end) const {
        std::vector<std::string> out;
        for (const auto& l : lines)
            if (l.end == end) out.push_back(l.bytes);
        return out;
    }
    std::vector<std::string> complete() const { return with_end(LineEnd::Terminator); }
    std::size_t count(LineEnd end) const { return with_end(end).size(); }
};

inline server::LinkConfig tcp_link_config(std::uint16_t port) {
    server::LinkConfig c;
    c.name = "main";
    c.type = server::LinkType::TcpClient;
    c.tcp.host = "127.0.0.1";
    c.tcp.port = port;
    c.tcp.backoff_initial = 2ms;
    c.tcp.backoff_max = 10ms;
    c.tcp.connect_timeout = 10s;
    c.tcp.login_timeout = 10s;
    return c;
}

inline server::LinkConfig serial_link_config(const std::string& device) {
    server::LinkConfig c;
    c.name = "serial";
    c.type = server::LinkType::Serial;
    c.serial.device = device;
    c.tcp.backoff_initial = 2ms;
    c.tcp.backoff_max = 10ms;
    return c;
}

inline server::LinkConfig listen_link_config(unsigned max_connections) {
    server::LinkConfig c;
    c.name = "push";
    c.type = server::LinkType::Listen;
    c.listen.address = "127.0.0.1";
    c.listen.port = 0;
    c.listen.max_connections = max_connections;
    c.tcp.backoff_initial = 2ms;
    c.tcp.backoff_max = 10ms;
    return c;
}

// A loopback port with nothing listening on it (bound once by the kernel's choice, then freed).
std::uint16_t unused_port();

} // namespace kxcti::test
