#pragma once
// Runs the simulator for parsed options: builds the line source, paces it and writes it to the
// chosen output. Returns the process exit code; the summary goes to `summary` (stderr).
#include "simulator/line_source.h"
#include "simulator/options.h"

#include <chrono>
#include <cstdint>
#include <memory>
#include <optional>
#include <ostream>
#include <utility>

namespace kxcti::sim {

struct SimStats {
    std::uint64_t lines = 0;     // complete lines written (records, headers, garbage)
    std::uint64_t records = 0;   // of which call records
    std::uint64_t garbage = 0;   // of which garbage lines
    std::uint64_t drops = 0;     // lines cut in half by --drop-mid-line-after
    std::uint64_t logins = 0;    // successful logins
    std::uint64_t refused = 0;   // logins answered "Rejected" (--refuse-logins, wrong password)
    std::uint64_t turned_away = 0;  // second clients answered "Rejected"
};

std::string summary_line(const SimStats& stats);

// SIGTERM / SIGINT set a flag (no SA_RESTART, so blocking calls return EINTR); SIGPIPE ignored.
void install_stop_signals();
bool stop_requested();

// When the next line may go: `rate` lines per second (0: no pacing), or with `speed` > 0 the
// traffic model's clock run `speed` times faster than real time (a line printed at model second
// t goes out (t - t0) / speed seconds after the first one). Lines that fell behind (no client
// connected) go at once, like the records a PBX buffered.
class Pacer {
public:
    explicit Pacer(double rate, double speed = 0);
    void restart();  // rate: the next line may go now (a new client); speed: the clock runs on
    // Milliseconds until `next` may go (0 = now).
    int wait_ms(const SourceLine& next) const;
    void sent(const SourceLine& line);

private:
    std::chrono::steady_clock::duration interval_{};
    std::chrono::steady_clock::time_point next_{};
    double speed_ = 0;
    std::optional<std::pair<std::chrono::steady_clock::time_point, std::int64_t>> anchor_;  // real, model
};

std::unique_ptr<LineSource> make_source(const SimOptions& options);

int run_file(const SimOptions& options, LineSource& source, SimStats& stats);
int run_serial(const SimOptions& options, LineSource& source, SimStats& stats);
int run_listen(const SimOptions& options, LineSource& source, SimStats& stats, std::ostream& out);

// Dispatches on options.output and writes the summary (one line, and the source's own line if it
// has one) to `summary` at the end. Returns 0, 1 (I/O failed) or 2 (the scenario is wrong).
int run(const SimOptions& options, std::ostream& out, std::ostream& summary);

} // namespace kxcti::sim
