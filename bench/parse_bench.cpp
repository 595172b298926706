// Parse-rate benchmark: reads a file the way `wc -l` does (large read() calls), splits it into
// lines and parses every line, then prints lines, bytes, seconds and a count per kind.
// The comparison with `wc -l` on the same file is made by bench/smdr_bench.sh in the same run.
#include "common/smdr/parser.h"
#include "common/util/line_splitter.h"

#include <array>
#include <chrono>
#include <cstdio>
#include <fcntl.h>
#include <unistd.h>

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
    auto on_line = [&](std::string&& line, LineEnd) {
        auto parsed = parser.feed(line);
        ++kinds[static_cast<std::size_t>(parsed.kind) & 7];
        ++lines;
    };
    constexpr std::size_t kChunk = 1 << 17;  // what coreutils' wc reads at a time
    static char buf[kChunk];
    auto start = std::chrono::steady_clock::now();
    for (;;) {
        ssize_t n = ::read(fd, buf, kChunk);
        if (n <= 0) break;
        bytes += static_cast<unsigned long long>(n);
        splitter.feed(std::string_view(buf, static_cast<std::size_t>(n)), on_line);
    }
    splitter.finish(LineEnd::EndOfFile, on_line);
    double s = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    ::close(fd);
    std::printf("lines %llu bytes %llu seconds %.3f lines_per_s %.0f\n", lines, bytes, s, lines / s);
    for (std::size_t k = 0; k < 8; ++k)
        if (kinds[k]) std::printf("  %s %llu\n", std::string(smdr::to_string(static_cast<smdr::LineKind>(k))).c_str(), kinds[k]);
    return 0;
}
