#pragma once
// A lane: one worker thread running posted tasks in order, for work that must not run on the
// network thread (password hashing, SQL). Its queue is bounded: post() refuses when full, and
// the caller answers its client "busy" instead of letting memory grow under a request storm.
// stop() lets the running task finish, drops the rest and joins the thread; the destructor
// stops.
#include <condition_variable>
#include <cstddef>
#include <deque>
#include <functional>
#include <mutex>
#include <string>
#include <thread>

namespace kxcti::server::net {

class Lane {
public:
    Lane(std::string name, std::size_t max_queued);
    ~Lane();
    Lane(const Lane&) = delete;
    Lane& operator=(const Lane&) = delete;

    // Any thread. False when the queue is full or the lane stopped; the task is not run.
    bool post(std::function<void()> task);
    void stop();
    std::size_t queued() const;

private:
    void run();

    std::string name_;
    std::size_t max_queued_;
    mutable std::mutex mutex_;
    std::condition_variable wake_;
    std::deque<std::function<void()>> tasks_;
    bool stopping_ = false;
    std::thread thread_;
};

} // namespace kxcti::server::net
