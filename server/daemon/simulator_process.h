#pragma once
// The demo feed: with no PBX configured, `run` starts kxcti-pbxsim on a loopback port and reads
// it like a LAN PBX. The child is ours: it is killed when this object goes.
#include <chrono>
#include <cstdint>
#include <filesystem>
#include <string>
#include <vector>

namespace kxcti::server {

class SimulatorProcess {
public:
    // Starts `program args... --listen 127.0.0.1:0` and waits (up to `startup`) for its
    // "listening on HOST:PORT" line. Throws std::runtime_error saying what went wrong.
    SimulatorProcess(const std::filesystem::path& program, const std::vector<std::string>& args,
                     std::chrono::milliseconds startup = std::chrono::seconds(10));
    ~SimulatorProcess();
    SimulatorProcess(const SimulatorProcess&) = delete;
    SimulatorProcess& operator=(const SimulatorProcess&) = delete;

    std::uint16_t port() const { return port_; }
    int pid() const { return pid_; }

private:
    void stop();

    int pid_ = -1;
    int stdout_fd_ = -1;
    std::uint16_t port_ = 0;
};

// kxcti-pbxsim beside this executable, else the one on PATH.
std::filesystem::path find_simulator();

} // namespace kxcti::server
