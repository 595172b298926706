#include "common/storage/importer.h"

#include "common/storage/chain_hash.h"
#include "common/storage/deferred_indexes.h"
#include "common/storage/schema.h"
#include "common/util/line_splitter.h"
#include "common/util/log.h"

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <memory>
#include <set>
#include <sys/stat.h>
#include <unistd.h>
#include <utility>
#include <vector>

namespace kxcti::storage {
namespace {

// Bytes per read(): what coreutils reads at a time; large enough that syscalls do not show.
constexpr std::size_t kReadChunk = 1 << 17;

class InputFile {
public:
    explicit InputFile(const std::filesystem::path& path) : path_(path) {
        fd_ = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
        if (fd_ < 0) fail("cannot open");
        struct stat st {};
        if (::fstat(fd_, &st) != 0) fail("cannot stat");
        if (S_ISDIR(st.st_mode)) {
            errno = EISDIR;
            fail("cannot import");
        }
        size_ = static_cast<std::uint64_t>(st.st_size);
    }
    ~InputFile() { ::close(fd_); }
    InputFile(const InputFile&) = delete;
    InputFile& operator=(const InputFile&) = delete;

    std::uint64_t size() const { return size_; }

    // Calls on_line(std::string_view, LineEnd) for every line from the start of the file (the
    // view is valid during the call only), and on_chunk(bytes read so far) after each read.
    // on_line returns false to stop: the lines left in that read are skipped, no more is read.
    template <typename OnLine, typename OnChunk>
    void for_each_line(OnLine&& on_line, OnChunk&& on_chunk) {
        if (::lseek(fd_, 0, SEEK_SET) != 0) fail("cannot rewind");
        std::vector<char> buf(kReadChunk);
        LineSplitter splitter;
        std::uint64_t done = 0;
        bool go_on = true;
        auto each = [&](std::string_view line, LineEnd end) {
            if (go_on) go_on = on_line(line, end);
        };
        while (go_on) {
            ssize_t n = ::read(fd_, buf.data(), buf.size());
            if (n < 0 && errno == EINTR) continue;
            if (n < 0) fail("cannot read");
            if (n == 0) break;
            done += static_cast<std::uint64_t>(n);
            splitter.feed_views(std::string_view(buf.data(), static_cast<std::size_t>(n)), each);
            on_chunk(done);
        }
        if (go_on) splitter.finish_views(LineEnd::EndOfFile, each);
    }

private:
    [[noreturn]] void fail(const char* what) const {
        throw ImportError(std::string(what) + " " + path_.string() + ": " + std::strerror(errno) +
                          " (check the path and that this user may read it)");
    }
    std::filesystem::path path_;
    int fd_ = -1;
    std::uint64_t size_ = 0;
};

using HashPoint = std::pair<std::uint64_t, std::uint64_t>;  // (line count, chain hash)

// What import_sources says of one earlier import (see schema v1 and v5).
struct Source {
    HashPoint all, complete, head;
};

std::vector<Source> earlier_imports(Connection& db) {
    std::vector<Source> sources;
    Statement s(db,
                "SELECT line_count, chain_hash, complete_lines, complete_hash, head_lines, head_hash FROM import_sources",
                "reading what was imported before");
    auto point = [&s](int column) {
        return HashPoint{static_cast<std::uint64_t>(s.column_int64(column)),
                         static_cast<std::uint64_t>(s.column_int64(column + 1))};
    };
    while (s.step()) sources.push_back({point(0), point(2), point(4)});
    return sources;
}

// Raises the connection's page cache for the import, and puts the old size back after it.
class CacheSize {
public:
    CacheSize(Connection& db, int kib) : db_(db) {
        Statement s(db, "PRAGMA cache_size", "reading the page cache size");
        s.step();
        old_ = s.column_int64(0);
        db_.exec("PRAGMA cache_size = " + std::to_string(-static_cast<std::int64_t>(kib)), "sizing the page cache");
    }
    ~CacheSize() {
        try {
            db_.exec("PRAGMA cache_size = " + std::to_string(old_), "restoring the page cache size");
        } catch (const StorageError&) {
            // The connection keeps the larger cache: more memory, nothing wrong.
        }
    }
    CacheSize(const CacheSize&) = delete;
    CacheSize& operator=(const CacheSize&) = delete;

private:
    Connection& db_;
    std::int64_t old_ = 0;
};

bool journal_empty(Connection& db) {
    Statement s(db, "SELECT NOT EXISTS(SELECT 1 FROM journal)", "checking for an empty journal");
    s.step();
    return s.column_int(0) == 1;
}

smdr::DateOrder detect(const std::vector<std::string>& window) {
    std::vector<std::string_view> views(window.begin(), window.end());
    return smdr::detect_date_order(views);
}

} // namespace

ImportResult import_file(Connection& db, JournalWriter& writer, const std::filesystem::path& path,
                         const ImportOptions& options, const Clock& clock, const ImportProgressFn& progress) {
    InputFile file(path);
    ImportResult result;
    ImportProgress prog;
    prog.bytes_total = file.size();
    auto report = [&](std::uint64_t bytes) {
        prog.bytes_done = bytes;
        if (progress) progress(prog);
    };

    // The start: the chain hash after each of the first kImportHeadLines lines, and, unless
    // the options fix it, the date order (windows of lines until one decides, else the file).
    const bool detect_order = writer.options().date_order == smdr::DateOrder::Auto;
    smdr::DateOrder detected = smdr::DateOrder::Auto;
    std::vector<std::uint64_t> head;  // head[i]: chain hash of lines 1..i+1
    head.reserve(kImportHeadLines);
    {
        std::vector<std::string> window;
        std::uint64_t hash = kChainHashSeed;
        file.for_each_line(
            [&](std::string_view line, LineEnd) {
                if (head.size() < kImportHeadLines) head.push_back(hash = chain_hash(hash, line));
                if (detect_order && detected == smdr::DateOrder::Auto) {
                    window.emplace_back(line);
                    if (window.size() == kDateDetectWindow) {
                        detected = detect(window);
                        window.clear();
                    }
                }
                return head.size() < kImportHeadLines || (detect_order && detected == smdr::DateOrder::Auto);
            },
            [](std::uint64_t) {});
        if (detect_order && detected == smdr::DateOrder::Auto && !window.empty()) detected = detect(window);
    }
    if (!detect_order) {
        result.date_order = writer.options().date_order;
    } else if (detected != smdr::DateOrder::Auto) {
        result.date_order = detected;
        result.date_order_detected = true;
    } else {
        result.date_order = writer.default_date_order();
    }
    writer.set_date_order(options.link, result.date_order);

    // Earlier imports this file may repeat: those whose head it shares (or whose head is not
    // known). Only then is the file hashed first, as far as the longest of them goes.
    std::set<HashPoint> known;
    std::uint64_t reach = 0;
    for (const Source& s : earlier_imports(db)) {
        const auto [n, h] = s.head;
        if (n != 0 && (n > head.size() || head[n - 1] != h)) continue;
        for (const HashPoint& p : {s.all, s.complete})
            if (p.first > 0) known.insert(p);
        reach = std::max({reach, s.all.first, s.complete.first});
    }
    HashPoint matched{0, kChainHashSeed};
    if (!known.empty()) {
        std::uint64_t count = 0, hash = kChainHashSeed;
        bool to_the_end = true;
        file.for_each_line(
            [&](std::string_view line, LineEnd) {
                if (count == reach) return to_the_end = false;  // a line past every earlier import
                hash = chain_hash(hash, line);
                if (known.count({++count, hash})) matched = {count, hash};
                prog.lines_done = count;
                return true;
            },
            report);
        // The whole file is in the journal already: nothing to read again.
        if (to_the_end && matched.first == count) {
            result.lines_read = result.already_imported = count;
            return result;
        }
    }
    result.already_imported = matched.first;

    // The import: replay (without journaling) the known lines into the parser, journal the
    // rest in large transactions, each also moving this file's import_sources row forward.
    CacheSize cache(db, kImportCacheKiB);
    const bool bulk = file.size() >= options.bulk_from_bytes && journal_empty(db);
    prog.phase = ImportProgress::Phase::Importing;
    prog.lines_done = 0;
    Statement insert_source(db,
                            "INSERT INTO import_sources(path, line_count, chain_hash, complete_lines, complete_hash, "
                            "bytes, date_order, imported_us, head_lines, head_hash) "
                            "VALUES(?1, 0, 0, 0, 0, 0, ?2, ?3, 0, 0)",
                            "recording an imported file");
    Statement update_source(db,
                            "UPDATE import_sources SET line_count = ?2, chain_hash = ?3, complete_lines = ?4, "
                            "complete_hash = ?5, bytes = ?6, head_lines = ?7, head_hash = ?8 WHERE id = ?1",
                            "recording import progress");
    std::optional<std::int64_t> source_id;
    std::unique_ptr<Transaction> txn;
    JournalWriter::State saved;
    JournalWriter::LinkState* link = nullptr;
    std::size_t in_txn = 0;
    std::uint64_t bytes_read = 0, count = 0, hash = kChainHashSeed;
    HashPoint complete{0, kChainHashSeed};
    const std::string absolute = std::filesystem::absolute(path).lexically_normal().string();
    auto as_int = [](std::uint64_t v) { return static_cast<std::int64_t>(v); };

    auto commit = [&] {
        writer.store_layouts();
        // The head covers complete lines only, so it never reaches past a point stored here.
        const std::size_t head_lines = std::min<std::uint64_t>(complete.first, head.size());
        update_source.bind(1, *source_id)
            .bind(2, as_int(count))
            .bind(3, as_int(hash))
            .bind(4, as_int(complete.first))
            .bind(5, as_int(complete.second))
            .bind(6, as_int(bytes_read))
            .bind(7, as_int(head_lines))
            .bind(8, as_int(head_lines ? head[head_lines - 1] : 0))
            .run();
        txn->commit();
        txn.reset();
        in_txn = 0;
    };

    try {
        file.for_each_line(
            [&](std::string_view line, LineEnd end) {
                hash = chain_hash(hash, line);
                ++count;
                if (end != LineEnd::EndOfFile) complete = {count, hash};
                prog.lines_done = count;
                if (count <= head.size() && head[count - 1] != hash)
                    throw ImportError(path.string() + " changed while it was being imported: run the import again");
                if (count <= matched.first) {
                    writer.replay(options.link, line);
                    if (count == matched.first && hash != matched.second)
                        throw ImportError(path.string() + " changed while it was being imported: run the import again");
                    return true;
                }
                if (!txn) {
                    saved = writer.state();
                    txn = std::make_unique<Transaction>(db);
                    if (!source_id) {
                        if (bulk) defer_indexes(db);  // with the first lines: a crash keeps both or neither
                        insert_source.bind_text(1, absolute)
                            .bind(2, static_cast<int>(result.date_order))
                            .bind(3, to_unix_us(clock.now()))
                            .run();
                        source_id = db.last_insert_rowid();
                    }
                    link = &writer.link_state(options.link);
                }
                writer.journal_line(*link, clock.now(), line, end, source_id, result.added);
                if (++in_txn == kImportLinesPerTransaction) commit();
                return true;
            },
            [&](std::uint64_t bytes) {
                bytes_read = bytes;
                report(bytes);
            });
        if (txn) commit();
        if (bulk) {
            prog.phase = ImportProgress::Phase::Indexing;
            report(file.size());
            restore_deferred_indexes(db);
        }
    } catch (...) {
        if (txn) {
            txn.reset();  // rolls back what this transaction journaled...
            writer.restore(std::move(saved));  // ...and the parser state it advanced
        }
        if (bulk) {
            try {
                restore_deferred_indexes(db);
            } catch (const StorageError& e) {
                log::warn("import", "indexes set aside for the import not built yet (", e.what(),
                          "); the next start of kxcti-server builds them");
            }
        }
        throw;
    }
    result.lines_read = count;
    if (result.date_order_detected && !get_setting(db, kSettingDateOrder)) {
        set_setting(db, kSettingDateOrder, date_order_name(result.date_order));
        log::info("import", "date order ", date_order_name(result.date_order), " detected in ", path.string(),
                  " and remembered for the live links");
    }
    return result;
}

} // namespace kxcti::storage
