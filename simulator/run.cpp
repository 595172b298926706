#include "simulator/run.h"

#include "simulator/traffic_source.h"

#include <algorithm>
#include <cerrno>
#include <csignal>
#include <cstring>
#include <fcntl.h>
#include <fstream>
#include <poll.h>
#include <termios.h>
#include <unistd.h>

namespace kxcti::sim {
namespace {

volatile std::sig_atomic_t g_stop = 0;
extern "C" void on_stop_signal(int) { g_stop = 1; }

void count(SimStats& stats, const SourceLine& line) {
    ++stats.lines;
    if (line.record) ++stats.records;
    if (line.garbage) ++stats.garbage;
}

bool exit_due(const SimOptions& o, const SimStats& stats) {
    return o.exit_after_lines != 0 && stats.lines >= o.exit_after_lines;
}

// Sleeps until the pacer allows `next`; false if a stop was requested meanwhile.
bool wait_for_pacer(const Pacer& pacer, const SourceLine& next) {
    for (int ms = pacer.wait_ms(next); ms > 0; ms = pacer.wait_ms(next)) {
        if (stop_requested()) return false;
        ::poll(nullptr, 0, ms);
    }
    return !stop_requested();
}

bool write_all(int fd, std::string_view bytes) {
    while (!bytes.empty()) {
        ssize_t n = ::write(fd, bytes.data(), bytes.size());
        if (n < 0 && errno == EINTR && !stop_requested()) continue;
        if (n <= 0) return false;
        bytes.remove_prefix(static_cast<std::size_t>(n));
    }
    return true;
}

} // namespace

std::string summary_line(const SimStats& s) {
    return "kxcti-pbxsim: sent " + std::to_string(s.lines) + " lines (" + std::to_string(s.records) +
           " records, " + std::to_string(s.garbage) + " garbage lines), " + std::to_string(s.drops) +
           " lines cut by a drop, " + std::to_string(s.logins) + " logins, " + std::to_string(s.refused) +
           " logins refused, " + std::to_string(s.turned_away) + " extra clients turned away";
}

void install_stop_signals() {
    struct sigaction sa {};
    sa.sa_handler = on_stop_signal;
    sigemptyset(&sa.sa_mask);
    sa.sa_flags = 0;  // no SA_RESTART: a blocked write or poll returns and sees the flag
    ::sigaction(SIGTERM, &sa, nullptr);
    ::sigaction(SIGINT, &sa, nullptr);
    std::signal(SIGPIPE, SIG_IGN);  // a client that hung up is an EPIPE, not a death
}

bool stop_requested() { return g_stop != 0; }

Pacer::Pacer(double rate, double speed, std::shared_ptr<ModelClock> model) {
    if (speed > 0) model_ = model ? std::move(model) : std::make_shared<ModelClock>(speed);
    if (rate > 0 && speed <= 0)
        interval_ = std::chrono::duration_cast<std::chrono::steady_clock::duration>(std::chrono::duration<double>(1.0 / rate));
    restart();
}

void Pacer::restart() { next_ = std::chrono::steady_clock::now(); }

int Pacer::wait_ms(const SourceLine& line) const {
    auto now = std::chrono::steady_clock::now();
    std::chrono::steady_clock::duration left{};
    if (model_) {
        return line.at_s ? model_->wait_ms(*line.at_s) : 0;
    } else {
        if (interval_.count() == 0) return 0;
        left = next_ - now;
    }
    if (left <= std::chrono::steady_clock::duration::zero()) return 0;
    return static_cast<int>(std::chrono::ceil<std::chrono::milliseconds>(left).count());
}

void Pacer::sent(const SourceLine& line) {
    if (model_) {
        if (line.at_s) model_->anchor(*line.at_s);
        return;
    }
    if (interval_.count() == 0) return;
    // Keep the average rate, but do not burst to catch up after a long pause (no client).
    next_ = std::max(next_ + interval_, std::chrono::steady_clock::now() - interval_);
}

std::unique_ptr<LineSource> make_source(const SimOptions& o, TrafficObserver* observer) {
    std::unique_ptr<LineSource> source;
    if (o.replay) source = std::make_unique<ReplaySource>(*o.replay, o.loop);
    else if (o.traffic) {
        auto traffic = std::make_unique<TrafficSource>(load_scenario(*o.traffic), o.generator, o.loop, o.truth);
        traffic->set_observer(observer);
        source = std::move(traffic);
    }
    else source = std::make_unique<GeneratorSource>(o.generator, o.generate, o.loop || o.generate == 0);
    if (o.garbage_every) source = std::make_unique<GarbageInserter>(std::move(source), o.garbage_every, o.generator.seed);
    return source;
}

int run_file(const SimOptions& o, LineSource& source, SimStats& stats, std::shared_ptr<ModelClock> model) {
    std::ofstream out(o.out_file, std::ios::binary | std::ios::trunc);
    if (!out) {
        std::fprintf(stderr, "kxcti-pbxsim: cannot write %s: %s\n", o.out_file.c_str(), std::strerror(errno));
        return 1;
    }
    Pacer pacer(o.rate, o.speed, model);
    while (!exit_due(o, stats)) {
        auto line = source.next();
        if (!line || !wait_for_pacer(pacer, *line)) break;
        out << line->text << o.newline;
        if (o.rate > 0 || o.speed > 0) out.flush();
        pacer.sent(*line);
        count(stats, *line);
    }
    out.flush();
    if (!out) {
        std::fprintf(stderr, "kxcti-pbxsim: writing %s failed (disk full?)\n", o.out_file.c_str());
        return 1;
    }
    return 0;
}

int run_serial(const SimOptions& o, LineSource& source, SimStats& stats, std::shared_ptr<ModelClock> model) {
    int fd = ::open(o.serial_device.c_str(), O_WRONLY | O_NOCTTY | O_CLOEXEC);
    if (fd < 0) {
        std::fprintf(stderr, "kxcti-pbxsim: cannot open %s: %s (is the pty pair or adapter there?)\n",
                     o.serial_device.c_str(), std::strerror(errno));
        return 1;
    }
    termios tio{};
    if (::isatty(fd) && ::tcgetattr(fd, &tio) == 0) {
        ::cfmakeraw(&tio);  // bytes as they are: no CR/LF translation by the line discipline
        ::tcsetattr(fd, TCSANOW, &tio);
    }
    Pacer pacer(o.rate, o.speed, model);
    int rc = 0;
    while (!exit_due(o, stats)) {
        auto line = source.next();
        if (!line || !wait_for_pacer(pacer, *line)) break;
        if (!write_all(fd, line->text + o.newline)) {
            if (!stop_requested()) {
                std::fprintf(stderr, "kxcti-pbxsim: writing %s failed: %s\n", o.serial_device.c_str(), std::strerror(errno));
                rc = 1;
            }
            break;
        }
        pacer.sent(*line);
        count(stats, *line);
    }
    if (rc == 0 && ::isatty(fd)) ::tcdrain(fd);  // everything out before the device closes
    ::close(fd);
    return rc;
}

int run(const SimOptions& o, std::ostream& out, std::ostream& summary) {
    if (o.csta_port) return run_with_csta(o, out, summary);
    SimStats stats;
    int rc = 0;
    std::unique_ptr<LineSource> source;
    try {
        source = make_source(o);
        switch (o.output) {
        case Output::File: rc = run_file(o, *source, stats); break;
        case Output::Serial: rc = run_serial(o, *source, stats); break;
        case Output::Listen: rc = run_listen(o, *source, stats, out); break;
        }
    } catch (const ScenarioError& e) {
        summary << "kxcti-pbxsim: " << e.what() << "\n";
        return 2;
    } catch (const std::exception& e) {
        summary << "kxcti-pbxsim: " << e.what() << "\n";
        rc = 1;
    }
    summary << summary_line(stats) << "\n";
    if (source) {
        std::string more = source->summary();
        if (!more.empty()) summary << more << "\n";
    }
    summary.flush();
    return rc;
}

} // namespace kxcti::sim
