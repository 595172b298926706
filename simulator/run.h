#pragma once
// Runs the simulator for parsed options: builds the line source, paces it and writes it to the
// chosen output. Returns the process exit code; the summary goes to `summary` (stderr).
#include "simulator/line_source.h"
#include "simulator/model_clock.h"
#include "simulator/options.h"
#include "simulator/traffic_observer.h"

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
    // `model`: the model clock to share (with the CSTA link); none: one of its own.
    explicit Pacer(double rate, double speed = 0, std::shared_ptr<ModelClock> model = nullptr);
    void restart();  // rate: the next line may go now (a new client); speed: the clock runs on
    // Milliseconds until `next` may go (0 = now).
    int wait_ms(const SourceLine& next) const;
    void sent(const SourceLine& line);

private:
    std::chrono::steady_clock::duration interval_{};
    std::chrono::steady_clock::time_point next_{};
    std::shared_ptr<ModelClock> model_;  // speed > 0 only
};

// `observer`: told every moment of every call (--traffic only; the CSTA link).
std::unique_ptr<LineSource> make_source(const SimOptions& options, TrafficObserver* observer = nullptr);

// `model`: the model clock shared with the CSTA link (--speed only); none: the pacer's own.
int run_file(const SimOptions& options, LineSource& source, SimStats& stats, std::shared_ptr<ModelClock> model = nullptr);
int run_serial(const SimOptions& options, LineSource& source, SimStats& stats, std::shared_ptr<ModelClock> model = nullptr);
// `then_say`: a line printed after "listening on HOST:PORT" (the CTI port), if not empty.
int run_listen(const SimOptions& options, LineSource& source, SimStats& stats, std::ostream& out,
               std::shared_ptr<ModelClock> model = nullptr, const std::string& then_say = {});

// run() with the CTI link (options.csta_port): csta_run.cpp.
int run_with_csta(const SimOptions& options, std::ostream& out, std::ostream& summary);

// Dispatches on options.output and writes the summary (one line, and the source's own line if it
// has one) to `summary` at the end. Returns 0, 1 (I/O failed) or 2 (the scenario is wrong).
int run(const SimOptions& options, std::ostream& out, std::ostream& summary);

} // namespace kxcti::sim
