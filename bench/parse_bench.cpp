// Parse-rate benchmark: reads a file the way `wc -l` does (large read() calls), splits it into
// lines (CR, LF or CRLF, as the links do) and parses every line with one smdr::Parser, then
// prints lines, bytes, seconds and a count per kind. The comparison with `wc -l` on the same
// file is made by bench/smdr_bench.sh in the same run.
//
// The split is the links' and import's own: kxcti::LineSplitter::feed_views (views into the read
// buffer, a word-at-a-time scan for CR and LF, a copy only for a line that straddles two reads).
#include "common/smdr/parser.h"
#include "common/util/line_splitter.h"

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
    LineSplitter splitter;
    std::array<unsigned long long, 8> kinds{};
    unsigned long long lines = 0, bytes = 0;
    auto on_line = [&](std::string_view line, LineEnd) {
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
        splitter.feed_views(std::string_view(buf, static_cast<std::size_t>(n)), on_line);
    }
    splitter.finish_views(LineEnd::EndOfFile, on_line);
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
