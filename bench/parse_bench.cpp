// Parse-rate benchmark: reads a file the way `wc -l` does (large read() calls), splits it into
// lines (CR, LF or CRLF, as the links do) and parses every line with one smdr::Parser, then
// prints lines, bytes, seconds and a count per kind. The comparison with `wc -l` on the same
// file is made by bench/smdr_bench.sh in the same run.
//
// The split works on views into the read buffer (a word-at-a-time scan for CR and LF, a copy only for the
// line that straddles two reads): kxcti::LineSplitter copies every byte into a fresh std::string,
// which is the right tool for a link's trickle but would measure allocation here, not parsing.
#include "common/smdr/parser.h"

#include <array>
#include <chrono>
#include <cstdint>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <string>
#include <string_view>
#include <time.h>
#include <unistd.h>

namespace {

constexpr std::size_t kChunk = 1 << 17;  // what coreutils' wc reads at a time

// Splits a stream of chunks into lines; on_line(std::string_view) sees each line once, without
// its terminator. A CR LF pair split across two chunks is one terminator.
class ViewSplitter {
public:
    template <typename F>
    void feed(const char* p, const char* end, F&& on_line) {
        if (after_cr_ && p < end && *p == '\n') ++p;
        after_cr_ = false;
        while (p < end) {
            const char* stop = find_end(p, end);
            if (stop == end) {  // no terminator left: keep the start of the next line
                carry_.append(p, end);
                return;
            }
            emit(std::string_view(p, static_cast<std::size_t>(stop - p)), on_line);
            p = stop + 1;
            if (*stop == '\r') {
                if (p == end) after_cr_ = true;
                else if (*p == '\n') ++p;
            }
        }
    }

    template <typename F>
    void finish(F&& on_line) {
        if (!carry_.empty()) on_line(std::string_view(carry_));
        carry_.clear();
    }

private:
    // The first CR or LF in [p, end), else end. Eight bytes at a time: a byte equal to CR or LF
    // makes (w ^ pattern) have a zero byte, found with the classic has-zero-byte test.
    static const char* find_end(const char* p, const char* end) {
        constexpr std::uint64_t kOnes = 0x0101010101010101ULL, kHighs = 0x8080808080808080ULL;
        constexpr std::uint64_t kLf = kOnes * '\n', kCr = kOnes * '\r';
        auto zero_byte = [](std::uint64_t v) { return (v - kOnes) & ~v & kHighs; };
        for (; end - p >= 8; p += 8) {
            std::uint64_t w;
            std::memcpy(&w, p, sizeof w);
            if (zero_byte(w ^ kLf) | zero_byte(w ^ kCr)) break;
        }
        for (; p < end; ++p)
            if (*p == '\n' || *p == '\r') return p;
        return end;
    }

    template <typename F>
    void emit(std::string_view line, F& on_line) {
        if (carry_.empty()) return on_line(line);
        carry_.append(line);
        on_line(std::string_view(carry_));
        carry_.clear();
    }

    std::string carry_;
    bool after_cr_ = false;
};

double cpu_seconds() {
    timespec ts{};
    ::clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return static_cast<double>(ts.tv_sec) + static_cast<double>(ts.tv_nsec) * 1e-9;
}

} // namespace

int main(int argc, char** argv) {
    if (argc != 2) {
        std::fprintf(stderr, "usage: kxcti-bench-parse FILE\n");
        return 2;
    }
    int fd = ::open(argv[1], O_RDONLY);
    if (fd < 0) {
        std::perror(argv[1]);
        return 1;
    }
    using namespace kxcti;
    smdr::Parser parser;
    ViewSplitter splitter;
    std::array<unsigned long long, 8> kinds{};
    unsigned long long lines = 0, bytes = 0;
    auto on_line = [&](std::string_view line) {
        auto parsed = parser.feed(line);
        ++kinds[static_cast<std::size_t>(parsed.kind) & 7];
        ++lines;
    };
    static char buf[kChunk];
    auto start = std::chrono::steady_clock::now();
    const double cpu_start = cpu_seconds();
    for (;;) {
        ssize_t n = ::read(fd, buf, kChunk);
        if (n <= 0) break;
        bytes += static_cast<unsigned long long>(n);
        splitter.feed(buf, buf + n, on_line);
    }
    splitter.finish(on_line);
    double s = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    const double cpu = cpu_seconds() - cpu_start;
    ::close(fd);
    // CPU seconds too: on a shared machine the wall time measures the neighbours.
    std::printf("lines %llu bytes %llu seconds %.3f lines_per_s %.0f cpu_seconds %.3f ns_per_line_cpu %.1f\n", lines,
                bytes, s, lines / s, cpu, cpu * 1e9 / static_cast<double>(lines ? lines : 1));
    for (std::size_t k = 0; k < 8; ++k)
        if (kinds[k]) std::printf("  %s %llu\n", std::string(smdr::to_string(static_cast<smdr::LineKind>(k))).c_str(), kinds[k]);
    return 0;
}
