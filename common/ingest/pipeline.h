#pragma once
// The live ingest path: links call handler() with each line; an IngestQueue holds lines while
// one writer thread commits them through a JournalWriter, a small batch at a time, so a line
// is durable within milliseconds of arriving. The pipeline owns the writing connection.
#include "common/ingest/ingest_queue.h"
#include "common/ingest/received_line.h"
#include "common/smdr/parser.h"
#include "common/util/clock.h"

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <cstdint>
#include <filesystem>
#include <functional>
#include <memory>
#include <mutex>
#include <thread>

namespace kxcti::ingest {

// Most lines one transaction carries: bounds the writer's memory and how long a commit holds
// the write lock when catching up (a spill file drains at this many lines per commit).
inline constexpr std::size_t kMaxBatchLines = 4096;
// How long the writer waits for a line before looking at its stop flag again.
inline constexpr std::chrono::milliseconds kPopWait{50};
// Pause before retrying a batch that failed to commit (disk full, database locked longer than
// the busy timeout): lines keep queueing meanwhile, and the retry loses nothing.
inline constexpr std::chrono::milliseconds kRetryDelay{500};

using LineHandler = std::function<void(ReceivedLine)>;

struct PipelineStats {
    std::uint64_t received = 0;      // lines pushed
    std::uint64_t journaled = 0;     // lines committed to the journal
    std::uint64_t spilled_now = 0;   // lines waiting in the spill file
    std::uint64_t spilled_total = 0; // lines that went through the spill file
    std::uint64_t in_memory = 0;     // lines waiting in memory
    std::uint64_t records = 0;       // committed lines parsed as records
    std::uint64_t errors = 0;        // committed lines the parser could not read
    std::uint64_t commit_failures = 0;
    SystemTime last_commit{};        // from the injected clock
};

class IngestPipeline {
public:
    // Opens (migrating) the database, recovers a spill file left by a crash and starts the
    // writer thread. Throws StorageError if the database cannot be opened.
    IngestPipeline(const std::filesystem::path& db_path, const std::filesystem::path& spill_path,
                   smdr::ParseOptions options, std::size_t queue_lines, const Clock& clock);
    ~IngestPipeline();  // stop()
    IngestPipeline(const IngestPipeline&) = delete;
    IngestPipeline& operator=(const IngestPipeline&) = delete;

    // Thread-safe; never waits for the database. The handler stays valid while the pipeline lives.
    void push(ReceivedLine line);
    LineHandler handler();

    // Returns once every line pushed before the call is committed.
    void flush();
    // Commits everything queued, then stops the writer. Idempotent.
    void stop();

    PipelineStats stats() const;

private:
    struct Writer;
    void run();
    void write_loop();

    const Clock& clock_;
    std::unique_ptr<Writer> writer_;
    std::unique_ptr<IngestQueue> queue_;
    std::atomic<std::uint64_t> received_{0};
    mutable std::mutex mutex_;           // guards the fields below
    std::condition_variable progress_;
    PipelineStats done_;
    bool stopping_ = false;
    bool writer_done_ = false;
    std::thread thread_;
};

} // namespace kxcti::ingest
