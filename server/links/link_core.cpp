#include "server/links/link_core.h"

#include "common/util/log.h"

namespace kxcti::server {

std::string_view to_string(LinkState state) {
    switch (state) {
    case LinkState::Stopped: return "stopped";
    case LinkState::Connecting: return "connecting";
    case LinkState::LoggingIn: return "logging in";
    case LinkState::Up: return "up";
    case LinkState::Waiting: return "waiting to retry";
    }
    return "?";
}

LinkCore::LinkCore(std::string name, LineHandler handler, const Clock& clock)
    : name_(std::move(name)), handler_(std::move(handler)), clock_(clock) {}

LinkStatus LinkCore::status() const {
    std::lock_guard lock(status_mutex_);
    return status_;
}

void LinkCore::set_state(LinkState state) {
    std::lock_guard lock(status_mutex_);
    status_.state = state;
}

void LinkCore::count_connect() {
    std::lock_guard lock(status_mutex_);
    ++status_.connects;
}

void LinkCore::count_failure(std::string message) {
    std::lock_guard lock(status_mutex_);
    ++status_.failures;
    status_.last_error = std::move(message);
}

void LinkCore::count_drop(std::string message) {
    std::lock_guard lock(status_mutex_);
    ++status_.drops;
    status_.last_error = std::move(message);
}

void LinkCore::count_refused() {
    std::lock_guard lock(status_mutex_);
    ++status_.refused;
}

void LinkCore::set_open_connections(std::uint32_t n) {
    std::lock_guard lock(status_mutex_);
    status_.open_connections = n;
}

void LinkCore::set_local_port(std::uint16_t port) {
    std::lock_guard lock(status_mutex_);
    status_.local_port = port;
}

void LinkCore::hand_on(std::string&& bytes, LineEnd end) {
    if (stopped_) return;
    handler_(ReceivedLine{name_, clock_.now(), std::move(bytes), end});
    std::lock_guard lock(status_mutex_);
    ++status_.lines;
}

std::size_t LinkCore::deliver(LineSplitter& splitter, std::string_view bytes) {
    std::size_t n = 0;
    // A line after a stop() from inside the handler stays in the splitter and is dropped with
    // the link: the handler is not called after stop().
    splitter.feed(bytes, [&](std::string&& line, LineEnd end) {
        if (stopped_) return;
        hand_on(std::move(line), end);
        ++n;
    });
    return n;
}

std::size_t LinkCore::finish(LineSplitter& splitter, LineEnd why) {
    std::size_t n = 0;
    splitter.finish(why, [&](std::string&& line, LineEnd end) {
        hand_on(std::move(line), end);
        ++n;
    });
    return n;
}

void log_failure(LinkCore& core, const std::string& message) {
    std::string line = "link " + core.name() + ": " + message;
    log::warn("link", line);
    core.count_failure(std::move(line));
}

} // namespace kxcti::server
