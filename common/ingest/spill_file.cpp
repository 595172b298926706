#include "common/ingest/spill_file.h"

#include "common/storage/chain_hash.h"
#include "common/util/log.h"

#include <cerrno>
#include <charconv>
#include <chrono>
#include <cstring>
#include <fcntl.h>
#include <random>
#include <stdexcept>
#include <system_error>
#include <unistd.h>

namespace kxcti::ingest {
namespace {

constexpr char kMagic[8] = {'K', 'X', 'S', 'P', 'I', 'L', 'L', '1'};
// Bytes fetched per read when draining: a few hundred records per syscall.
constexpr std::size_t kReadBlock = 64 * 1024;

std::uint64_t fnv1a(std::string_view bytes) {
    std::uint64_t h = storage::kFnvOffsetBasis;
    for (char c : bytes) {
        h ^= static_cast<unsigned char>(c);
        h *= storage::kFnvPrime;
    }
    return h;
}

template <typename T>
void put(std::string& out, T value) {
    for (std::size_t i = 0; i < sizeof(T); ++i) out.push_back(static_cast<char>((static_cast<std::uint64_t>(value) >> (8 * i)) & 0xff));
}

template <typename T>
T get(const char* p) {
    std::uint64_t v = 0;
    for (std::size_t i = 0; i < sizeof(T); ++i) v |= static_cast<std::uint64_t>(static_cast<unsigned char>(p[i])) << (8 * i);
    return static_cast<T>(v);
}

[[noreturn]] void sys_fail(const std::filesystem::path& path, const char* what) {
    throw std::system_error(errno, std::generic_category(), std::string(what) + " spill file " + path.string());
}

void write_all(int fd, const char* p, std::size_t n, const std::filesystem::path& path) {
    while (n > 0) {
        ssize_t w = ::write(fd, p, n);
        if (w < 0 && errno == EINTR) continue;
        if (w < 0) sys_fail(path, "cannot write");
        p += w;
        n -= static_cast<std::size_t>(w);
    }
}

std::uint64_t new_file_id() {
    std::random_device rd;
    auto t = static_cast<std::uint64_t>(std::chrono::system_clock::now().time_since_epoch().count());
    return (static_cast<std::uint64_t>(rd()) << 32 ^ rd()) ^ t;
}

} // namespace

std::string to_string(const SpillMark& m) { return std::to_string(m.file_id) + ":" + std::to_string(m.offset); }

std::optional<SpillMark> parse_spill_mark(std::string_view text) {
    auto colon = text.find(':');
    if (colon == std::string_view::npos) return std::nullopt;
    SpillMark m;
    auto a = std::from_chars(text.data(), text.data() + colon, m.file_id);
    auto b = std::from_chars(text.data() + colon + 1, text.data() + text.size(), m.offset);
    if (a.ec != std::errc{} || a.ptr != text.data() + colon || b.ec != std::errc{} || b.ptr != text.data() + text.size())
        return std::nullopt;
    return m;
}

std::string SpillFile::encode(const ReceivedLine& line) {
    if (line.bytes.size() > kMaxSpillLineBytes)
        throw std::length_error("line of " + std::to_string(line.bytes.size()) + " bytes is over the spill bound");
    if (line.link.size() > kMaxSpillLinkBytes) throw std::length_error("link name '" + line.link + "' is too long");
    std::string payload;
    payload.reserve(kSpillPayloadFixed + line.link.size() + line.bytes.size());
    put(payload, static_cast<std::uint8_t>(line.end));
    put(payload, to_unix_us(line.received_at));
    put(payload, static_cast<std::uint16_t>(line.link.size()));
    payload += line.link;
    payload += line.bytes;
    std::string record;
    record.reserve(kSpillRecordHeader + payload.size());
    put(record, static_cast<std::uint32_t>(payload.size()));
    put(record, fnv1a(payload));
    record += payload;
    return record;
}

SpillFile::SpillFile(std::filesystem::path path, std::optional<SpillMark> consumed) : path_(std::move(path)) {
    fd_ = ::open(path_.c_str(), O_RDWR | O_CREAT | O_APPEND | O_CLOEXEC, 0640);
    if (fd_ < 0) sys_fail(path_, "cannot open");
    scan(consumed);
}

SpillFile::~SpillFile() { ::close(fd_); }

void SpillFile::create_fresh() {
    if (::ftruncate(fd_, 0) != 0) sys_fail(path_, "cannot truncate");
    file_id_ = new_file_id();
    std::string header(kMagic, sizeof kMagic);
    put(header, file_id_);
    write_all(fd_, header.data(), header.size(), path_);
    end_ = read_offset_ = kSpillFileHeader;
    unread_ = 0;
    rbuf_.clear();
    rbuf_at_ = end_;
}

bool SpillFile::fill(std::size_t need) {
    if (read_offset_ >= rbuf_at_ && read_offset_ + need <= rbuf_at_ + rbuf_.size()) return true;
    if (read_offset_ + need > end_) return false;
    std::size_t want = static_cast<std::size_t>(std::min<std::uint64_t>(std::max(need, kReadBlock), end_ - read_offset_));
    rbuf_.resize(want);
    std::size_t got = 0;
    while (got < want) {
        ssize_t n = ::pread(fd_, rbuf_.data() + got, want - got, static_cast<off_t>(read_offset_ + got));
        if (n < 0 && errno == EINTR) continue;
        if (n < 0) sys_fail(path_, "cannot read");
        if (n == 0) break;
        got += static_cast<std::size_t>(n);
    }
    rbuf_.resize(got);
    rbuf_at_ = read_offset_;
    return got >= need;
}

void SpillFile::scan(std::optional<SpillMark> consumed) {
    off_t size = ::lseek(fd_, 0, SEEK_END);
    if (size < 0) sys_fail(path_, "cannot seek");
    end_ = static_cast<std::uint64_t>(size);
    char header[kSpillFileHeader];
    if (end_ < kSpillFileHeader || ::pread(fd_, header, sizeof header, 0) != static_cast<ssize_t>(sizeof header) ||
        std::memcmp(header, kMagic, sizeof kMagic) != 0) {
        if (end_ > 0) {
            auto aside = path_.string() + ".unreadable-" + std::to_string(::time(nullptr));
            std::filesystem::copy_file(path_, aside, std::filesystem::copy_options::overwrite_existing);
            log::error("ingest", "spill file ", path_.string(), " has no valid header (", end_,
                       " bytes): copied to ", aside, " for inspection and started afresh");
        }
        create_fresh();
        return;
    }
    file_id_ = get<std::uint64_t>(header + 8);

    // Walk the records: count them, find where the valid content ends and where `consumed` is.
    read_offset_ = kSpillFileHeader;
    rbuf_.clear();
    rbuf_at_ = read_offset_;
    std::uint64_t records = 0, records_after_mark = 0;
    bool mark_here = consumed && consumed->file_id == file_id_;
    bool mark_found = mark_here && consumed->offset == kSpillFileHeader;
    std::uint64_t valid_end = kSpillFileHeader;
    for (;;) {
        if (mark_here && read_offset_ == consumed->offset) mark_found = true, records_after_mark = 0;
        if (!fill(kSpillRecordHeader)) break;
        const char* p = rbuf_.data() + (read_offset_ - rbuf_at_);
        auto len = get<std::uint32_t>(p);
        auto sum = get<std::uint64_t>(p + 4);
        if (len < kSpillPayloadFixed || len > kMaxSpillPayload) break;
        if (!fill(kSpillRecordHeader + len)) break;
        p = rbuf_.data() + (read_offset_ - rbuf_at_);
        if (fnv1a(std::string_view(p + kSpillRecordHeader, len)) != sum) break;
        read_offset_ += kSpillRecordHeader + len;
        valid_end = read_offset_;
        ++records;
        ++records_after_mark;
    }
    if (valid_end < end_) {
        auto aside = path_.string() + ".torn-" + std::to_string(::time(nullptr));
        std::string tail(static_cast<std::size_t>(end_ - valid_end), '\0');
        if (::pread(fd_, tail.data(), tail.size(), static_cast<off_t>(valid_end)) != static_cast<ssize_t>(tail.size()))
            sys_fail(path_, "cannot read the tail of");
        int out = ::open(aside.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0640);
        if (out < 0) sys_fail(aside, "cannot create");
        write_all(out, tail.data(), tail.size(), aside);
        ::close(out);
        if (::ftruncate(fd_, static_cast<off_t>(valid_end)) != 0) sys_fail(path_, "cannot truncate");
        log::warn("ingest", "spill file ", path_.string(), ": torn or corrupt record at offset ", valid_end, " (",
                  tail.size(), " bytes, from a crash mid-write) copied to ", aside, "; the ", records,
                  " complete records before it are kept");
        end_ = valid_end;
    }
    if (mark_here && !mark_found)
        log::error("ingest", "spill file ", path_.string(), ": the database's mark ", to_string(*consumed),
                   " is not a record boundary; replaying the whole file (some lines may be journaled twice)");
    read_offset_ = mark_found ? consumed->offset : kSpillFileHeader;
    unread_ = mark_found ? records_after_mark : records;
    recovered_ = unread_;
    rbuf_.clear();
    rbuf_at_ = read_offset_;
    if (unread_ > 0)
        log::warn("ingest", "spill file ", path_.string(), ": ", unread_,
                  " lines left by an earlier run are journaled first");
    else if (end_ > kSpillFileHeader)
        create_fresh();  // everything in it was committed before the crash
}

void SpillFile::append(const ReceivedLine& line) {
    std::string record = encode(line);
    write_all(fd_, record.data(), record.size(), path_);
    end_ += record.size();
    ++unread_;
    ++appended_total_;
}

bool SpillFile::read_next(ReceivedLine& out) {
    if (unread_ == 0) return false;
    if (!fill(kSpillRecordHeader)) return false;
    auto len = get<std::uint32_t>(rbuf_.data() + (read_offset_ - rbuf_at_));
    if (len < kSpillPayloadFixed || len > kMaxSpillPayload || !fill(kSpillRecordHeader + len))
        throw std::runtime_error("spill file " + path_.string() + " changed under us at offset " +
                                 std::to_string(read_offset_));
    const char* p = rbuf_.data() + (read_offset_ - rbuf_at_) + kSpillRecordHeader;
    out.end = static_cast<LineEnd>(get<std::uint8_t>(p));
    out.received_at = from_unix_us(get<std::int64_t>(p + 1));
    auto link_len = get<std::uint16_t>(p + 9);
    if (kSpillPayloadFixed + link_len > len)
        throw std::runtime_error("spill file " + path_.string() + ": bad record at offset " + std::to_string(read_offset_));
    out.link.assign(p + kSpillPayloadFixed, link_len);
    out.bytes.assign(p + kSpillPayloadFixed + link_len, len - kSpillPayloadFixed - link_len);
    read_offset_ += kSpillRecordHeader + len;
    --unread_;
    return true;
}

void SpillFile::reset_if_consumed(const SpillMark& committed) {
    if (unread_ != 0 || committed.file_id != file_id_ || committed.offset != end_ || end_ == kSpillFileHeader) return;
    // Truncate before taking the new id: a crash in between leaves an empty file under the old
    // id, never old records under a new id (which the old mark would no longer skip).
    if (::ftruncate(fd_, static_cast<off_t>(kSpillFileHeader)) != 0) sys_fail(path_, "cannot truncate");
    create_fresh();
}

} // namespace kxcti::ingest
