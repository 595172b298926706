#include "server/net/lane.h"

#include "common/util/log.h"

#include <exception>

namespace kxcti::server::net {

Lane::Lane(std::string name, std::size_t max_queued)
    : name_(std::move(name)), max_queued_(max_queued), thread_([this] { run(); }) {}

Lane::~Lane() { stop(); }

bool Lane::post(std::function<void()> task) {
    {
        std::lock_guard lock(mutex_);
        if (stopping_ || tasks_.size() >= max_queued_) return false;
        tasks_.push_back(std::move(task));
    }
    wake_.notify_one();
    return true;
}

void Lane::stop() {
    std::deque<std::function<void()>> dropped;
    {
        std::lock_guard lock(mutex_);
        stopping_ = true;
        dropped.swap(tasks_);
    }
    wake_.notify_one();
    if (thread_.joinable() && thread_.get_id() != std::this_thread::get_id()) thread_.join();
    // `dropped` is destroyed here, outside the lock: a task may hold the last reference to a
    // session.
}

std::size_t Lane::queued() const {
    std::lock_guard lock(mutex_);
    return tasks_.size();
}

void Lane::run() {
    while (true) {
        std::function<void()> task;
        {
            std::unique_lock lock(mutex_);
            wake_.wait(lock, [this] { return stopping_ || !tasks_.empty(); });
            if (stopping_) return;
            task = std::move(tasks_.front());
            tasks_.pop_front();
        }
        try {
            task();
        } catch (const std::exception& e) {
            // Tasks answer their own failures; reaching here is a bug, not a reason to die.
            log::error("net", name_, " thread: a task failed: ", e.what());
        }
    }
}

} // namespace kxcti::server::net
