#include "common/storage/importer.h"

#include "common/storage/chain_hash.h"
#include "common/storage/schema.h"
#include "common/util/line_splitter.h"
#include "common/util/log.h"

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
// Lines handed to the writer per call inside a transaction: keeps the line buffer small and
// reused while the transaction itself stays large.
constexpr std::size_t kAppendChunk = 4096;

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

    // Calls on_line(std::string&&, LineEnd) for every line, then on_chunk(bytes so far) per read.
    template <typename OnLine, typename OnChunk>
    void for_each_line(OnLine&& on_line, OnChunk&& on_chunk) {
        if (::lseek(fd_, 0, SEEK_SET) != 0) fail("cannot rewind");
        std::vector<char> buf(kReadChunk);
        LineSplitter splitter;
        std::uint64_t done = 0;
        for (;;) {
            ssize_t n = ::read(fd_, buf.data(), buf.size());
            if (n < 0 && errno == EINTR) continue;
            if (n < 0) fail("cannot read");
            if (n == 0) break;
            done += static_cast<std::uint64_t>(n);
            splitter.feed(std::string_view(buf.data(), static_cast<std::size_t>(n)), on_line);
            on_chunk(done);
        }
        splitter.finish(LineEnd::EndOfFile, on_line);
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

std::set<HashPoint> known_points(Connection& db) {
    std::set<HashPoint> points;
    Statement s(db, "SELECT line_count, chain_hash, complete_lines, complete_hash FROM import_sources",
                "reading what was imported before");
    while (s.step()) {
        for (int c : {0, 2}) {
            auto n = static_cast<std::uint64_t>(s.column_int64(c));
            if (n > 0) points.emplace(n, static_cast<std::uint64_t>(s.column_int64(c + 1)));
        }
    }
    return points;
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

    // Pass 1: how many leading lines are in the journal already, and the file's date order.
    const std::set<HashPoint> known = known_points(db);
    const bool detect_order = writer.options().date_order == smdr::DateOrder::Auto;
    smdr::DateOrder detected = smdr::DateOrder::Auto;
    std::vector<std::string> window;
    std::uint64_t count = 0, hash = kChainHashSeed;
    HashPoint matched{0, kChainHashSeed};
    file.for_each_line(
        [&](std::string&& line, LineEnd) {
            ++count;
            hash = chain_hash(hash, line);
            if (known.count({count, hash})) matched = {count, hash};
            if (detect_order && detected == smdr::DateOrder::Auto) {
                window.push_back(std::move(line));
                if (window.size() == kDateDetectWindow) {
                    detected = detect(window);
                    window.clear();
                }
            }
            prog.lines_done = count;
        },
        report);
    if (detect_order && detected == smdr::DateOrder::Auto && !window.empty()) detected = detect(window);
    window = {};
    result.lines_read = count;
    result.already_imported = matched.first;

    if (!detect_order) {
        result.date_order = writer.options().date_order;
    } else if (detected != smdr::DateOrder::Auto) {
        result.date_order = detected;
        result.date_order_detected = true;
    } else {
        result.date_order = writer.default_date_order();
    }
    writer.set_date_order(options.link, result.date_order);
    if (matched.first == count) return result;  // nothing new

    // Pass 2: skip (but replay into the parser) the known lines, journal the rest in large
    // transactions, each also moving this file's import_sources row forward.
    prog.phase = ImportProgress::Phase::Importing;
    prog.lines_done = 0;
    Statement insert_source(db,
                            "INSERT INTO import_sources(path, line_count, chain_hash, complete_lines, complete_hash, "
                            "bytes, date_order, imported_us) VALUES(?1, 0, 0, 0, 0, 0, ?2, ?3)",
                            "recording an imported file");
    Statement update_source(db,
                            "UPDATE import_sources SET line_count = ?2, chain_hash = ?3, complete_lines = ?4, "
                            "complete_hash = ?5, bytes = ?6 WHERE id = ?1",
                            "recording import progress");
    std::optional<std::int64_t> source_id;
    std::unique_ptr<Transaction> txn;
    JournalWriter::State saved;
    std::vector<ReceivedLine> buf(kAppendChunk);
    for (auto& slot : buf) slot.link = options.link;
    std::size_t used = 0, in_txn = 0;
    std::uint64_t bytes_read = 0;
    HashPoint complete{0, kChainHashSeed};
    std::string absolute = std::filesystem::absolute(path).lexically_normal().string();

    auto flush = [&] {
        if (used == 0) return;
        result.added += writer.append_in_transaction(std::span(buf.data(), used), source_id);
        used = 0;
    };
    auto commit = [&] {
        flush();
        update_source.bind(1, *source_id)
            .bind(2, static_cast<std::int64_t>(count))
            .bind(3, static_cast<std::int64_t>(hash))
            .bind(4, static_cast<std::int64_t>(complete.first))
            .bind(5, static_cast<std::int64_t>(complete.second))
            .bind(6, static_cast<std::int64_t>(bytes_read))
            .run();
        txn->commit();
        txn.reset();
        in_txn = 0;
    };

    count = 0;
    hash = kChainHashSeed;
    try {
        file.for_each_line(
            [&](std::string&& line, LineEnd end) {
                ++count;
                hash = chain_hash(hash, line);
                if (end != LineEnd::EndOfFile) complete = {count, hash};
                prog.lines_done = count;
                if (count <= matched.first) {
                    writer.replay(options.link, line);
                    if (count == matched.first && hash != matched.second)
                        throw ImportError(path.string() + " changed while it was being imported: run the import again");
                    return;
                }
                if (!txn) {
                    saved = writer.state();
                    txn = std::make_unique<Transaction>(db);
                    if (!source_id) {
                        insert_source.bind_text(1, absolute)
                            .bind(2, static_cast<int>(result.date_order))
                            .bind(3, to_unix_us(clock.now()))
                            .run();
                        source_id = db.last_insert_rowid();
                    }
                }
                ReceivedLine& slot = buf[used++];
                slot.received_at = clock.now();
                slot.bytes = std::move(line);
                slot.end = end;
                if (used == buf.size()) flush();
                if (++in_txn == kImportLinesPerTransaction) commit();
            },
            [&](std::uint64_t bytes) {
                bytes_read = bytes;
                report(bytes);
            });
        if (txn) commit();
    } catch (...) {
        if (txn) {
            txn.reset();  // rolls back what this transaction journaled...
            writer.restore(std::move(saved));  // ...and the parser state it advanced
        }
        throw;
    }
    if (result.date_order_detected && !get_setting(db, kSettingDateOrder)) {
        set_setting(db, kSettingDateOrder, date_order_name(result.date_order));
        log::info("import", "date order ", date_order_name(result.date_order), " detected in ", path.string(),
                  " and remembered for the live links");
    }
    return result;
}

} // namespace kxcti::storage
