#pragma once
// Between the link readers and the database writer. push() never waits for storage and never
// drops a line: lines wait in a bounded in-memory deque; when it is full they are appended to
// a spill file, and memory is used again only once the spill file has been read to its end, so
// lines come out in the order they went in. A spill file left by a crash is read first.
#include "common/ingest/received_line.h"
#include "common/ingest/spill_file.h"

#include <chrono>
#include <condition_variable>
#include <cstdint>
#include <deque>
#include <filesystem>
#include <mutex>
#include <optional>
#include <vector>

namespace kxcti::ingest {

struct QueueStats {
    std::size_t in_memory = 0;
    std::uint64_t spilled_unread = 0;  // lines in the spill file not yet handed to the writer
    std::uint64_t spilled_total = 0;   // lines ever written to the spill file by this process
    std::uint64_t recovered = 0;       // lines found in the spill file at startup
};

class IngestQueue {
public:
    // memory_lines: the deque's capacity (ServerConfig::queue_lines). consumed: the spill mark
    // the database committed last (see SpillFile).
    IngestQueue(std::size_t memory_lines, const std::filesystem::path& spill_path,
                std::optional<SpillMark> consumed);

    // Thread-safe. Holds the mutex for a deque push or one write() to the spill file.
    void push(ReceivedLine line);

    struct Batch {
        std::vector<ReceivedLine> lines;   // oldest first
        std::optional<SpillMark> spill;    // set when lines came from the spill file: commit it
                                           // with them, then call acknowledge()
    };
    // Up to `max` lines, waiting at most `wait` for the first one. Returns at once (possibly
    // empty) after close().
    Batch pop_batch(std::size_t max, std::chrono::milliseconds wait);
    // The batch's lines (and its spill mark) are committed: the spill file may be emptied.
    void acknowledge(const std::optional<SpillMark>& committed);
    // Wakes a waiting pop_batch; pushes still work (shutdown drains them).
    void close();

    bool empty() const;
    QueueStats stats() const;

private:
    const std::size_t capacity_;
    mutable std::mutex mutex_;
    std::condition_variable ready_;
    std::deque<ReceivedLine> memory_;
    SpillFile spill_;
    bool closed_ = false;
};

} // namespace kxcti::ingest
