#include "raw_client.h"

#include <catch2/catch.hpp>

#include <arpa/inet.h>
#include <cerrno>
#include <cstring>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <poll.h>
#include <stdexcept>
#include <sys/socket.h>
#include <unistd.h>

namespace kxcti::test {

RawClient::RawClient(std::uint16_t port, int receive_buffer, const char* from) {
    fd_ = ::socket(AF_INET, SOCK_STREAM, 0);
    REQUIRE(fd_ >= 0);
    if (receive_buffer > 0) ::setsockopt(fd_, SOL_SOCKET, SO_RCVBUF, &receive_buffer, sizeof receive_buffer);
    int one = 1;
    ::setsockopt(fd_, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
    sockaddr_in local{};
    local.sin_family = AF_INET;
    REQUIRE(::inet_pton(AF_INET, from, &local.sin_addr) == 1);
    REQUIRE(::bind(fd_, reinterpret_cast<sockaddr*>(&local), sizeof local) == 0);
    sockaddr_in addr{};
    addr.sin_family = AF_INET;
    addr.sin_port = htons(port);
    addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    REQUIRE(::connect(fd_, reinterpret_cast<sockaddr*>(&addr), sizeof addr) == 0);
}

RawClient::~RawClient() {
    if (fd_ >= 0) ::close(fd_);
}

void RawClient::send_bytes(const std::vector<std::byte>& bytes) {
    std::size_t at = 0;
    while (at < bytes.size()) {
        const auto n = ::send(fd_, bytes.data() + at, bytes.size() - at, MSG_NOSIGNAL);
        if (n <= 0) return;  // the server may have closed already: tests check what it said
        at += static_cast<std::size_t>(n);
    }
}

void RawClient::send_text(const std::string& text) {
    const auto* p = reinterpret_cast<const std::byte*>(text.data());
    send_bytes(std::vector<std::byte>(p, p + text.size()));
}

void RawClient::send(const protocol::Message& m, std::uint16_t version) {
    auto e = protocol::encode_message(m, version);
    REQUIRE(e);
    send_bytes(*e.value);
}

bool RawClient::fill(std::chrono::steady_clock::time_point deadline) {
    if (eof_) return false;
    const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(deadline - std::chrono::steady_clock::now());
    pollfd p{fd_, POLLIN, 0};
    const int ready = ::poll(&p, 1, static_cast<int>(std::max<std::int64_t>(0, left.count())));
    if (ready <= 0) {
        timed_out_ = true;
        return false;
    }
    char buf[65536];
    const auto n = ::recv(fd_, buf, sizeof buf, 0);
    if (n <= 0) {
        eof_ = true;
        return false;
    }
    text_.append(buf, static_cast<std::size_t>(n));
    return true;
}

std::optional<protocol::Message> RawClient::next(std::chrono::milliseconds timeout) {
    timed_out_ = false;
    const auto deadline = std::chrono::steady_clock::now() + timeout;
    while (true) {
        auto r = reader_.next();
        if (r.status == protocol::DecodeStatus::Ok) {
            auto m = protocol::decode_message(r.frame);
            INFO(m.text);
            REQUIRE(m);
            last_flags_ = r.frame.flags;
            return *m.value;
        }
        INFO(r.text);
        REQUIRE(r.status == protocol::DecodeStatus::NeedMore);
        if (text_.empty() && !fill(deadline)) return std::nullopt;
        auto space = reader_.prepare();
        const std::size_t n = std::min(space.size(), text_.size());
        std::memcpy(space.data(), text_.data(), n);
        reader_.commit(n);
        text_.erase(0, n);
    }
}

std::optional<std::string> RawClient::line(std::chrono::milliseconds timeout) {
    timed_out_ = false;
    const auto deadline = std::chrono::steady_clock::now() + timeout;
    while (true) {
        const auto nl = text_.find('\n');
        if (nl != std::string::npos) {
            std::string l = text_.substr(0, nl);
            text_.erase(0, nl + 1);
            if (!l.empty() && l.back() == '\r') l.pop_back();
            return l;
        }
        if (!fill(deadline)) return std::nullopt;
    }
}

bool RawClient::closed_by_server(std::chrono::milliseconds timeout) {
    const auto deadline = std::chrono::steady_clock::now() + timeout;
    while (fill(deadline)) text_.clear();
    return eof_;
}

std::optional<protocol::Message> RawClient::log_in(const std::string& user, const std::string& password,
                                                   protocol::ClientKind kind, bool live,
                                                   const std::string& extension) {
    std::vector<std::string> features;
    if (live) features.emplace_back(protocol::kFeatureLive);
    send(protocol::make_hello(kind, "test-client 1", features));
    auto welcome = next();
    REQUIRE(welcome.has_value());
    if (!std::holds_alternative<protocol::Welcome>(*welcome)) return welcome;
    send(protocol::Login{user, password, extension});
    return next();
}

} // namespace kxcti::test
