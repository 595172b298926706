#pragma once
// A blocking test client over a plain socket: sends any bytes (valid frames or garbage) and
// reads frames with a deadline (poll), so a test that waits for a message never hangs.
#include "protocol/frame_reader.h"
#include "protocol/handshake.h"
#include "protocol/messages.h"
#include "protocol/ncid.h"

#include <chrono>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace kxcti::test {

using namespace std::chrono_literals;

class RawClient {
public:
    // `receive_buffer` > 0 shrinks SO_RCVBUF before connecting (a slow client's small window);
    // `from` is the local address (any 127.x.y.z is loopback: another "desk" for the caps).
    explicit RawClient(std::uint16_t port, int receive_buffer = 0, const char* from = "127.0.0.1");
    ~RawClient();
    RawClient(const RawClient&) = delete;
    RawClient& operator=(const RawClient&) = delete;

    void send_bytes(const std::vector<std::byte>& bytes);
    void send_text(const std::string& text);
    void send(const protocol::Message& m, std::uint16_t version = 1);

    // The next message; nullopt at end of stream or when `timeout` passes (timed_out() says
    // which). A frame or payload error fails the test.
    std::optional<protocol::Message> next(std::chrono::milliseconds timeout = 5s);
    std::uint16_t last_flags() const { return last_flags_; }
    // The next text line (NCID), without CR LF; nullopt at end of stream or timeout.
    std::optional<std::string> line(std::chrono::milliseconds timeout = 5s);
    // True once the server has closed (end of stream) within `timeout`, skipping what is left.
    bool closed_by_server(std::chrono::milliseconds timeout = 5s);
    bool timed_out() const { return timed_out_; }

    // Hello (live feature on request), then Login; returns the answer to Login.
    std::optional<protocol::Message> log_in(const std::string& user, const std::string& password,
                                            protocol::ClientKind kind = protocol::ClientKind::Supervisor,
                                            bool live = true, const std::string& extension = {});

    int fd() const { return fd_; }

private:
    bool fill(std::chrono::steady_clock::time_point deadline);  // false: EOF or timeout

    int fd_ = -1;
    protocol::FrameReader reader_{protocol::kAnyVersion};
    std::string text_;
    std::uint16_t last_flags_ = 0;
    bool timed_out_ = false;
    bool eof_ = false;
};

// The message's payload if it is a T; fails the test otherwise.
template <class T>
T as(const std::optional<protocol::Message>& m);

} // namespace kxcti::test

#include "raw_client_as.h"
