#pragma once
// What every link type shares: its name, the handler, the clock, the status counters (behind
// their own mutex so status() never waits for I/O), the mutex that serialises the link's
// handlers with stop(), and the hand-off of split lines. See link.h for the threading rule.
#include "common/util/line_splitter.h"
#include "server/links/link.h"

#include <mutex>
#include <string>
#include <string_view>

namespace kxcti::server {

class LinkCore {
public:
    LinkCore(std::string name, LineHandler handler, const Clock& clock);

    const std::string& name() const { return name_; }
    LinkStatus status() const;

    // Serialises the link's completion handlers with start/stop. Recursive: the LineHandler
    // may call stop() on its own link.
    std::recursive_mutex& mutex() { return mutex_; }
    bool stopped() const { return stopped_; }
    void set_stopped(bool stopped) { stopped_ = stopped; }

    void set_state(LinkState state);
    void count_connect();
    void count_failure(std::string message);  // message: the logged line
    void count_drop(std::string message);
    void count_refused();
    void set_open_connections(std::uint32_t n);
    void set_local_port(std::uint16_t port);

    // Splits `bytes` and hands every complete line on. Stops handing on as soon as the link
    // is stopped (by the handler itself). Returns the number of lines handed on.
    std::size_t deliver(LineSplitter& splitter, std::string_view bytes);
    // The source ended: the partial line, if any, is handed on with `why`.
    std::size_t finish(LineSplitter& splitter, LineEnd why);

private:
    void hand_on(std::string&& bytes, LineEnd end);

    std::string name_;
    LineHandler handler_;
    const Clock& clock_;
    std::recursive_mutex mutex_;
    bool stopped_ = true;
    mutable std::mutex status_mutex_;
    LinkStatus status_;
};

// "link NAME: " + message, logged as a warning and counted as a failure.
void log_failure(LinkCore& core, const std::string& message);

} // namespace kxcti::server

namespace kxcti::server {

// The Link a caller holds: forwards to a shared implementation that queued handlers keep
// alive, and stops it when destroyed.
template <typename Impl>
class LinkHandle final : public Link {
public:
    explicit LinkHandle(std::shared_ptr<Impl> impl) : impl_(std::move(impl)) {}
    ~LinkHandle() override { impl_->stop(); }
    LinkHandle(const LinkHandle&) = delete;
    LinkHandle& operator=(const LinkHandle&) = delete;

    void start() override { impl_->start(); }
    void stop() override { impl_->stop(); }
    LinkStatus status() const override { return impl_->core().status(); }
    const std::string& name() const override { return impl_->core().name(); }

private:
    std::shared_ptr<Impl> impl_;
};

} // namespace kxcti::server
