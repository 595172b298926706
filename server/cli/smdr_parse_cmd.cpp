// kxcti-server smdr-parse [FILE|-]: one JSON object per input line, in order (see
// common/smdr/json.h for the keys). With the date order left to the data, the order is decided
// first: over the whole file (a first pass that keeps only counters), or over the first
// kStdinDetectLines lines of standard input (buffered, then streamed).
#include "server/cli/commands.h"

#include "common/smdr/json.h"
#include "common/smdr/parser.h"
#include "common/util/line_splitter.h"
#include "server/cli/args.h"
#include "server/cli/common_options.h"

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <iostream>
#include <string>
#include <unistd.h>
#include <vector>

namespace kxcti::server {
namespace {

// Lines of standard input held back to decide the date order: a few days of a busy site's
// records (enough for a day above 12 to show up), at most ~1 MiB of memory.
constexpr std::size_t kStdinDetectLines = 10000;
// Read size: what coreutils uses; large reads keep the syscall count low on big files.
constexpr std::size_t kReadChunk = 1 << 17;
// Output is flushed in blocks of this size rather than per line.
constexpr std::size_t kWriteBlock = 1 << 16;

constexpr const char* kUsage =
    "usage: kxcti-server smdr-parse [FILE|-] [--date-order dmy|mdy|ymd] [--clock 12|24]\n"
    "                               [--layout A|B|C|TD816|TA|HTS] [common options]\n"
    "Reads SMDR lines from FILE (or standard input for '-' or no FILE) and prints one JSON\n"
    "object per line. Lines that cannot be read are printed with kind \"error\" and a reason.\n"
    "Without --date-order the order is decided from the data (dd/mm/yy when it cannot be told).\n";

smdr::ParseOptions options_from(const Args& args) {
    smdr::ParseOptions o = resolve_config(args).smdr;
    if (auto v = args.get("date-order")) {
        if (*v == "dmy") o.date_order = smdr::DateOrder::DMY;
        else if (*v == "mdy") o.date_order = smdr::DateOrder::MDY;
        else if (*v == "ymd") o.date_order = smdr::DateOrder::YMD;
        else if (*v == "auto") o.date_order = smdr::DateOrder::Auto;
        else throw UsageError("--date-order must be dmy, mdy, ymd or auto, not '" + *v + "'");
    }
    if (auto v = args.get("clock")) {
        if (*v == "12") o.clock = smdr::ClockMode::H12;
        else if (*v == "24") o.clock = smdr::ClockMode::H24;
        else if (*v == "auto") o.clock = smdr::ClockMode::Auto;
        else throw UsageError("--clock must be 12, 24 or auto, not '" + *v + "'");
    }
    if (auto v = args.get("layout")) {
        if (*v == "auto") o.layout = smdr::Layout::Unknown;
        else if (auto l = smdr::layout_from_string(*v)) o.layout = *l;
        else throw UsageError("--layout must be A, B, C, TD816, TA, HTS or auto, not '" + *v + "'");
    }
    return o;
}

class Output {
public:
    void line(std::size_t n, std::string_view raw, const smdr::ParsedLine& p) {
        smdr::append_json(buf_, n, raw, p);
        buf_.push_back('\n');
        if (buf_.size() >= kWriteBlock) flush();
    }
    void flush() {
        if (!buf_.empty()) std::fwrite(buf_.data(), 1, buf_.size(), stdout);
        buf_.clear();
    }

private:
    std::string buf_;
};

// Calls on_chunk for every read; false (with errno) if reading failed.
template <typename F>
bool read_all(int fd, F&& on_chunk) {
    std::vector<char> buf(kReadChunk);
    for (;;) {
        ssize_t n = ::read(fd, buf.data(), buf.size());
        if (n == 0) return true;
        if (n < 0) {
            if (errno == EINTR) continue;
            return false;
        }
        on_chunk(std::string_view(buf.data(), static_cast<std::size_t>(n)));
    }
}

std::string open_error(const std::string& path) {
    return "cannot read " + path + ": " + std::strerror(errno) + " (check the path and its permissions)";
}

int parse_file(const std::string& path, smdr::Parser& parser, bool detect) {
    if (detect) {
        int fd = ::open(path.c_str(), O_RDONLY);
        if (fd < 0) throw std::runtime_error(open_error(path));
        smdr::DateOrderVote vote;
        LineSplitter splitter;
        auto add = [&](std::string&& l, LineEnd) { vote.add(l); };
        bool ok = read_all(fd, [&](std::string_view c) { splitter.feed(c, add); });
        splitter.finish(LineEnd::EndOfFile, add);
        ::close(fd);
        if (!ok) throw std::runtime_error(open_error(path));
        parser.set_date_order(vote.decide());
    }
    int fd = ::open(path.c_str(), O_RDONLY);
    if (fd < 0) throw std::runtime_error(open_error(path));
    Output out;
    std::size_t n = 0;
    LineSplitter splitter;
    auto emit = [&](std::string&& l, LineEnd) { out.line(++n, l, parser.feed(l)); };
    bool ok = read_all(fd, [&](std::string_view c) { splitter.feed(c, emit); });
    splitter.finish(LineEnd::EndOfFile, emit);
    ::close(fd);
    out.flush();
    if (!ok) throw std::runtime_error(open_error(path));
    return kExitOk;
}

int parse_stdin(smdr::Parser& parser, bool detect) {
    Output out;
    std::size_t n = 0;
    std::vector<std::string> held;  // the first lines, while the date order is undecided
    bool holding = detect;
    auto release = [&] {
        smdr::DateOrderVote vote;
        for (const auto& l : held) vote.add(l);
        parser.set_date_order(vote.decide());
        for (const auto& l : held) out.line(++n, l, parser.feed(l));
        held.clear();
        holding = false;
    };
    auto on_line = [&](std::string&& l, LineEnd) {
        if (holding) {
            held.push_back(std::move(l));
            if (held.size() >= kStdinDetectLines) release();
            return;
        }
        out.line(++n, l, parser.feed(l));
    };
    LineSplitter splitter;
    bool ok = read_all(STDIN_FILENO, [&](std::string_view c) { splitter.feed(c, on_line); });
    splitter.finish(LineEnd::EndOfFile, on_line);
    if (holding) release();
    out.flush();
    if (!ok) throw std::runtime_error(std::string("cannot read standard input: ") + std::strerror(errno));
    return kExitOk;
}

} // namespace

int cmd_smdr_parse(const Words& words) {
    Args args(words, {"help"});
    if (args.has("help")) {
        std::cout << kUsage;
        return kExitOk;
    }
    auto known = kCommonOptions;
    known.insert({"date-order", "clock", "layout"});
    args.allow_only(known);
    if (args.positional().size() > 1) throw UsageError("smdr-parse takes one FILE (or '-'), not " + std::to_string(args.positional().size()));
    smdr::Parser parser(options_from(args));
    bool detect = parser.context().options.date_order == smdr::DateOrder::Auto;
    if (args.positional().empty() || args.positional()[0] == "-") return parse_stdin(parser, detect);
    return parse_file(args.positional()[0], parser, detect);
}

} // namespace kxcti::server
