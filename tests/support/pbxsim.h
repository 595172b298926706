#pragma once
// Drives the real kxcti-pbxsim (KXCTI_PBXSIM_EXE) from tests: a LAN PBX on a free loopback
// port, the lines a run would send (the same generation written with --out), and the summary
// it prints to stderr at exit.
#include "tests/support/child_process.h"

#include <chrono>
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace kxcti::test {

// How long a test waits for the simulator to start or end before it fails.
inline constexpr auto kPbxSimTimeout = std::chrono::seconds(20);

// `kxcti-pbxsim --listen 127.0.0.1:0 <options>`, started and listening.
class PbxSim {
public:
    // Throws std::runtime_error (with the simulator's stderr) if it does not print
    // "listening on HOST:PORT".
    explicit PbxSim(const std::vector<std::string>& options);

    std::uint16_t port() const { return port_; }
    ChildProcess& process() { return *process_; }

    // SIGTERM, then waits for the exit; returns the exit status (nullopt: did not end in time).
    std::optional<int> terminate();
    // Its stderr so far (the summary line is there after terminate()).
    std::string err() { return process_->err(); }

private:
    std::unique_ptr<ChildProcess> process_;
    std::uint16_t port_ = 0;
};

// The lines `kxcti-pbxsim --out FILE <options>` writes, split at CRLF, CR or LF (terminators
// removed). Throws std::runtime_error if the run fails.
std::vector<std::string> pbxsim_lines(const std::vector<std::string>& options);

// The counts of the simulator's summary line ("kxcti-pbxsim: sent N lines (...)").
struct PbxSimSummary {
    std::uint64_t lines = 0, records = 0, garbage = 0, drops = 0, logins = 0, refused = 0, turned_away = 0;
    friend bool operator==(const PbxSimSummary&, const PbxSimSummary&) = default;
};
// nullopt if `stderr_text` holds no summary line.
std::optional<PbxSimSummary> parse_pbxsim_summary(const std::string& stderr_text);

} // namespace kxcti::test
