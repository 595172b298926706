#pragma once
// Capped exponential backoff between attempts to reach a PBX: initial, 2x, 4x, ... up to max.
// Reset after a connection that stayed up and delivered data, so the first retry after a drop
// is quick (an old PBX buffers only ~100 records while nobody reads). Pure: no clock, no sleep;
// the link waits the returned delay on its own timer.
#include <chrono>
#include <string>

namespace kxcti::server {

class Backoff {
public:
    Backoff(std::chrono::milliseconds initial, std::chrono::milliseconds max);

    // The delay before the next attempt; each call doubles the following one, up to max.
    std::chrono::milliseconds next();
    // What next() would return, without advancing.
    std::chrono::milliseconds peek() const { return current_; }
    void reset() { current_ = initial_; }

private:
    std::chrono::milliseconds initial_;
    std::chrono::milliseconds max_;
    std::chrono::milliseconds current_;
};

// "250 ms", "4 s", "1.5 s", "2 min": how a delay reads in a log line.
std::string format_delay(std::chrono::milliseconds delay);

} // namespace kxcti::server
