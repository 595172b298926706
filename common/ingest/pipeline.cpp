#include "common/ingest/pipeline.h"

#include "common/storage/journal_store.h"
#include "common/storage/schema.h"
#include "common/util/log.h"

namespace kxcti::ingest {

struct IngestPipeline::Writer {
    storage::Connection db;
    storage::JournalWriter journal;
    storage::Statement save_mark;

    Writer(const std::filesystem::path& path, smdr::ParseOptions options)
        : db(storage::open_database(path)),
          journal(db, options),
          save_mark(db,
                    "INSERT INTO settings(key, value) VALUES(?1, ?2) ON CONFLICT(key) DO UPDATE SET value = ?2",
                    "recording how far the spill file is journaled") {}

    storage::AppendCounts commit(const IngestQueue::Batch& batch) {
        auto saved = journal.state();
        try {
            storage::Transaction t(db);
            auto counts = journal.append_in_transaction(batch.lines);
            if (batch.spill) {
                std::string mark = to_string(*batch.spill);
                save_mark.bind_text(1, storage::kSettingSpillMark).bind_text(2, mark).run();
            }
            t.commit();
            return counts;
        } catch (...) {
            journal.restore(std::move(saved));
            throw;
        }
    }
};

IngestPipeline::IngestPipeline(const std::filesystem::path& db_path, const std::filesystem::path& spill_path,
                               smdr::ParseOptions options, std::size_t queue_lines, const Clock& clock)
    : clock_(clock), writer_(std::make_unique<Writer>(db_path, options)) {
    std::optional<SpillMark> mark;
    if (auto text = storage::get_setting(writer_->db, storage::kSettingSpillMark)) mark = parse_spill_mark(*text);
    queue_ = std::make_unique<IngestQueue>(queue_lines, spill_path, mark);
    done_.spilled_now = queue_->stats().spilled_unread;
    thread_ = std::thread([this] { run(); });
}

IngestPipeline::~IngestPipeline() { stop(); }

void IngestPipeline::push(ReceivedLine line) {
    queue_->push(std::move(line));
    received_.fetch_add(1, std::memory_order_release);
}

LineHandler IngestPipeline::handler() {
    return [this](ReceivedLine line) { push(std::move(line)); };
}

void IngestPipeline::run() {
    try {
        write_loop();
    } catch (const std::exception& e) {
        // Only the spill file can throw here (unreadable after a disk error): lines stay in it.
        log::error("ingest", "the database writer stopped: ", e.what(), "; restart kxcti-server to resume");
    }
    {
        std::lock_guard lock(mutex_);
        writer_done_ = true;
    }
    progress_.notify_all();
}

void IngestPipeline::write_loop() {
    for (;;) {
        bool stopping;
        {
            std::lock_guard lock(mutex_);
            stopping = stopping_;
        }
        auto batch = queue_->pop_batch(kMaxBatchLines, kPopWait);
        if (batch.lines.empty()) {
            if (stopping && queue_->empty()) return;
            continue;
        }
        storage::AppendCounts counts;
        for (;;) {
            try {
                counts = writer_->commit(batch);
                break;
            } catch (const std::exception& e) {
                std::unique_lock lock(mutex_);
                if (done_.commit_failures++ == 0 || done_.commit_failures % 100 == 0)
                    log::error("storage", "cannot journal ", batch.lines.size(), " lines (", e.what(),
                               "); lines keep queueing and the commit is retried every ", kRetryDelay.count(), " ms");
                progress_.wait_for(lock, kRetryDelay);
            }
        }
        queue_->acknowledge(batch.spill);
        {
            std::lock_guard lock(mutex_);
            done_.journaled += counts.lines;
            done_.records += counts.records;
            done_.errors += counts.errors;
            done_.last_commit = clock_.now();
        }
        progress_.notify_all();
    }
}

void IngestPipeline::flush() {
    std::uint64_t target = received_.load(std::memory_order_acquire);
    std::unique_lock lock(mutex_);
    progress_.wait(lock, [&] { return done_.journaled >= target || writer_done_; });
}

void IngestPipeline::stop() {
    {
        std::lock_guard lock(mutex_);
        stopping_ = true;
    }
    queue_->close();
    if (thread_.joinable()) thread_.join();
}

PipelineStats IngestPipeline::stats() const {
    auto q = queue_->stats();
    std::lock_guard lock(mutex_);
    PipelineStats s = done_;
    s.received = received_.load(std::memory_order_acquire);
    s.spilled_now = q.spilled_unread;
    s.spilled_total = q.spilled_total;
    s.in_memory = q.in_memory;
    return s;
}

} // namespace kxcti::ingest
