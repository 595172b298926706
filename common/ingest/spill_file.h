#pragma once
// The ingest queue's overflow: an append-only file of received lines, read back in order.
// Format (little endian):
//   header  "KXSPILL1" (8 bytes) | file id (u64, new after every reset)
//   record  payload length (u32) | FNV-1a 64 of the payload (u64) | payload
//   payload line end (u8) | received_us (i64) | link length (u16) | link | bytes
// Appends are plain write()s: they survive a process crash (kill -9) without an fsync; only an
// OS crash can lose the tail, as with the database (synchronous=NORMAL). At open, a torn or
// corrupt tail is cut off, after copying its bytes aside, so every complete record before it
// is recovered and new records never land behind garbage.
#include "common/ingest/received_line.h"

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace kxcti::ingest {

// Bounds a corrupt length field cannot make us exceed. Lines come from LineSplitter (at most
// kMaxLineBytes); the margin leaves room for other producers without trusting the file.
inline constexpr std::size_t kMaxSpillLineBytes = 64 * 1024;
inline constexpr std::size_t kMaxSpillLinkBytes = 255;  // configured link names are short words
inline constexpr std::size_t kSpillRecordHeader = 12;
inline constexpr std::size_t kSpillPayloadFixed = 1 + 8 + 2;
inline constexpr std::size_t kMaxSpillPayload = kSpillPayloadFixed + kMaxSpillLinkBytes + kMaxSpillLineBytes;
inline constexpr std::size_t kSpillFileHeader = 16;

// Where the database says it has consumed the spill file up to (committed with the lines).
struct SpillMark {
    std::uint64_t file_id = 0;
    std::uint64_t offset = 0;
    friend bool operator==(const SpillMark&, const SpillMark&) = default;
};
std::string to_string(const SpillMark& mark);
std::optional<SpillMark> parse_spill_mark(std::string_view text);

class SpillFile {
public:
    // Opens or creates `path`. Records up to `consumed` (if it names this file) were committed
    // before a crash and are skipped; the rest are read back first.
    SpillFile(std::filesystem::path path, std::optional<SpillMark> consumed);
    ~SpillFile();
    SpillFile(const SpillFile&) = delete;
    SpillFile& operator=(const SpillFile&) = delete;

    // Throws std::length_error for a line or link name over the bounds above (a caller bug:
    // links cut lines at kMaxLineBytes), std::system_error when the file cannot be written.
    void append(const ReceivedLine& line);
    // The next unread record, or false when everything was read.
    bool read_next(ReceivedLine& out);

    std::uint64_t unread() const noexcept { return unread_; }
    SpillMark read_mark() const noexcept { return {file_id_, read_offset_}; }
    std::uint64_t appended_total() const noexcept { return appended_total_; }
    std::uint64_t recovered_at_open() const noexcept { return recovered_; }

    // After the database committed everything up to `committed`: if that is the whole file,
    // empty it (and take a new id, so an old mark can never match new records).
    void reset_if_consumed(const SpillMark& committed);

    // Builds one record's bytes (exposed for tests that write torn files).
    static std::string encode(const ReceivedLine& line);

private:
    void create_fresh();
    void scan(std::optional<SpillMark> consumed);
    bool fill(std::size_t need);  // makes `need` bytes from read_offset_ available in rbuf_

    std::filesystem::path path_;
    int fd_ = -1;
    std::uint64_t file_id_ = 0;
    std::uint64_t end_ = 0;          // bytes of valid content
    std::uint64_t read_offset_ = 0;  // next record to read
    std::uint64_t unread_ = 0;
    std::uint64_t appended_total_ = 0;
    std::uint64_t recovered_ = 0;
    std::vector<char> rbuf_;         // file bytes [rbuf_at_, rbuf_at_ + rbuf_.size())
    std::uint64_t rbuf_at_ = 0;
};

} // namespace kxcti::ingest
