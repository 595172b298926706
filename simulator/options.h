#pragma once
// kxcti-pbxsim's command line (see usage_text() for every option).
#include "simulator/generator.h"

#include <cstdint>
#include <filesystem>
#include <optional>
#include <stdexcept>
#include <string>
#include <utility>
#include <vector>

namespace kxcti::sim {

enum class Output { Listen, Serial, File };

struct SimOptions {
    Output output = Output::Listen;
    std::string listen_host = "127.0.0.1";
    std::uint16_t listen_port = 2300;
    std::filesystem::path serial_device;
    std::filesystem::path out_file;

    std::optional<std::filesystem::path> replay;  // else generated calls
    std::optional<std::string> traffic;           // the traffic model: a built-in scenario or a file
    std::optional<std::filesystem::path> truth;   // --traffic: each call's truth, JSON lines
    std::optional<std::string> print_scenario;    // print a built-in scenario and exit
    std::uint64_t generate = 0;                    // records; 0 (or no --generate): forever
    GeneratorOptions generator;
    bool loop = false;
    double rate = 2;  // lines per second; 0 = as fast as possible (the default for --out)
    double speed = 0; // --traffic: model seconds per real second (0: pace by rate instead)

    std::string user = "SMDR";
    std::string password = "PCCSMDR";
    std::string newline = "\r\n";

    std::uint64_t refuse_logins = 0;
    bool silent = false;
    std::uint64_t drop_mid_line_after = 0;  // 0 = never
    std::uint64_t garbage_every = 0;        // 0 = never
    std::uint64_t exit_after_lines = 0;     // 0 = never

    // The CTI link (csta_server.h), with --traffic only.
    std::optional<std::uint16_t> csta_port;  // 0: any free port
    bool csta_wait = false;
    std::optional<std::pair<std::int64_t, std::int64_t>> csta_outage;  // model seconds [from, to)
    int csta_heartbeat_s = 20;
    bool help = false;
};

struct UsageError : std::runtime_error {
    using std::runtime_error::runtime_error;
};

// Throws UsageError naming the option and what it accepts.
SimOptions parse_options(const std::vector<std::string>& args);
std::string usage_text();

} // namespace kxcti::sim
