#include "common/ingest/ingest_queue.h"

#include "common/util/log.h"

#include <algorithm>

namespace kxcti::ingest {

IngestQueue::IngestQueue(std::size_t memory_lines, const std::filesystem::path& spill_path,
                         std::optional<SpillMark> consumed)
    : capacity_(std::max<std::size_t>(memory_lines, 1)), spill_(spill_path, consumed) {}

void IngestQueue::push(ReceivedLine line) {
    {
        std::lock_guard lock(mutex_);
        // Once anything waits in the spill file, every newer line goes behind it.
        if (spill_.unread() == 0 && memory_.size() < capacity_) {
            memory_.push_back(std::move(line));
        } else {
            if (spill_.unread() == 0)
                log::warn("ingest", "the database is not keeping up: ", memory_.size(),
                          " lines waiting in memory, further lines go to the spill file");
            spill_.append(line);
        }
    }
    ready_.notify_one();
}

IngestQueue::Batch IngestQueue::pop_batch(std::size_t max, std::chrono::milliseconds wait) {
    Batch batch;
    std::unique_lock lock(mutex_);
    ready_.wait_for(lock, wait, [&] { return closed_ || !memory_.empty() || spill_.unread() > 0; });
    // Memory first: while the spill file has unread lines nothing enters memory, so whatever
    // is in memory is older than anything unread in the file.
    std::size_t take = std::min(max, memory_.size());
    batch.lines.reserve(take);
    for (std::size_t i = 0; i < take; ++i) {
        batch.lines.push_back(std::move(memory_.front()));
        memory_.pop_front();
    }
    bool from_spill = false;
    while (batch.lines.size() < max && spill_.unread() > 0) {
        ReceivedLine line;
        if (!spill_.read_next(line)) break;
        batch.lines.push_back(std::move(line));
        from_spill = true;
    }
    if (from_spill) batch.spill = spill_.read_mark();
    return batch;
}

void IngestQueue::acknowledge(const std::optional<SpillMark>& committed) {
    if (!committed) return;
    std::lock_guard lock(mutex_);
    spill_.reset_if_consumed(*committed);
}

void IngestQueue::close() {
    {
        std::lock_guard lock(mutex_);
        closed_ = true;
    }
    ready_.notify_all();
}

bool IngestQueue::empty() const {
    std::lock_guard lock(mutex_);
    return memory_.empty() && spill_.unread() == 0;
}

QueueStats IngestQueue::stats() const {
    std::lock_guard lock(mutex_);
    return {memory_.size(), spill_.unread(), spill_.appended_total(), spill_.recovered_at_open()};
}

} // namespace kxcti::ingest
